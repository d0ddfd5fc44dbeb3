package io.github.errata.examples.quarkus;

import static io.github.errata.examples.quarkus.Http.contentType;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.runtime.http.RetryAfter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, {@code java -jar target/quarkus-app/quarkus-run.jar}, answers as the
 * {@code @QuarkusTest} does: Quarkus discovers providers at build time, and what it recorded in
 * the package is what runs here. Run by failsafe after {@code package}.
 */
class PackagedApplicationIT {
  private static final UUID MISSING = UUID.fromString("9b2e4c6a-1d3f-4a5b-8c7d-6e5f4a3b2c1d");

  private static PackagedApplication application;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    application = PackagedApplication.start(
        Path.of(System.getProperty("errata.quarkus.app", "target/quarkus-app"), "quarkus-run.jar"));
    http = new Http(application.root());
  }

  @AfterAll
  static void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void everyErrorGoesOutWithItsStatusMediaTypeAndExactlyItsBody() throws Exception {
    HttpResponse<byte[]> missing = http.send("GET", "parcels/" + MISSING, "application/json");
    assertEquals(404, missing.statusCode());
    assertEquals("application/json", contentType(missing));
    assertArrayEquals(new ParcelNotFoundException(MISSING).toJsonBytes(), missing.body());

    HttpResponse<byte[]> heavy = http.send("POST", "parcels?grams=30001", "application/json");
    assertEquals(422, heavy.statusCode());
    assertArrayEquals(new ParcelTooHeavyException(30_001, ParcelResource.MAX_GRAMS).toJsonBytes(),
        heavy.body());

    HttpResponse<byte[]> down = http.send("GET", "parcels/track/POST", "text/html");
    assertEquals(503, down.statusCode());
    assertEquals("application/json", contentType(down));
    assertArrayEquals(new CarrierUnavailableException(Carrier.POST).toJsonBytes(), down.body());
  }

  @Test
  void retryAfterGoesOutAndTheDecoderReadsTheBodyBack() throws Exception {
    HttpResponse<byte[]> limited =
        http.send("GET", "parcels/quota?retryMillis=2500", "application/xml");

    assertEquals(429, limited.statusCode());
    assertEquals("application/json", contentType(limited));
    assertEquals(List.of("3"), limited.headers().allValues("Retry-After"));
    assertArrayEquals(new TooManyRequestsException().toJsonBytes(), limited.body());
    ParcelException decoded = ParcelErrorDecoder.decode(limited.statusCode(), limited.body());
    assertInstanceOf(TooManyRequestsException.class, decoded);
    assertEquals(Optional.of(ParcelError.TOO_MANY_REQUESTS), decoded.error());
    assertEquals(Optional.of(Duration.ofSeconds(3)), RetryAfter
        .parse(limited.headers().firstValue("Retry-After").orElseThrow(), Instant.now()));
  }

  @Test
  void theApplicationsOwnMapperAndQuarkussOwnAnswersAreLeftAlone() throws Exception {
    HttpResponse<byte[]> bad = http.send("POST", "parcels?grams=-1", "application/json");
    assertEquals(400, bad.statusCode());
    assertEquals("bad input: grams must be positive", new String(bad.body(), StandardCharsets.UTF_8));

    HttpResponse<byte[]> bug = http.send("GET", "parcels/bug", "application/json");
    assertEquals(500, bug.statusCode());
    assertFalse(new String(bug.body(), StandardCharsets.UTF_8).contains("PARCEL"));

    HttpResponse<byte[]> ok = http.send("GET", "parcels/" + ParcelResource.KNOWN, "application/json");
    assertEquals(200, ok.statusCode());
    assertTrue(new String(ok.body(), StandardCharsets.UTF_8).contains("\"grams\":1200"));
  }
}

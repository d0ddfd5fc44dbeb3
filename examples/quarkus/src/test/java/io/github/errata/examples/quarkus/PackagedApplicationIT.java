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
import java.util.regex.Pattern;
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
  private static final String CATEGORY = "io.github.errata.jaxrs";
  /** The start of each log line Quarkus's console writes: its date. */
  private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} ");
  private static final Duration LOG_WAIT = Duration.ofSeconds(30);

  private static PackagedApplication application;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    // The mapper's category at DEBUG, as a user turns it on, so its 4xx lines show too.
    application = PackagedApplication.start(
        Path.of(System.getProperty("errata.quarkus.app", "target/quarkus-app"), "quarkus-run.jar"),
        "-Dquarkus.log.category.\"" + CATEGORY + "\".level=DEBUG");
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

  @Test
  void quarkussConsoleShowsAServerErrorWithItsCauseAndAClientErrorAtDebug() throws Exception {
    UUID unknown = UUID.fromString("4d7c1b2a-8e9f-4a0b-b1c2-3d4e5f6a7b8c");
    assertEquals(503, http.send("GET", "parcels/track/COURIER", "application/json").statusCode());
    assertEquals(404, http.send("GET", "parcels/" + unknown, "application/json").statusCode());

    String serverError = "GET /parcels/track/COURIER answered 503 CARRIER_UNAVAILABLE: "
        + "The COURIER tracking service is not answering.";
    String cause = "Caused by: java.io.IOException: connect timed out";
    List<String> record = record(application.awaitOutput(
        lines -> record(lines, serverError).contains(cause), LOG_WAIT), serverError);
    assertTrue(record.get(0).contains(" SEVERE [" + CATEGORY + "] "), record.get(0));
    // Waited for above: the cause's line is in the record.
    assertTrue(record.get(0).endsWith(serverError + ": " + CarrierUnavailableException.class.getName()
        + ": The COURIER tracking service is not answering."), record.get(0));
    assertTrue(record.get(1).contains("at " + ParcelResource.class.getName() + ".track("),
        record.toString());

    String clientError = "GET /parcels/" + unknown + " answered 404 PARCEL_NOT_FOUND: "
        + "No parcel with ID '" + unknown + "'.";
    List<String> debug = record(application.awaitOutput(
        lines -> !record(lines, clientError).isEmpty(), LOG_WAIT), clientError);
    assertTrue(debug.get(0).contains(" FINE ") && debug.get(0).contains(" [" + CATEGORY + "] "),
        debug.get(0));
    assertTrue(debug.stream().noneMatch(line -> line.contains("Exception")), debug.toString());
    assertTrue(debug.get(0).endsWith(clientError), debug.get(0));
  }

  /**
   * The log record whose first line contains {@code message}: that line and those after it up to
   * the next log line; empty where no line contains it.
   */
  private static List<String> record(List<String> lines, String message) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(message)) {
        int end = i + 1;
        while (end < lines.size() && !LOG_LINE.matcher(lines.get(end)).find()) {
          end++;
        }
        return lines.subList(i, end);
      }
    }
    return List.of();
  }
}

package io.github.errata.examples.quarkus;

import static io.github.errata.examples.quarkus.Http.contentType;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.runtime.http.RetryAfter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application in {@code @QuarkusTest}, on a real HTTP port, read by the JDK's client: a
 * catalog exception thrown by a resource goes out with its status, media type, exact bytes and
 * {@code Retry-After}, though the application registers nothing of Errata's; the application's own
 * mapper and Quarkus's own answers are left alone.
 */
@QuarkusTest
class ErrataOnQuarkusTest {
  private static final UUID MISSING = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");

  /** Accept headers a browser, an XML client, a plain-text client and a curl send. */
  private static final String[] ACCEPTS = {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
      "application/xml", "text/plain", "image/png", "*/*", "application/json"};

  @TestHTTPResource("/")
  URI root;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(root);
  }

  @Test
  void aNotFoundAnswersWithItsStatusMediaTypeAndExactlyItsBody() throws Exception {
    HttpResponse<byte[]> response = http.send("GET", "parcels/" + MISSING, "application/json");

    assertEquals(404, response.statusCode());
    assertEquals("application/json", contentType(response));
    assertArrayEquals(new ParcelNotFoundException(MISSING).toJsonBytes(), response.body());
    assertEquals("{\"type\":\"PARCEL_NOT_FOUND\",\"title\":\"Parcel not found.\","
        + "\"detail\":\"No parcel with ID '" + MISSING + "'.\","
        + "\"see\":\"https://docs.example.com/parcel-errors#PARCEL_NOT_FOUND\"}",
        new String(response.body(), StandardCharsets.UTF_8));
    assertFalse(response.headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void aCallThatWorksIsUntouched() throws Exception {
    HttpResponse<byte[]> response =
        http.send("GET", "parcels/" + ParcelResource.KNOWN, "application/json");

    assertEquals(200, response.statusCode());
    assertEquals("{\"id\":\"" + ParcelResource.KNOWN + "\",\"grams\":1200}",
        new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void everyErrorOfTheCatalogGoesOut() throws Exception {
    HttpResponse<byte[]> heavy = http.send("POST", "parcels?grams=40000", "application/json");
    assertEquals(422, heavy.statusCode());
    assertEquals("application/json", contentType(heavy));
    assertArrayEquals(new ParcelTooHeavyException(40_000, ParcelResource.MAX_GRAMS).toJsonBytes(),
        heavy.body());

    HttpResponse<byte[]> limited = http.send("GET", "parcels/quota", "application/json");
    assertEquals(429, limited.statusCode());
    assertArrayEquals(new TooManyRequestsException().toJsonBytes(), limited.body());

    HttpResponse<byte[]> down = http.send("GET", "parcels/track/COURIER", "application/json");
    assertEquals(503, down.statusCode());
    assertEquals("application/json", contentType(down));
    assertArrayEquals(new CarrierUnavailableException(Carrier.COURIER).toJsonBytes(), down.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"parcels/quota", "parcels/track/POST", "parcels/" + "c3d59ff0-ba4a-11e3-a567-001e6733fe3d/any"})
  void theBodyIsTheCatalogsWhateverTheRequestAccepts(String path) throws Exception {
    byte[] expected = null;
    for (String accept : ACCEPTS) {
      HttpResponse<byte[]> response = http.send("GET", path, accept);
      assertTrue(response.statusCode() >= 400, accept + ": " + response.statusCode());
      assertEquals("application/json", contentType(response), accept);
      if (expected == null) {
        expected = response.body();
        assertTrue(new String(expected, StandardCharsets.UTF_8).startsWith("{\"type\":\""));
      }
      assertArrayEquals(expected, response.body(), accept);
    }
  }

  @Test
  void aMethodWithATypedEntityIsRefusedWith406BeforeItRunsWhenNothingAcceptedCanBeWritten()
      throws Exception {
    // Documented in the README: Quarkus REST picks the writer before the method runs, so for an
    // Accept it cannot write, nothing is thrown and no mapper can answer.
    HttpResponse<byte[]> response = http.send("GET", "parcels/" + MISSING, "text/html");

    assertEquals(406, response.statusCode());
  }

  @Test
  void retryAfterIsSentInWholeSecondsRoundedUp() throws Exception {
    HttpResponse<byte[]> response =
        http.send("GET", "parcels/quota?retryMillis=1500", "application/json");

    assertEquals(429, response.statusCode());
    assertEquals(List.of(RetryAfter.format(Duration.ofMillis(1500))),
        response.headers().allValues("Retry-After"));
    assertEquals(List.of("2"), response.headers().allValues("Retry-After"));
    assertArrayEquals(new TooManyRequestsException().toJsonBytes(), response.body());
    assertFalse(http.send("GET", "parcels/quota", "application/json")
        .headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void theApplicationsOwnMapperForOtherExceptionsStillAnswers() throws Exception {
    HttpResponse<byte[]> response = http.send("POST", "parcels?grams=0", "application/json");

    assertEquals(400, response.statusCode());
    assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
    assertEquals("bad input: grams must be positive",
        new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void quarkussOwnAnswersAreLeftAlone() throws Exception {
    HttpResponse<byte[]> bug = http.send("GET", "parcels/bug", "application/json");
    assertEquals(500, bug.statusCode());
    assertFalse(body(bug).contains("PARCEL"), body(bug));

    HttpResponse<byte[]> nowhere = http.send("GET", "nowhere", "application/json");
    assertEquals(404, nowhere.statusCode());
    assertFalse(body(nowhere).contains("\"type\""), body(nowhere));

    HttpResponse<byte[]> quarkusWay =
        http.send("GET", "parcels/" + MISSING + "/quarkus-way", "application/json");
    assertEquals(404, quarkusWay.statusCode());
    assertTrue(body(quarkusWay).contains("\"PARCEL_NOT_FOUND\""), body(quarkusWay));
  }

  private static String body(HttpResponse<byte[]> response) throws IOException {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}

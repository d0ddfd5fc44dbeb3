package io.github.errata.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.runtime.ApiErrorException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quarkus REST, through errata-jaxrs's mapper, answers the parcel catalog (translated into German)
 * in the request's language on a real HTTP port, read by the JDK's client: the best match of
 * {@code Accept-Language}, {@code Content-Language}, {@code Vary: Accept-Language} beside the
 * {@code Origin} a route filter put in {@code Vary} first; a German body decodes to the same typed
 * error and arguments.
 */
@QuarkusTest
class LanguageTest {
  private static final UUID MISSING = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
  private static final String GERMAN_FIRST = "de-CH, de;q=0.9, en;q=0.5";
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  @TestHTTPResource("/")
  URI root;

  @ParameterizedTest(name = "{0} {1}, Accept-Language: {2}")
  @CsvSource(delimiter = '|', value = {
      "GET | parcels/c3d59ff0-ba4a-11e3-a567-001e6733fe3d | de-CH, de;q=0.9, en;q=0.5 | de",
      "POST | parcels?grams=40000 | de-CH, de;q=0.9, en;q=0.5 | de",
      "GET | parcels/track/COURIER | de-CH, de;q=0.9, en;q=0.5 | de",
      "GET | parcels/c3d59ff0-ba4a-11e3-a567-001e6733fe3d | fr, de;q=0.3, en;q=0.2 | de",
      "GET | parcels/c3d59ff0-ba4a-11e3-a567-001e6733fe3d | en-GB, de;q=0.9 | en",
      "POST | parcels?grams=40000 | it | en",
      "GET | parcels/track/COURIER | '' | en"})
  void theBodyIsInTheBestLanguageAndDecodesToTheSameError(String method, String path,
      String acceptLanguage, String language) throws Exception {
    ApiErrorException thrown = expected(path);
    HttpResponse<byte[]> response = send(method, path, acceptLanguage);

    assertEquals(thrown.status(), response.statusCode());
    assertArrayEquals(thrown.toJsonBytes(Locale.forLanguageTag(language)), response.body());
    assertEquals(language, response.headers().firstValue("Content-Language").orElse(null));
    List<String> vary = varyNames(response);
    assertTrue(vary.contains("Accept-Language") && vary.contains(VaryByOrigin.ORIGIN),
        "Vary: " + vary);
    ParcelException decoded = ParcelErrorDecoder.decode(response.statusCode(), response.body());
    assertEquals(thrown.getClass(), decoded.getClass());
    assertEquals(thrown.arguments(), decoded.arguments());
    assertEquals(thrown.title(Locale.forLanguageTag(language)), decoded.title());
  }

  @Test
  void aGermanBodyCarriesTheGermanTextAndTheSameTypedArguments() throws Exception {
    HttpResponse<byte[]> response = send("POST", "parcels?grams=40000", GERMAN_FIRST);
    assertEquals("{\"type\":\"PARCEL_TOO_HEAVY\",\"title\":\"Paket zu schwer.\","
        + "\"detail\":\"Ein Paket von 40000 g liegt über der Grenze von "
        + ParcelResource.MAX_GRAMS + " g.\","
        + "\"see\":\"https://docs.example.com/parcel-errors#PARCEL_TOO_HEAVY\"}",
        new String(response.body(), StandardCharsets.UTF_8));
    ParcelTooHeavyException decoded =
        (ParcelTooHeavyException) ParcelErrorDecoder.decode(422, response.body());
    assertEquals(40_000, decoded.grams());
    assertEquals(ParcelResource.MAX_GRAMS, decoded.maxGrams());
  }

  @Test
  void anErrorLeftUntranslatedSaysNothingOfLanguagesAndKeepsTheOtherVary() throws Exception {
    HttpResponse<byte[]> response = send("GET", "parcels/quota", "de");

    assertEquals(429, response.statusCode());
    assertArrayEquals(new TooManyRequestsException().toJsonBytes(), response.body());
    assertFalse(response.headers().firstValue("Content-Language").isPresent());
    assertEquals(List.of(VaryByOrigin.ORIGIN), varyNames(response));
  }

  /** The exception each path's resource throws. */
  private static ApiErrorException expected(String path) {
    Map<String, ApiErrorException> byPath = Map.of(
        "parcels/" + MISSING, new ParcelNotFoundException(MISSING),
        "parcels?grams=40000", new ParcelTooHeavyException(40_000, ParcelResource.MAX_GRAMS),
        "parcels/track/COURIER", new CarrierUnavailableException(Carrier.COURIER));
    return byPath.get(path);
  }

  /** The names in every {@code Vary} line, however the server split them over lines. */
  private static List<String> varyNames(HttpResponse<?> response) {
    return response.headers().allValues("Vary").stream()
        .flatMap(line -> Arrays.stream(line.split(",")))
        .map(String::trim)
        .toList();
  }

  private HttpResponse<byte[]> send(String method, String path, String acceptLanguage)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header(VaryByOrigin.ORIGIN, "https://app.example")
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (!acceptLanguage.isEmpty()) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.micronaut.app.App;
import io.github.errata.micronaut.app.Catalogs;
import io.github.errata.micronaut.ferry.FerryErrorDecoder;
import io.github.errata.micronaut.ferry.FerryException;
import io.github.errata.micronaut.ferry.SailingFullException;
import io.github.errata.runtime.ApiErrorException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Micronaut answers the ferry catalog, translated into German, in the request's language over real
 * HTTP: the best match of {@code Accept-Language}, {@code Content-Language}, and
 * {@code Vary: Accept-Language} beside the {@code Origin} that Micronaut's own CORS filter adds; a
 * German body decodes to the same typed error and arguments.
 */
class LanguageTest {
  private static final String ORIGIN = "https://app.example";

  private static EmbeddedServer server;

  @BeforeAll
  static void start() {
    // An application of its own: the shared one has no CORS.
    server = App.start(Map.of(
        "micronaut.server.cors.enabled", true,
        "micronaut.server.cors.configurations.web.allowed-origins", List.of(ORIGIN)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}, Accept-Language: {1}")
  @CsvSource(delimiter = '|', value = {
      "SAILING_NOT_FOUND | de-CH, de;q=0.9, en;q=0.5 | de",
      "SAILING_FULL | de-CH, de;q=0.9, en;q=0.5 | de",
      "VEHICLE_TOO_LONG | de-CH, de;q=0.9, en;q=0.5 | de",
      "SAILING_NOT_FOUND | fr, de;q=0.3, en;q=0.2 | de",
      "SAILING_NOT_FOUND | en-GB, de;q=0.9 | en",
      "SAILING_FULL | it | en",
      "VEHICLE_TOO_LONG | '' | en"})
  void theBodyIsInTheBestLanguageAndDecodesToTheSameError(String type, String acceptLanguage,
      String language) throws Exception {
    ApiErrorException thrown = Catalogs.FERRY.make(type);
    HttpResponse<byte[]> response = get("/errors/ferry/" + type, acceptLanguage);

    assertEquals(thrown.status(), response.statusCode());
    assertArrayEquals(thrown.toJsonBytes(Locale.forLanguageTag(language)), response.body());
    assertEquals(language, response.headers().firstValue("Content-Language").orElse(null));
    List<String> vary = varyNames(response);
    assertTrue(vary.contains("Accept-Language") && vary.contains("Origin"), "Vary: " + vary);
    FerryException decoded = FerryErrorDecoder.decode(response.statusCode(), response.body());
    assertEquals(thrown.getClass(), decoded.getClass());
    assertEquals(thrown.arguments(), decoded.arguments());
    assertEquals(thrown.title(Locale.forLanguageTag(language)), decoded.title());
  }

  @Test
  void aGermanBodyCarriesTheGermanTextAndTheSameTypedArguments() throws Exception {
    HttpResponse<byte[]> response = get("/errors/ferry/SAILING_FULL", "de-CH, de;q=0.9, en;q=0.5");
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("\"title\":\"Abfahrt ausgebucht.\""), body);
    assertTrue(body.contains("\"detail\":\"Abfahrt 9007199254740993 hat 1 freie Plätze, 4 angefragt"
        + " (Warteliste: true).\""), body);
    SailingFullException decoded =
        (SailingFullException) FerryErrorDecoder.decode(409, response.body());
    assertEquals(9_007_199_254_740_993L, decoded.sailing());
    assertEquals(4, decoded.asked());
    assertEquals(1, decoded.free());
    assertTrue(decoded.waitlist());
  }

  @Test
  void anErrorLeftUntranslatedSaysNothingOfLanguagesAndKeepsCorsVary() throws Exception {
    ApiErrorException thrown = Catalogs.FERRY.make("PORT_CLOSED");
    HttpResponse<byte[]> response = get("/errors/ferry/PORT_CLOSED", "de");

    assertEquals(503, response.statusCode());
    assertArrayEquals(thrown.toJsonBytes(), response.body());
    assertNotEquals(List.of(), response.headers().allValues("Retry-After"));
    assertFalse(response.headers().firstValue("Content-Language").isPresent());
    assertEquals(List.of("Origin"), varyNames(response));
  }

  /** The names in every {@code Vary} line, however the server split them over lines. */
  private static List<String> varyNames(HttpResponse<?> response) {
    return response.headers().allValues("Vary").stream()
        .flatMap(line -> Arrays.stream(line.split(",")))
        .map(String::trim)
        .toList();
  }

  private static HttpResponse<byte[]> get(String path, String acceptLanguage) throws Exception {
    return acceptLanguage.isEmpty()
        ? Wire.get(server, path, "Origin", ORIGIN)
        : Wire.get(server, path, "Origin", ORIGIN, "Accept-Language", acceptLanguage);
  }
}

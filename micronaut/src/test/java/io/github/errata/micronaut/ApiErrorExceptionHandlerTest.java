package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.micronaut.app.Catalogs;
import io.github.errata.micronaut.app.ErrorController;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.http.RetryAfter;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server, read with the JDK's HttpClient: every error of both catalogs, thrown from a
 * controller with no code for its response, answers with its status, media type, exact bytes and
 * {@code Retry-After}, whatever the {@code Accept}; the paths the adapter must leave alone are left.
 */
@ExtendWith(SharedServer.class)
class ApiErrorExceptionHandlerTest {
  private static EmbeddedServer server;

  @BeforeAll
  static void start(EmbeddedServer shared) {
    server = shared;
  }

  /** Every error of every catalog, with each {@code Accept} a client sends (none, JSON, a browser's, XML). */
  static Stream<Arguments> everyErrorEveryAccept() {
    List<Arguments> cases = new ArrayList<>();
    for (Catalogs.Catalog catalog : Catalogs.all()) {
      for (String type : catalog.types()) {
        for (String accept : new String[] {null, "application/json", Wire.BROWSER, Wire.XML}) {
          cases.add(Arguments.of(catalog.name(), type, accept));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}, Accept: {2}")
  @MethodSource("everyErrorEveryAccept")
  void answersWithTheCatalogsResponseWhateverTheAccept(String catalog, String type, String accept) throws Exception {
    ApiErrorException thrown = Catalogs.named(catalog).make(type);
    HttpResponse<byte[]> response = accept == null
        ? Wire.get(server, "/errors/" + catalog + "/" + type)
        : Wire.get(server, "/errors/" + catalog + "/" + type, "Accept", accept);

    assertEquals(thrown.status(), response.statusCode());
    assertEquals(Optional.of(thrown.mediaType()), response.headers().firstValue("Content-Type"));
    assertArrayEquals(thrown.toJsonBytes(), response.body(),
        () -> new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(thrown.retryAfter().map(RetryAfter::format), response.headers().firstValue(RetryAfter.HEADER));
  }

  @Test
  void aJsonOnlyRouteAnswersAnXmlClient406WithoutRunning() throws Exception {
    int before = ErrorController.JSON_ONLY_CALLS.get();
    HttpResponse<byte[]> xml = Wire.get(server, "/json-only/ferry/SAILING_NOT_FOUND", "Accept", Wire.XML);

    // Micronaut refuses the request before the method runs: nothing is thrown, nothing to answer.
    assertEquals(406, xml.statusCode());
    assertEquals(before, ErrorController.JSON_ONLY_CALLS.get());
    // A browser's Accept takes anything, so the method runs and the catalog answers.
    HttpResponse<byte[]> browser = Wire.get(server, "/json-only/ferry/SAILING_NOT_FOUND", "Accept", Wire.BROWSER);
    assertEquals(404, browser.statusCode());
    assertArrayEquals(Catalogs.FERRY.make("SAILING_NOT_FOUND").toJsonBytes(), browser.body());
    assertEquals(before + 1, ErrorController.JSON_ONLY_CALLS.get());
  }

  @Test
  void anAcceptLanguageChangesNothingForACatalogWithOneLanguage() throws Exception {
    ApiErrorException thrown = Catalogs.FERRY.make("SAILING_NOT_FOUND");
    HttpResponse<byte[]> response = Wire.get(server, "/errors/ferry/SAILING_NOT_FOUND",
        "Accept-Language", "fr-CH, fr;q=0.9, *;q=0.5");

    assertEquals(404, response.statusCode());
    assertArrayEquals(thrown.toJsonBytes(), response.body());
  }

  @Test
  void leavesMicronautsOwn404Alone() throws Exception {
    HttpResponse<byte[]> response = Wire.get(server, "/no/such/path", "Accept", "application/json");

    assertEquals(404, response.statusCode());
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("Page Not Found"), body);
    assertFalse(body.contains("\"type\""), body);
  }

  @Test
  void leavesAnExceptionOfNoCatalogToMicronaut() throws Exception {
    HttpResponse<byte[]> response = Wire.get(server, "/plain", "Accept", "application/json");

    assertEquals(500, response.statusCode());
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("Internal Server Error"), body);
    assertFalse(body.contains("\"type\""), body);
  }

  @Test
  void aControllersOwnErrorMethodWinsForThatController() throws Exception {
    HttpResponse<byte[]> own = Wire.get(server, "/own-error/SAILING_FULL");

    assertEquals(418, own.statusCode());
    assertEquals("own @Error: SAILING_FULL", new String(own.body(), StandardCharsets.UTF_8));
    // Every other controller still gets the catalog's response.
    assertEquals(409, Wire.get(server, "/errors/ferry/SAILING_FULL").statusCode());
  }

  @Test
  void leavesMicronautsHttpStatusExceptionAlone() throws Exception {
    HttpResponse<byte[]> response = Wire.get(server, "/micronaut/sailings/1742", "Accept", "application/json");

    assertEquals(404, response.statusCode());
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("No sailing 1742 on route OBAN-CRAIGNURE."), body);
    assertFalse(body.contains("\"type\""), body);
  }
}

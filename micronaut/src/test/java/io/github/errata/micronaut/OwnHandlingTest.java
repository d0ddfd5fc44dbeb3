package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errata.micronaut.app.App;
import io.github.errata.micronaut.app.Catalogs;
import io.github.errata.micronaut.app.GlobalErrorController;
import io.github.errata.micronaut.app.OwnHandler;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application's own handling of catalog errors wins over the adapter's, with no
 * {@code @Replaces} and no exclusion: an {@code ExceptionHandler} for {@code ApiErrorException}, or
 * a global {@code @Error} method. Each in an application of its own, since each changes every
 * route's answer.
 */
class OwnHandlingTest {

  @Test
  void theApplicationsOwnExceptionHandlerWins() throws Exception {
    try (EmbeddedServer server = App.start(Map.of(OwnHandler.PROPERTY, true))) {
      for (Catalogs.Catalog catalog : Catalogs.all()) {
        for (String type : catalog.types()) {
          HttpResponse<byte[]> response = Wire.get(server, "/errors/" + catalog.name() + "/" + type);

          assertEquals(418, response.statusCode(), type);
          assertEquals("own handler: " + type, new String(response.body(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  @Test
  void theApplicationsOwnGlobalErrorMethodWins() throws Exception {
    try (EmbeddedServer server = App.start(Map.of(GlobalErrorController.PROPERTY, true))) {
      for (String type : Catalogs.FERRY.types()) {
        HttpResponse<byte[]> response = Wire.get(server, "/errors/ferry/" + type);

        assertEquals(418, response.statusCode(), type);
        assertEquals("own global @Error: " + type, new String(response.body(), StandardCharsets.UTF_8));
      }
    }
  }
}

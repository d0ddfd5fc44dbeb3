package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errata.micronaut.app.Catalogs;
import io.github.errata.micronaut.app.LenientClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A client application (no server of its own) whose client does not fail calls for an error
 * status: the annotation types the error responses all the same, and leaves a success alone.
 */
@ExtendWith(SharedServer.class)
class LenientClientTest {
  private static ApplicationContext clientApp;
  private static LenientClient lenient;

  @BeforeAll
  static void start(EmbeddedServer server) {
    clientApp = ApplicationContext.builder()
        .properties(Map.of(
            "micronaut.http.services.lenient.url", "http://127.0.0.1:" + server.getPort(),
            "micronaut.http.services.lenient.exception-on-error-status", false))
        .deduceEnvironment(false)
        .banner(false)
        .start();
    lenient = clientApp.getBean(LenientClient.class);
  }

  @AfterAll
  static void stop() {
    clientApp.close();
  }

  static Iterable<String> ferryTypes() {
    return Catalogs.FERRY.types();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ferryTypes")
  void throwsTheTypedExceptionForAnErrorResponse(String type) {
    RuntimeException decoded = assertThrows(RuntimeException.class, () -> lenient.error(type));

    Expect.sameError(Catalogs.FERRY.make(type), decoded);
  }

  @Test
  void withoutTheAnnotationTheErrorArrivesAsAResponse() {
    // What the annotated client's filter sees: a response, not a failure.
    HttpResponse<String> response = clientApp.getBean(LenientClient.Plain.class).error("SAILING_FULL");

    assertEquals(409, response.code());
    assertEquals(new String(Catalogs.FERRY.make("SAILING_FULL").toJsonBytes(), StandardCharsets.UTF_8),
        response.body());
  }
}

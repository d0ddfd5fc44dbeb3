package io.github.errata.spring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.spring.reactive.ReactiveTestApplication;
import io.github.errata.spring.reactive.TeapotHandler;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server half on Spring WebFlux: the {@link ServerContract} on a real Boot 4 reactive
 * application on Netty, for a controller that throws, one that returns {@code Mono.error} and one
 * that returns {@code Flux.error}, and functional endpoints that throw, return {@code Mono.error}
 * and write a body that fails; and the application's own {@code WebExceptionHandler} and Boot's own
 * error handling of a functional endpoint keep their errors.
 */
@SpringBootTest(classes = ReactiveTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {ReactiveTestApplication.REACTIVE, "logging.level.io.github.errata.spring=DEBUG"})
class ErrataWebExceptionHandlerTest extends ServerContract {

  @Override
  List<String> routes() {
    return List.of("/errors", "/mono", "/flux", "/fn/errors", "/fn/mono", "/fn/body");
  }

  @Test
  void theAutoConfigurationRegistersTheHandlerOnceOnNettyAndNothingOfMvc() {
    assertThat(((WebServerApplicationContext) context).getWebServer()).isInstanceOf(NettyWebServer.class);
    assertThat(context.getBeansOfType(ErrataWebExceptionHandler.class).values())
        .singleElement().isExactlyInstanceOf(ErrataWebExceptionHandler.class);
    assertThat(context.getBeansOfType(CatalogErrorResultHandler.class)).hasSize(1);
    assertThat(context.getBeansOfType(ErrataExceptionHandler.class)).isEmpty();
  }

  @Test
  void theApplicationsOwnWebExceptionHandlerKeepsItsError() throws Exception {
    HttpResponse<byte[]> response = get("/fn/teapot", "");

    assertThat(response.statusCode()).isEqualTo(418);
    assertThat(new String(response.body(), UTF_8)).isEqualTo(TeapotHandler.ANSWER);
  }

  @Test
  void bootsErrorHandlerStillAnswersAFunctionalEndpointsOtherErrors() throws Exception {
    HttpResponse<byte[]> response = get("/fn/unexpected", "application/json");

    assertThat(response.statusCode()).isEqualTo(500);
    JsonNode body = JsonMapper.shared().readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(500);
    assertThat(body.get("path").asString()).isEqualTo("/fn/unexpected");
  }

  @Test
  void aMonoThatCannotBeWrittenAsTheRequestAcceptsIsStill406UnlessItsErrorIsTheCatalogs() throws Exception {
    // Only a catalog error takes the 406's place: a body that succeeds, or fails otherwise, keeps it.
    assertThat(get("/later/tasks/42", "application/xml").statusCode()).isEqualTo(406);
    assertThat(get("/later/unexpected", "application/xml").statusCode()).isEqualTo(406);
    assertThat(get("/later/tasks/42", "application/json").statusCode()).isEqualTo(200);
  }
}

package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.reactive.ReactiveTestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A reactive application that declares its own {@link ErrataWebExceptionHandler} gets that one,
 * and only it, on every path: a controller that throws, one whose {@code Mono} fails where the
 * request accepts only HTML, and a functional endpoint.
 */
@SpringBootTest(classes = {ReactiveTestApplication.class, WebFluxOwnHandlerTest.OwnHandlerConfig.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ReactiveTestApplication.REACTIVE)
class WebFluxOwnHandlerTest {

  /** A handler that also says who answered. */
  static class TaggingHandler extends ErrataWebExceptionHandler {
    @Override
    protected Mono<Void> write(ServerWebExchange exchange, ApiErrorException error) {
      exchange.getResponse().getHeaders().set("X-Answered-By", "own handler");
      return super.write(exchange, error);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnHandlerConfig {
    @Bean
    TaggingHandler taggingHandler() {
      return new TaggingHandler();
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @ParameterizedTest
  @ValueSource(strings = {"/errors", "/mono", "/fn/errors"})
  void theApplicationsOwnHandlerReplacesTheAutoConfiguredOne(String route) throws Exception {
    assertThat(context.getBeansOfType(ErrataWebExceptionHandler.class).values())
        .singleElement().isExactlyInstanceOf(TaggingHandler.class);

    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + route + "/journey/OBJECT_NOT_FOUND"))
            .header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("X-Answered-By")).hasValue("own handler");
    assertThat(response.body()).isEqualTo(Catalogs.JOURNEY.make("OBJECT_NOT_FOUND").toJsonBytes());
  }
}

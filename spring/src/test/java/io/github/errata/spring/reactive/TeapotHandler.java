package io.github.errata.spring.reactive;

import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The application's own {@code WebExceptionHandler}, for its own error, ordered before Errata's:
 * it must keep answering, and pass every other error on.
 */
@Component
@Order(-3)
public class TeapotHandler implements WebExceptionHandler {
  /** The text of its answer, so the tests can tell it answered. */
  public static final String ANSWER = "answered by the application's own WebExceptionHandler";

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (!(error instanceof FunctionalRoutes.TeapotException)) {
      return Mono.error(error);
    }
    exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(418));
    exchange.getResponse().getHeaders().setContentType(MediaType.TEXT_PLAIN);
    return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory()
        .wrap(ANSWER.getBytes(StandardCharsets.UTF_8))));
  }
}

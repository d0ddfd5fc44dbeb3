package io.github.errata.sample.demo;

import com.sun.net.httpserver.HttpExchange;
import io.github.errata.runtime.http.ErrorResponse;
import com.sun.net.httpserver.HttpHandler;
import io.github.errata.sample.InternalServerErrorException;
import io.github.errata.sample.JourneyException;
import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * The API's one error-mapping layer: answers whatever a handler throws with a catalog error, its
 * body written by the generated direct path ({@link JourneyException#toJsonBytes()}), which gives
 * the Jackson module's bytes without going through Jackson.
 */
final class ErrorMapping implements HttpHandler {

  private final HttpHandler handler;
  private final BiConsumer<HttpExchange, JourneyException> observer;

  /** Wraps {@code handler}; {@code observer} sees every error answered, as a server's error log would. */
  ErrorMapping(HttpHandler handler, BiConsumer<HttpExchange, JourneyException> observer) {
    this.handler = handler;
    this.observer = observer;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      handler.handle(exchange);
    } catch (JourneyException e) {
      answer(exchange, e);
    } catch (RuntimeException | IOException e) {
      // Anything else is a bug or an outage: the client is told only that it may retry later,
      // and the cause, which names our internals, stays on the server.
      answer(exchange, new InternalServerErrorException(e));
    } finally {
      exchange.close();
    }
  }

  private void answer(HttpExchange exchange, JourneyException error) throws IOException {
    observer.accept(exchange, error);
    if (exchange.getResponseCode() != -1) {
      // The handler failed after sending its headers: too late for an error body.
      return;
    }
    if (error.status() == 401) {
      // RFC 9110 requires a 401 to say which scheme to authenticate with.
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Backend API\"");
    }
    // In the language the request asks for, with Content-Language and Vary, as every adapter does.
    ErrorResponse response = ErrorResponse.of(error,
        exchange.getRequestHeaders().getFirst("Accept-Language"));
    response.headers().forEach(exchange.getResponseHeaders()::set);
    HttpResponses.send(exchange, response.status(), response.contentType(), response.body());
  }
}

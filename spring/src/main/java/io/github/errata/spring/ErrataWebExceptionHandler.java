package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.http.ErrorResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers any catalog's {@link ApiErrorException} in a Spring WebFlux application with the error's
 * own status, media type and body bytes: the reactive server half of the Spring adapter.
 *
 * <p>It is two hooks in one bean. As a {@link WebExceptionHandler}, ordered at {@value #ORDER}
 * (before Boot's error handler at -1 and Spring's at 0), it answers what a functional endpoint
 * ({@code RouterFunction}) throws or signals, and what no controller advice took. As a
 * {@code @RestControllerAdvice}, ordered ahead of an application's unordered advice, it answers
 * what an annotated controller throws or signals through {@code Mono.error}/{@code Flux.error}
 * before an application's catch-all {@code @ExceptionHandler(Exception.class)} can turn it into a
 * 500. Other exceptions pass on to Spring's and the application's own handlers.
 *
 * <p>The body is the catalog's whatever the request's {@code Accept} says; an exception that
 * carries a retry delay is sent with {@code Retry-After}. Where the catalog is translated, the body
 * is in the language the request's {@code Accept-Language} asks for (its ranges by q-value), with
 * {@code Content-Language} and {@code Vary: Accept-Language} added to any {@code Vary} already
 * there; WebFlux's {@code LocaleContextResolver} is not asked (it keeps only one locale of the
 * header, and the exchange does not say whether the application chose its own). The error is
 * recorded as the error of the request's observation, so {@code http.server.requests} names it. A
 * 5xx is logged at ERROR with its stack trace and cause; a 4xx at DEBUG only. To change what it does, declare a bean of this
 * type (a subclass): the auto-configuration then registers none of its own.
 */
@RestControllerAdvice
public class ErrataWebExceptionHandler implements WebExceptionHandler, Ordered {
  /** Its order among WebFlux's exception handlers and among controller advice. */
  public static final int ORDER = -2;

  private static final Log log = LogFactory.getLog(ErrataWebExceptionHandler.class);

  /** Creates the handler; it keeps no state, so one serves every catalog and every request. */
  public ErrataWebExceptionHandler() {}

  /**
   * {@value #ORDER}: before Boot's {@code DefaultErrorWebExceptionHandler} (-1).
   *
   * @return {@value #ORDER}
   */
  @Override
  public int getOrder() {
    return ORDER;
  }

  /**
   * Answers a catalog error that reached WebFlux's exception handlers; passes anything else on,
   * and a catalog error whose response has been committed already.
   *
   * @param exchange the exchange
   * @param error what failed
   * @return the written response, or the error again for the next handler
   */
  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (error instanceof ApiErrorException apiError && !exchange.getResponse().isCommitted()) {
      return write(exchange, apiError);
    }
    return Mono.error(error);
  }

  /**
   * Answers a catalog error that an annotated controller threw or signalled; one that came after
   * the response was committed (a {@code Flux} that failed midway) cannot be answered, and goes on
   * as it was.
   *
   * @param error what the controller threw
   * @param exchange the exchange
   * @return the written response, or the error again
   */
  @ExceptionHandler(ApiErrorException.class)
  public Mono<Void> handleFromController(ApiErrorException error, ServerWebExchange exchange) {
    return handle(exchange, error);
  }

  /**
   * Writes the error's response: its status, {@code Content-Type} from
   * {@link ApiErrorException#mediaType()}, {@code Retry-After} where it carries a delay, and
   * exactly {@link ApiErrorException#toJsonBytes()}, straight to the response, past WebFlux's
   * encoders, so no content negotiation can refuse them. A subclass may add headers before calling
   * this.
   *
   * @param exchange the exchange, for the request's {@code Accept-Language}, the log line and the
   *     observation
   * @param error the catalog's error
   * @return the written response
   */
  protected Mono<Void> write(ServerWebExchange exchange, ApiErrorException error) {
    ServerHttpRequest request = exchange.getRequest();
    ServerHttpResponse response = exchange.getResponse();
    ErrorResponse answer = ErrorResponse.of(error, request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    if (answer.logsAsError()) {
      log.error(answer.logMessage(request.getMethod().name() + " " + request.getPath().value()), error);
    } else if (log.isDebugEnabled()) {
      log.debug(answer.logMessage(request.getMethod().name() + " " + request.getPath().value()));
    }
    // Handled, so WebFlux would record no error on the observation: record it here.
    ServerRequestObservationContext.findCurrent(exchange.getAttributes())
        .ifPresent(context -> context.setError(error));
    byte[] body = answer.body();
    response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
    HttpHeaders headers = response.getHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, answer.contentType());
    headers.setContentLength(body.length);
    // Vary is added to, not replaced: a CORS filter, say, has put its own names in it already.
    answer.headers().forEach((name, value) -> {
      if (name.equals(ErrorResponse.VARY)) {
        headers.add(name, value);
      } else {
        headers.set(name, value);
      }
    });
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}

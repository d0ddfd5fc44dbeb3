package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.ReactiveAdapter;
import org.springframework.web.reactive.HandlerResult;
import org.springframework.web.reactive.HandlerResultHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseBodyResultHandler;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lets the catalog error of a controller's {@code Mono} or {@code Flux} answer whatever the
 * request's {@code Accept}.
 *
 * <p>WebFlux chooses a writer for a {@code @ResponseBody} method's declared element type (say
 * {@code Mono<Book>}) before it subscribes to the body. When the request accepts nothing that
 * type can be written as ({@code text/html} or XML only), it answers {@code 406} and never
 * subscribes, so a {@code Mono.error(new BookNotFoundException(...))} is never seen by any
 * exception handler. This handler, ordered just before WebFlux's {@link ResponseBodyResultHandler},
 * hands every such result to it unchanged; only where that fails with
 * {@link NotAcceptableStatusException} does it subscribe to the body for its first signal: a
 * catalog error then takes the {@code 406}'s place (and goes to the controller's exception
 * handlers, so to {@link ErrataWebExceptionHandler}); anything else leaves the {@code 406} as it
 * was. So the body's work runs before a {@code 406}, as a Spring MVC handler's does; a request
 * that can be answered is not touched.
 */
final class CatalogErrorResultHandler implements HandlerResultHandler, Ordered {
  private final ObjectProvider<ResponseBodyResultHandler> responseBody;
  /** WebFlux's own handler, looked up once: {@link #supports} runs on every request. */
  private volatile ResponseBodyResultHandler cached;

  CatalogErrorResultHandler(ObjectProvider<ResponseBodyResultHandler> responseBody) {
    this.responseBody = responseBody;
  }

  private ResponseBodyResultHandler delegate() {
    ResponseBodyResultHandler found = cached;
    if (found == null) {
      found = responseBody.getIfUnique();
      cached = found;
    }
    return found;
  }

  /** Just before WebFlux's {@code @ResponseBody} handler (after its {@code ResponseEntity} one). */
  @Override
  public int getOrder() {
    ResponseBodyResultHandler delegate = delegate();
    return delegate == null ? Ordered.LOWEST_PRECEDENCE : delegate.getOrder() - 1;
  }

  /** A reactive body of a {@code @ResponseBody} method, which WebFlux's own handler would write. */
  @Override
  public boolean supports(HandlerResult result) {
    ResponseBodyResultHandler delegate = delegate();
    return delegate != null && adapter(delegate, result) != null && delegate.supports(result);
  }

  @Override
  public Mono<Void> handleResult(ServerWebExchange exchange, HandlerResult result) {
    ResponseBodyResultHandler delegate = delegate();
    ReactiveAdapter adapter = adapter(delegate, result);
    // WebFlux may throw the 406 as well as signal it: defer catches both.
    return Mono.defer(() -> delegate.handleResult(exchange, result))
        .onErrorResume(NotAcceptableStatusException.class, notAcceptable ->
            Flux.from(adapter.toPublisher(result.getReturnValue())).take(1).then()
                .onErrorMap(error -> !(error instanceof ApiErrorException), error -> notAcceptable)
                .then(Mono.error(notAcceptable)));
  }

  private static ReactiveAdapter adapter(ResponseBodyResultHandler delegate, HandlerResult result) {
    Object body = result.getReturnValue();
    if (body == null) {
      return null;
    }
    ReactiveAdapter adapter = delegate.getAdapterRegistry().getAdapter(body.getClass());
    return adapter == null || adapter.isNoValue() ? null : adapter;
  }
}

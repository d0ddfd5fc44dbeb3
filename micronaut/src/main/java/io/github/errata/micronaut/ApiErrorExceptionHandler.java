package io.github.errata.micronaut;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.http.ErrorResponse;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a catalog's exception thrown from a controller with the catalog's response: its status,
 * media type, {@code Retry-After} and exact body bytes, whatever the request's {@code Accept} (the
 * catalog's body is what the API's clients expect, and a 406 would hide the error). Where the
 * catalog is translated, the body is in the language the request's {@code Accept-Language} asks
 * for, with {@code Content-Language} and {@code Vary: Accept-Language}, which is added to the
 * {@code Vary} names of others (Micronaut's CORS filter adds {@code Origin} to the response).
 *
 * <p>A bean found with no code: this jar is compiled with Micronaut's own annotation processor.
 * The application's own handling wins: an {@code @Error} method for the exception (Micronaut tries
 * those before any {@code ExceptionHandler}), an {@code ExceptionHandler} for
 * {@code ApiErrorException} or one of its subclasses (this one is {@link Secondary}, and a handler
 * for a subclass is the closer match), or a bean that {@code @Replaces} this one.
 */
@Singleton
@Secondary
// A client-only application has no server: the bean is left out by this condition, not by a
// failure to load its class (OptionalFrameworkTest starts such an application).
@Requires(classes = ExceptionHandler.class)
public class ApiErrorExceptionHandler implements ExceptionHandler<ApiErrorException, HttpResponse<?>> {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorExceptionHandler.class);

  /** Made by Micronaut. */
  public ApiErrorExceptionHandler() {
  }

  // Micronaut's interface takes a raw HttpRequest; an override must too.
  @SuppressWarnings("rawtypes")
  @Override
  public HttpResponse<?> handle(HttpRequest request, ApiErrorException error) {
    ErrorResponse answer = ErrorResponse.of(error,
        request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    log(request, answer);
    // A byte[] body is written as it is for any media type: no JSON mapper is asked, so the bytes
    // sent are exactly the catalog's.
    MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(answer.status(), null)
        .contentType(answer.contentType())
        .body(answer.body());
    // Vary is added to, not replaced: a response filter (CORS, say) may add its own names to it.
    MutableHttpHeaders headers = response.getHeaders();
    answer.headers().forEach((name, value) -> {
      if (name.equals(ErrorResponse.VARY)) {
        headers.add(name, value);
      } else {
        headers.set(name, value);
      }
    });
    return response;
  }

  /** A 5xx is the server's fault, to trace with its cause; a 4xx is the client's: DEBUG at most. */
  private static void log(HttpRequest<?> request, ErrorResponse answer) {
    if (answer.logsAsError()) {
      LOG.error(answer.logMessage(call(request)), answer.error());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug(answer.logMessage(call(request)));
    }
  }

  private static String call(HttpRequest<?> request) {
    return request == null ? null : request.getMethodName() + " " + request.getPath();
  }
}

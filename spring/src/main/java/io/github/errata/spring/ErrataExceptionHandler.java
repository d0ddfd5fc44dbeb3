package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers any catalog's {@link ApiErrorException} thrown from a controller with the error's own
 * status, media type and body bytes: the server half of the Spring adapter.
 *
 * <p>The body is the catalog's whatever the request's {@code Accept} says (a browser's
 * {@code text/html}, or XML only): it is what the API's clients expect, and a {@code 406} would
 * hide the error. An exception that carries a retry delay is sent with {@code Retry-After} in
 * whole seconds. A 5xx is logged at ERROR with its stack trace and cause; a 4xx is control flow
 * and logged at DEBUG only.
 *
 * <p>Ordered at 0, ahead of an application's unordered advice, so that a catch-all
 * {@code @ExceptionHandler(Exception.class)} does not turn a catalog's error into a 500. To
 * change what it does, declare a bean of this type (a subclass): the auto-configuration then
 * registers none of its own.
 */
@RestControllerAdvice
@Order(0)
public class ErrataExceptionHandler {
  private static final Log log = LogFactory.getLog(ErrataExceptionHandler.class);

  /** Creates the handler; it keeps no state, so one serves every catalog and every request. */
  public ErrataExceptionHandler() {}

  /**
   * Writes the error's response.
   *
   * @param error what a controller threw
   * @return its status, {@code Content-Type} from {@link ApiErrorException#mediaType()},
   *     {@code Retry-After} where it carries a delay, and exactly {@link ApiErrorException#toJsonBytes()}
   */
  @ExceptionHandler(ApiErrorException.class)
  public ResponseEntity<byte[]> handle(ApiErrorException error) {
    logError(error);
    // A Content-Type set here is final: Spring writes the bytes without negotiating on Accept.
    ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status())
        .contentType(mediaType(error.mediaType()));
    error.retryAfter().ifPresent(delay -> response.header(HttpHeaders.RETRY_AFTER, RetryAfter.format(delay)));
    return response.body(error.toJsonBytes());
  }

  private static MediaType mediaType(String name) {
    // The two a catalog can have, without parsing them again for every response.
    if (name.equals(MediaType.APPLICATION_JSON_VALUE)) {
      return MediaType.APPLICATION_JSON;
    }
    if (name.equals(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
      return MediaType.APPLICATION_PROBLEM_JSON;
    }
    return MediaType.parseMediaType(name);
  }

  private static void logError(ApiErrorException error) {
    if (error.status() >= 500) {
      log.error(summary(error), error);
    } else if (log.isDebugEnabled()) {
      log.debug(summary(error));
    }
  }

  private static String summary(ApiErrorException error) {
    return "Answered " + error.status() + " " + error.type() + ": " + error.detail();
  }
}

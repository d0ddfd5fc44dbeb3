package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.http.ErrorResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers any catalog's {@link ApiErrorException} thrown from a controller with the error's own
 * status, media type and body bytes: the server half of the Spring adapter.
 *
 * <p>The body is the catalog's whatever the request's {@code Accept} says (a browser's
 * {@code text/html}, or XML only): it is what the API's clients expect, and a {@code 406} would
 * hide the error. An exception that carries a retry delay is sent with {@code Retry-After} in
 * whole seconds. Where the catalog is translated, the body is in the language the request asks for
 * ({@code Accept-Language}, or the application's own {@code LocaleResolver}), with
 * {@code Content-Language} and {@code Vary: Accept-Language}. A 5xx is logged at ERROR with its
 * stack trace and cause; a 4xx is control flow and logged at DEBUG only. The error is recorded as
 * the error of the request's observation, so {@code http.server.requests} names it, as it names an
 * error nobody handled.
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
   * Writes the error's response: its status, {@code Content-Type} from
   * {@link ApiErrorException#mediaType()}, {@code Retry-After} where it carries a delay, and
   * exactly {@link ApiErrorException#toJsonBytes()}.
   *
   * <p>The bytes go to the servlet response itself, not through Spring's message converters: no
   * content negotiation can refuse them, and no {@code ResponseBodyAdvice} of the application can
   * rewrite them. A subclass may add headers before calling this.
   *
   * @param error what a controller threw
   * @param request the request, for its {@code Accept-Language} and the log line
   * @param response the response to write
   * @throws IOException if the response cannot be written
   */
  @ExceptionHandler(ApiErrorException.class)
  public void handle(ApiErrorException error, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    ErrorResponse answer = ErrorResponse.of(error, languages(request));
    if (answer.logsAsError()) {
      log.error(answer.logMessage(request.getMethod() + " " + request.getRequestURI()), error);
    } else if (log.isDebugEnabled()) {
      log.debug(answer.logMessage(request.getMethod() + " " + request.getRequestURI()));
    }
    // Handled, so Spring would record no error on the observation: record it here.
    ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setError(error));
    byte[] body = answer.body();
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setContentLength(body.length);
    // Vary is added to, not replaced: CORS, say, may have put its own names in it already.
    answer.headers().forEach((name, value) -> {
      if (name.equals(ErrorResponse.VARY)) {
        response.addHeader(name, value);
      } else {
        response.setHeader(name, value);
      }
    });
    response.getOutputStream().write(body);
  }

  /**
   * The languages the request asks for, as an {@code Accept-Language} value: where the application
   * resolves locales its own way (a cookie, a session, a fixed one: any {@link LocaleResolver} but
   * the Accept-Language one), the locale it resolved; otherwise the request's header, with its
   * q-values.
   */
  private static String languages(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
    if (resolver == null || resolver instanceof AcceptHeaderLocaleResolver) {
      // The header itself, q-values and all; without one, the catalog's own language rather than
      // the server's default locale.
      return header;
    }
    Locale locale = resolver.resolveLocale(request);
    return locale == null ? header : locale.toLanguageTag();
  }
}

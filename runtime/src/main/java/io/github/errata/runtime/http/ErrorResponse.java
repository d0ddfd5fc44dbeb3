package io.github.errata.runtime.http;

import io.github.errata.runtime.ApiErrorException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a server sends for a catalog's exception, decided once for every adapter: its status, its
 * {@code Content-Type}, the other headers ({@code Retry-After} where the exception carries a delay),
 * and exactly its body bytes; and how the adapter logs it (a 5xx at ERROR with its stack trace and
 * cause, a 4xx, which is the client's doing, at DEBUG at most).
 *
 * <p>An adapter makes one per response, writes it with its framework's own calls, and adds nothing:
 * the body is the catalog's whatever the request's {@code Accept} says. Where the error is
 * translated, the body is in the language that best matches the request's
 * {@code Accept-Language}, sent with {@code Content-Language} and {@code Vary: Accept-Language};
 * an error in one language only is sent without either, as its response never varies.
 */
public final class ErrorResponse {
  private final ApiErrorException error;
  private final byte[] body;
  private final Map<String, String> headers;

  private ErrorResponse(ApiErrorException error, byte[] body, Map<String, String> headers) {
    this.error = error;
    this.body = body;
    this.headers = headers;
  }

  /**
   * The response for an exception, in the catalog's own language.
   *
   * @param error what the application threw
   * @return its response
   */
  public static ErrorResponse of(ApiErrorException error) {
    return of(error, null);
  }

  /**
   * The response for an exception, in the catalog's language that best matches the request's
   * {@code Accept-Language}; the catalog's own language where none does, or where the catalog has
   * no other.
   *
   * @param error what the application threw
   * @param acceptLanguage the request's {@code Accept-Language} header, or null where it has none
   * @return its response
   */
  public static ErrorResponse of(ApiErrorException error, String acceptLanguage) {
    Objects.requireNonNull(error, "error");
    Map<String, String> headers = new LinkedHashMap<>(4);
    error.retryAfter().ifPresent(delay -> headers.put(RetryAfter.HEADER, RetryAfter.format(delay)));
    List<String> languages = error.languages();
    if (languages.size() < 2) {
      // One language: the response does not depend on the request's, so it says nothing of it.
      return new ErrorResponse(error, error.toJsonBytes(), Collections.unmodifiableMap(headers));
    }
    String language = Languages.choose(acceptLanguage, languages);
    headers.put(CONTENT_LANGUAGE, language);
    headers.put(VARY, ACCEPT_LANGUAGE);
    byte[] body = language.equals(languages.get(0)) ? error.toJsonBytes()
        : error.toJsonBytes(Locale.forLanguageTag(language));
    return new ErrorResponse(error, body, Collections.unmodifiableMap(headers));
  }

  /** The response header that names the body's language. */
  public static final String CONTENT_LANGUAGE = "Content-Language";

  /** The response header that tells caches which request headers the response depends on. */
  public static final String VARY = "Vary";

  /** The request header whose languages the body is chosen by, and the value of {@link #VARY}. */
  public static final String ACCEPT_LANGUAGE = "Accept-Language";

  /**
   * The HTTP status.
   *
   * @return the error's status, 400 to 599
   */
  public int status() {
    return error.status();
  }

  /**
   * The {@code Content-Type} to send.
   *
   * @return {@code application/json}, or {@code application/problem+json} for an RFC 9457 catalog
   */
  public String contentType() {
    return error.mediaType();
  }

  /**
   * The body, to send as it is: the adapter passes these bytes to no converter.
   *
   * @return the body's bytes; the array is this response's own, not to be changed
   */
  public byte[] body() {
    return body;
  }

  /**
   * The headers to send besides {@code Content-Type} and {@code Content-Length}, by name, in the
   * order to send them.
   *
   * @return the headers; empty where there are none
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Whether the adapter logs this error at ERROR, with {@link #error()} so that its stack trace and
   * cause are kept: true for a 5xx, the server's fault. A 4xx is logged at DEBUG at most.
   *
   * @return true for a 5xx
   */
  public boolean logsAsError() {
    return error.status() >= 500;
  }

  /**
   * The log line for this error.
   *
   * @param request what was asked, such as {@code GET /books/7}, or null where the adapter cannot
   *     tell
   * @return {@code GET /books/7 answered 404 BOOK_NOT_FOUND: No book 7.}
   */
  public String logMessage(String request) {
    String answered = request == null ? "Answered " : request + " answered ";
    return answered + error.status() + " " + error.type() + ": " + error.detail();
  }

  /**
   * The exception this response answers.
   *
   * @return it
   */
  public ApiErrorException error() {
    return error;
  }
}

package io.github.errata.runtime;

import io.github.errata.WireFormat;
import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;
import io.github.errata.runtime.internal.Wire;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The common base of every catalog's exceptions, so that a server or client adapter handles the
 * errors of any catalog: what goes on the wire ({@link #status()}, {@link #mediaType()},
 * {@link #toJsonBytes()}) and what a client reads back ({@link #type()}, {@link #arguments()}).
 *
 * <p>Only generated code extends it: each catalog's sealed base, one final subclass per error and
 * one for a received body the catalog does not know.
 */
public abstract class ApiErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The error as the catalog declares it; null for a body the catalog does not know. */
  private final transient ErrorSpec spec;

  private final String type;
  private final int status;
  private final String title;
  /**
   * The detail; for an exception the server made, null until first read (a thrown exception that
   * nobody reads costs no formatting), then made from the spec and the arguments. Racing threads
   * may each make it, and make the same text; a String is safe to publish without a lock. Made
   * before serialization ({@link #writeObject}), since the spec is not serialized.
   */
  private String detail;
  private final String see;

  /**
   * The typed arguments in declaration order, each a String, box, UUID or enum constant, or null.
   * Every one of those is serializable, which the array's type cannot say; a copy into a
   * {@code Serializable[]} would cost every thrown exception an allocation, hence the suppression.
   */
  @SuppressWarnings("serial")
  private final Object[] arguments;

  /** Transient: extension values are any JSON values, not all serializable. */
  private final transient Map<String, Object> extensions;

  /** Null for an exception made by the server: its body is the catalog's, written from the spec. */
  private final transient Received received;

  /** Kept apart from the spec, which is not serialized, so a deserialized exception has them. */
  private final WireFormat format;
  private final boolean retryable;
  private final String[] parameterNames;

  private Duration retryAfter;
  private String instance;

  /**
   * For an exception made by the server from the catalog.
   *
   * @param spec the error, as its catalog declares it
   * @param arguments its typed arguments, in declaration order; kept as given (null where the
   *     error has none)
   * @param cause the cause, or null; kept on the server, never sent
   */
  protected ApiErrorException(ErrorSpec spec, Object[] arguments, Throwable cause) {
    this(spec, spec.status(), spec.title(), null, spec.see(), arguments, null, null, cause,
        spec.captureStackTrace());
  }

  /**
   * For a received body: of a known error where {@code spec} is given, otherwise of one the catalog
   * does not know, or that could not be read. A known error's body that could not be read whole
   * gets a suppressed {@link IOException} saying why and how the body starts.
   *
   * @param spec the error the body's type names, or null
   * @param received what was read of the body, with the HTTP status it came with
   */
  // addSuppressed is final in Throwable and only keeps the reference: no subclass code runs on a
  // half-made object (JDK 21+'s this-escape lint cannot see that).
  @SuppressWarnings("this-escape")
  protected ApiErrorException(ErrorSpec spec, Received received) {
    this(spec, received.status(), received.title(), received.detail(), received.see(),
        received.arguments(), received.extensions(), received, null,
        spec != null ? spec.captureStackTrace() : received.status() >= 500);
    if (spec != null && received.reason() != null) {
      // A typed exception has no reason(): a suppressed exception says why, without a stack
      // trace of the decoder's own, which would say nothing about the body.
      IOException why = new IOException(
          received.reason() + "; the body starts: " + received.excerpt());
      why.setStackTrace(new StackTraceElement[0]);
      addSuppressed(why);
    }
  }

  private ApiErrorException(ErrorSpec spec, int status, String title, String detail, String see,
      Object[] arguments, Map<String, Object> extensions, Received received, Throwable cause,
      boolean captureStackTrace) {
    // Skipping the stack trace is what makes a 4xx exception cheap: filling it in walks the whole
    // stack, and a 4xx is control flow, not a bug to trace. The message of an exception that has
    // a spec is its detail, made when read (getMessage).
    super(detail != null || spec != null ? null : summary(received), cause, true,
        captureStackTrace);
    this.spec = spec;
    this.type = spec != null ? spec.type() : received.type();
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.see = see;
    this.arguments = arguments;
    this.extensions = extensions;
    this.received = received;
    this.format = spec != null ? spec.wire().format() : received.wire().format();
    this.retryable = spec != null ? spec.retryable()
        : status == 429 || status == 502 || status == 503 || status == 504;
    this.parameterNames = spec != null ? spec.parameterArray() : NO_NAMES;
    this.instance = received != null ? received.instance() : null;
  }

  private static final String[] NO_NAMES = {};

  /** The message of a received body without a detail: what there was, status first. */
  private static String summary(Received received) {
    return "HTTP " + received.status()
        + (received.type() == null ? "" : ", type " + received.type())
        + (received.reason() == null ? "" : ", " + received.reason())
        + (received.excerpt() == null ? "" : ": " + received.excerpt());
  }

  /**
   * The error's stable identifier, such as {@code OBJECT_NOT_FOUND}; for a received body of a type
   * the catalog does not know, the type received, or null where there was none.
   */
  public final String type() {
    return type;
  }

  /** The HTTP status: the catalog's for a thrown exception, the received one for a decoded one. */
  public final int status() {
    return status;
  }

  /** The title: for people, never for matching. */
  public final String title() {
    return title;
  }

  /**
   * The detail: for people, never for matching. It is also {@link #getMessage()}. An exception the
   * server made formats it from its arguments when it is first read.
   */
  public final String detail() {
    String made = detail;
    if (made == null && spec != null && received == null) {
      made = spec.detail(arguments);
      detail = made;
    }
    return made;
  }

  /**
   * The detail, or for a received body that had none and whose type the catalog does not know, a
   * summary of what was received.
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message != null ? message : detail();
  }

  /** Makes the detail first: the spec it is made from is not serialized. */
  private void writeObject(ObjectOutputStream out) throws IOException {
    detail();
    out.defaultWriteObject();
  }

  /** The link to this error's documentation, or null where there is none. */
  public final String see() {
    return see;
  }

  /**
   * Whether a client may retry the same request later: as the catalog says, and for an error the
   * catalog does not know, true for 429, 502, 503 and 504.
   */
  public boolean isRetryable() {
    return retryable;
  }

  /**
   * The typed arguments by parameter name, in declaration order; a value is null where a received
   * body did not carry it. Empty for an error the catalog does not know. Unmodifiable.
   */
  public final Map<String, Object> arguments() {
    if (parameterNames.length == 0) {
      return Map.of();
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < parameterNames.length; i++) {
      map.put(parameterNames[i], arguments == null ? null : arguments[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The argument at a position of the error's parameter list, for the generated accessors.
   *
   * @param index the parameter's position
   * @return its value, or null where a received body did not carry it
   */
  protected final Object argument(int index) {
    return arguments == null ? null : arguments[index];
  }

  /**
   * Members of a received body that the catalog does not define, in the order received; empty for
   * a thrown exception. Unmodifiable.
   */
  public final Map<String, Object> extensions() {
    return extensions == null ? Map.of() : extensions;
  }

  /** The media type of the body: {@code application/json} or {@code application/problem+json}. */
  public final String mediaType() {
    return Wire.of(format).mediaType();
  }

  /**
   * How long a client should wait before it retries, sent by the server adapters as
   * {@code Retry-After} and read back from it by the client adapters.
   */
  public final Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Sets how long a client should wait before it retries.
   *
   * @param delay the delay, whole seconds on the wire; null for none
   * @return this exception, to throw
   */
  public ApiErrorException withRetryAfter(Duration delay) {
    this.retryAfter = delay;
    return this;
  }

  /**
   * This occurrence's identifier, RFC 9457's {@code instance} (a request path, or an id to find it
   * in the server's logs), or null.
   */
  public final String instance() {
    return instance;
  }

  /**
   * Sets this occurrence's identifier. It is sent only by catalogs whose wire format carries it
   * (RFC 9457's {@code instance}).
   *
   * @param instance a URI reference, or null for none
   * @return this exception, to throw
   */
  public ApiErrorException withInstance(String instance) {
    this.instance = instance;
    return this;
  }

  /**
   * The wire body as UTF-8 JSON, written without any JSON library.
   *
   * @return a new array
   */
  public final byte[] toJsonBytes() {
    return body(false);
  }

  /**
   * The wire body in the catalog's language that best fits a locale, as a server sends it to a
   * request in that language: the same type, status, link and arguments, the title and detail
   * translated where the catalog has them. A received exception's body is the one received,
   * whatever the locale.
   *
   * @param locale the wanted language; null, or one the catalog has no translation for, gives
   *     the catalog's own ({@link #toJsonBytes()})
   * @return a new array
   */
  public final byte[] toJsonBytes(Locale locale) {
    ErrorSpec in = translation(locale);
    return in == null ? toJsonBytes()
        : in.thrownBody(arguments, null, instance, false);
  }

  /**
   * The title in the catalog's language that best fits a locale; {@link #title()} where the
   * catalog has no translation for it, and for a received exception.
   *
   * @param locale the wanted language, or null
   * @return the title
   */
  public final String title(Locale locale) {
    ErrorSpec in = translation(locale);
    return in == null ? title() : in.title();
  }

  /**
   * The detail in the catalog's language that best fits a locale; {@link #detail()} where the
   * catalog has no translation for it, and for a received exception. {@link #getMessage()} stays
   * in the catalog's own language, so log lines do not change with the caller's language.
   *
   * @param locale the wanted language, or null
   * @return the detail
   */
  public final String detail(Locale locale) {
    ErrorSpec in = translation(locale);
    return in == null ? detail() : in.detail(arguments);
  }

  /**
   * The languages this exception can be written in, as BCP 47 tags, the catalog's own first; for
   * a received exception (whose body is what was received), none.
   *
   * @return the tags; unmodifiable
   */
  public final List<String> languages() {
    return received == null && spec != null ? spec.languages() : List.of();
  }

  /** The error in another of its languages, or null where that is the exception as it is. */
  private ErrorSpec translation(Locale locale) {
    if (received != null || spec == null) {
      return null;
    }
    ErrorSpec in = spec.in(locale);
    return in == spec ? null : in;
  }

  /**
   * Writes {@link #toJsonBytes()} to a stream, such as an HTTP response's body.
   *
   * @param out where to write; left open
   * @throws IOException if the stream fails
   */
  public final void writeJson(OutputStream out) throws IOException {
    out.write(body(true));
  }

  /**
   * The body: a thrown exception's from its error's precomputed fragments, a received one's
   * written from its members.
   *
   * @param shared whether the caller only reads the array, so a constant may be returned as it is
   */
  private byte[] body(boolean shared) {
    if (received == null && spec != null) {
      // The detail as made so far, or null: the spec makes it only where the body needs it whole.
      return spec.thrownBody(arguments, detail, instance, shared);
    }
    // Received, or deserialized (the spec is not kept): written from the members, which for a
    // thrown exception are the same bytes.
    return Wire.of(format).toJsonBytes(this);
  }
}

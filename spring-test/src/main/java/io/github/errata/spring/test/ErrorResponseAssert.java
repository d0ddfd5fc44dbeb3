package io.github.errata.spring.test;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.ErrorDecoder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on an error response that a test client received, and on the catalog exception it
 * decodes to, typed: {@code hasError(ObjectNotFoundException.class)} returns an assertion on an
 * {@code ObjectNotFoundException}, so {@code satisfies(e -> ...)} and {@code extracting(...)} see its
 * accessors. The exception carries the response's {@code Retry-After}, read as a client reads it.
 * Made by {@link ErrataAssertions}.
 */
public final class ErrorResponseAssert extends AbstractAssert<ErrorResponseAssert, ReceivedResponse> {
  private static final int EXCERPT = 200;

  private ErrorDecoder decoder;

  ErrorResponseAssert(ReceivedResponse actual) {
    super(actual, ErrorResponseAssert.class);
  }

  /**
   * Decodes with this decoder rather than the one found from the exception class.
   *
   * @param decoder the catalog's decoder, such as {@code JourneyErrorDecoder::decode}
   * @return this assertion
   */
  public ErrorResponseAssert decodedWith(ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    return this;
  }

  /**
   * Verifies the response's status.
   *
   * @param status the status expected
   * @return this assertion
   */
  public ErrorResponseAssert hasStatus(int status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expecting status %d but was %d; body: %s", status, actual.status(), excerpt());
    }
    return this;
  }

  /**
   * Verifies that the response is a 4xx or 5xx that decodes to an exception of {@code type}, with the
   * decoder given to {@link #decodedWith} or else the one of {@code type}'s catalog.
   *
   * @param type the exception class expected, such as {@code ObjectNotFoundException.class}, or a
   *     catalog's base to accept any of its errors
   * @param <T> the exception class
   * @return an assertion on the decoded exception, typed
   */
  public <T extends ApiErrorException> AbstractObjectAssert<?, T> hasError(Class<T> type) {
    ApiErrorException error = decode(decoder != null ? decoder : decoderOf(type));
    if (!type.isInstance(error)) {
      failWithMessage("Expecting the error response to decode as %s but it decoded as %s: %s"
          + " (status %d, Content-Type %s, body: %s)", type.getName(), error.getClass().getName(),
          error.getMessage(), actual.status(), actual.contentType(), excerpt());
    }
    return Assertions.assertThat(type.cast(error));
  }

  /**
   * Verifies that the response is a 4xx or 5xx, and decodes it with the decoder given to
   * {@link #decodedWith}.
   *
   * @return an assertion on the decoded exception
   */
  public AbstractObjectAssert<?, ApiErrorException> decoded() {
    if (decoder == null) {
      failWithMessage("No decoder: call decodedWith(decoder) first, or hasError(type)");
    }
    return Assertions.assertThat(decode(decoder));
  }

  private ApiErrorException decode(ErrorDecoder with) {
    isNotNull();
    if (!actual.isError()) {
      failWithMessage("Expecting an error response (4xx or 5xx) but status was %d; body: %s",
          actual.status(), excerpt());
    }
    return actual.decode(with);
  }

  /**
   * The decoder of the catalog that generated {@code type}: its sealed base is {@code <Stem>Exception}
   * and its decoder {@code <Stem>ErrorDecoder}, in one package, with {@code decode(int, byte[])}.
   */
  private ErrorDecoder decoderOf(Class<? extends ApiErrorException> type) {
    Class<?> base = type;
    while (base.getSuperclass() != null && base.getSuperclass() != ApiErrorException.class) {
      base = base.getSuperclass();
    }
    String name = base.getName();
    if (base.getSuperclass() == null || !name.endsWith("Exception")) {
      failWithMessage("%s is no catalog's exception: name the decoder with decodedWith(...)",
          type.getName());
    }
    String decoderName = name.substring(0, name.length() - "Exception".length()) + "ErrorDecoder";
    try {
      Method decode = Class.forName(decoderName, true, base.getClassLoader())
          .getMethod("decode", int.class, byte[].class);
      if (!Modifier.isStatic(decode.getModifiers())
          || !ApiErrorException.class.isAssignableFrom(decode.getReturnType())) {
        throw new NoSuchMethodException(decoderName + ".decode(int, byte[])");
      }
      return (status, body) -> invoke(decode, status, body);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      failWithMessage("Found no decoder %s for %s: name it with decodedWith(...)", decoderName,
          type.getName());
      throw new AssertionError(e);
    }
  }

  private static ApiErrorException invoke(Method decode, int status, byte[] body) {
    try {
      return (ApiErrorException) decode.invoke(null, status, body);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      // A generated decoder never throws; a hand-written one might.
      throw new IllegalStateException(decode + " threw", e.getCause());
    }
  }

  private String excerpt() {
    String text = new String(actual.body(), StandardCharsets.UTF_8);
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
  }
}

package io.github.errata.micronaut;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.runtime.http.RetryAfter;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.ClientAttributes;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Turns the error responses of the declarative clients annotated with {@link ErrataClient} into
 * their catalog's typed exceptions; the calls of every other client pass untouched, and so do the
 * 1xx, 2xx and 3xx responses of these.
 *
 * <p>A bean found with no code, like {@link ApiErrorExceptionHandler}. The client's own exception
 * for an error status ({@link HttpClientResponseException}) is replaced by the decoded exception,
 * so a 404 throws too, rather than giving {@code null}; where the client is configured not to
 * throw for an error status ({@code exception-on-error-status: false}), the error response is
 * decoded all the same.
 */
@ClientFilter
@ErrataClientBinding
// A server-only application has no client: the bean is left out by this condition, not by a
// failure to load its class (OptionalFrameworkTest starts such an application).
@Requires(classes = HttpClientResponseException.class)
public class ErrataClientFilter {

  /** The decoder of each class named in {@link ErrataClient}, looked up once. */
  private static final ClassValue<ErrorDecoder> DECODERS = new ClassValue<>() {
    @Override
    protected ErrorDecoder computeValue(Class<?> decoder) {
      return decoderOf(decoder);
    }
  };

  /** Made by Micronaut. */
  public ErrataClientFilter() {
  }

  /**
   * Throws the decoded exception in place of the client's own for an error status.
   *
   * @param request the request made
   * @param failure what the client failed the call with
   */
  @ResponseFilter
  public void decodeFailure(HttpRequest<?> request, HttpClientResponseException failure) {
    HttpResponse<?> response = failure.getResponse();
    if (response != null) {
      decode(request, response);
    }
  }

  /**
   * Throws the decoded exception for an error status that the client did not fail the call for.
   *
   * @param request the request made
   * @param response the response received
   */
  @ResponseFilter
  public void decodeResponse(HttpRequest<?> request, HttpResponse<?> response) {
    decode(request, response);
  }

  /** Throws the decoded exception for a 4xx or 5xx response; does nothing for any other. */
  private static void decode(HttpRequest<?> request, HttpResponse<?> response) {
    int status = response.code();
    if (status < 400 || status > 599) {
      return;
    }
    Optional<Class<?>> decoder = ClientAttributes.getInvocationContext(request)
        .flatMap(ErrataClientFilter::decoderClass);
    if (decoder.isEmpty()) {
      // Not a call through an annotated interface's method (an HttpClient injected with the
      // annotation, say): there is no decoder to use, so the response is left to the client.
      return;
    }
    Instant received = Instant.now();
    ApiErrorException error = DECODERS.get(decoder.get())
        .decode(status, response.getBody(byte[].class).orElse(null));
    throw RetryAfter.copyOnto(error, response.getHeaders().get(RetryAfter.HEADER), received);
  }

  /**
   * The decoder named on the called client: on its interface, or on an interface that one extends.
   * The search starts from the client bean's class, not from the method's declaring type, since a
   * client often inherits its methods from an API interface it shares with the server, which
   * carries no annotation. Read from the class file's annotation, not from Micronaut's metadata:
   * where the catalog is compiled in the same javac as the client, the decoder does not exist yet
   * when Micronaut's processor reads the interface, and its metadata holds it as unresolved.
   */
  private static Optional<Class<?>> decoderClass(MethodInvocationContext<?, ?> call) {
    Object client = call.getTarget();
    Deque<Class<?>> types = new ArrayDeque<>();
    types.add(client != null ? client.getClass() : call.getDeclaringType());
    for (Class<?> type = types.poll(); type != null; type = types.poll()) {
      ErrataClient annotation = type.getAnnotation(ErrataClient.class);
      if (annotation != null) {
        return Optional.of(annotation.value());
      }
      types.addAll(List.of(type.getInterfaces()));
      if (type.getSuperclass() != null) {
        types.add(type.getSuperclass());
      }
    }
    return Optional.empty();
  }

  /**
   * The catalog's {@code decode(int, byte[])} as an {@link ErrorDecoder}: a static method of a
   * public class, returning the catalog's exception, as every generated decoder has.
   */
  private static ErrorDecoder decoderOf(Class<?> decoder) {
    Method decode;
    try {
      decode = decoder.getMethod("decode", int.class, byte[].class);
    } catch (NoSuchMethodException e) {
      throw notADecoder(decoder, e);
    }
    if (!Modifier.isStatic(decode.getModifiers())
        || !ApiErrorException.class.isAssignableFrom(decode.getReturnType())) {
      throw notADecoder(decoder, null);
    }
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup().unreflect(decode)
          .asType(MethodType.methodType(ApiErrorException.class, int.class, byte[].class));
    } catch (IllegalAccessException e) {
      throw notADecoder(decoder, e);
    }
    return (status, body) -> {
      try {
        return (ApiErrorException) handle.invokeExact(status, body);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        // A generated decoder declares no checked exception and never throws.
        throw new IllegalStateException(e);
      }
    };
  }

  private static IllegalArgumentException notADecoder(Class<?> decoder, Exception cause) {
    return new IllegalArgumentException("@ErrataClient(" + decoder.getName() + ".class) names no "
        + "catalog decoder: name the decoder the processor generated for the API's catalog, such "
        + "as JourneyErrorDecoder.class, a public class with a static decode(int, byte[])", cause);
  }
}

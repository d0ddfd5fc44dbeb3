package io.github.errata.micronaut;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a declarative {@code @Client} interface: every 4xx and 5xx response to its calls throws the
 * catalog's typed exception, decoded from the body, with the response's {@code Retry-After} on it,
 * in place of Micronaut's {@code HttpClientResponseException} (and of the {@code null} a 404 would
 * otherwise give). Other clients of the application are left as they are.
 *
 * <pre>{@code
 * @Client("journey")
 * @ErrataClient(JourneyErrorDecoder.class)
 * interface JourneyClient { ... }
 * }</pre>
 *
 * <p>{@link ErrataClientFilter} does the work; {@link ErrataClientBinding}, which this annotation
 * carries, binds it to the interfaces that bear this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ErrataClientBinding
public @interface ErrataClient {

  /**
   * The catalog's generated decoder, such as {@code JourneyErrorDecoder.class}: the class whose
   * static {@code decode(int, byte[])} turns an error response into the catalog's exception.
   *
   * @return the decoder class
   */
  Class<?> value();
}

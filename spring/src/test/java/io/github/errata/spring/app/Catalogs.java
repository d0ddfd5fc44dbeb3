package io.github.errata.spring.app;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.spring.standin.AccountNotFoundException;
import io.github.errata.spring.standin.AuthenticationFailedException;
import io.github.errata.spring.standin.BatchAbortedException;
import io.github.errata.spring.standin.InternalServerErrorException;
import io.github.errata.spring.standin.InvalidApiRequestException;
import io.github.errata.spring.standin.InvalidValueException;
import io.github.errata.spring.standin.JourneyErrorDecoder;
import io.github.errata.spring.standin.ObjectNotFoundException;
import io.github.errata.spring.standin.RouteErrorException;
import io.github.errata.spring.standin.TooManyRequestsException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The catalogs the test application serves, and every error of each as its controller throws it,
 * by type: the tests make the same exception to know what to expect.
 */
public final class Catalogs {
  /** The delay the controller puts on the sample's TOO_MANY_REQUESTS. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  /** The sample's catalog: the seed's example arguments, a cause on the 500, a delay on the 429. */
  public static final Catalog JOURNEY = new Catalog("journey", JourneyErrorDecoder::decode, List.of(
      AuthenticationFailedException::new,
      () -> new InternalServerErrorException(new IllegalStateException("database down")),
      () -> new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"),
      () -> new InvalidValueException("tést \"quoted\"", "status"),
      () -> new InvalidApiRequestException("unexpected token"),
      () -> new RouteErrorException("GET", "/api/v4/533bda53027894f69b001055/objec/tasks.json"),
      () -> new AccountNotFoundException("533bda53027894f69b00105"),
      BatchAbortedException::new,
      () -> new TooManyRequestsException().withRetryAfter(RETRY_AFTER)));

  private static final List<Catalog> ALL = List.of(JOURNEY);

  private Catalogs() {}

  /**
   * One catalog: its decoder and its errors.
   *
   * @param name its name in the controller's path
   * @param decoder its generated decoder
   * @param errors by type, in declaration order
   */
  public record Catalog(String name, ErrorDecoder decoder, Map<String, Supplier<ApiErrorException>> errors) {
    Catalog(String name, ErrorDecoder decoder, List<Supplier<ApiErrorException>> errors) {
      this(name, decoder, byType(errors));
    }

    /** Its types, in declaration order. */
    public List<String> types() {
      return List.copyOf(errors.keySet());
    }

    /**
     * A new exception of that type, as the controller throws it.
     *
     * @throws IllegalArgumentException for a type the catalog does not have
     */
    public ApiErrorException make(String type) {
      Supplier<ApiErrorException> make = errors.get(type);
      if (make == null) {
        throw new IllegalArgumentException("no error of type " + type + " in " + name);
      }
      return make.get();
    }

    private static Map<String, Supplier<ApiErrorException>> byType(List<Supplier<ApiErrorException>> errors) {
      Map<String, Supplier<ApiErrorException>> byType = new LinkedHashMap<>();
      errors.forEach(make -> byType.put(make.get().type(), make));
      return Collections.unmodifiableMap(byType);
    }
  }

  /** Every catalog the application serves. */
  public static List<Catalog> all() {
    return ALL;
  }

  /**
   * The catalog of that name.
   *
   * @throws IllegalArgumentException for a name no catalog has
   */
  public static Catalog named(String name) {
    return ALL.stream().filter(catalog -> catalog.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no catalog " + name));
  }
}

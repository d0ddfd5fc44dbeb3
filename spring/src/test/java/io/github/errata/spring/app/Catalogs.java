package io.github.errata.spring.app;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.sample.AccountNotFoundException;
import io.github.errata.sample.AuthenticationFailedException;
import io.github.errata.sample.BatchAbortedException;
import io.github.errata.sample.InternalServerErrorException;
import io.github.errata.sample.InvalidApiRequestException;
import io.github.errata.sample.InvalidValueException;
import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.RouteErrorException;
import io.github.errata.sample.TooManyRequestsException;
import io.github.errata.spring.billing.AmountOutOfRangeException;
import io.github.errata.spring.billing.BillingErrorDecoder;
import io.github.errata.spring.billing.InvoiceAlreadyPaidException;
import io.github.errata.spring.billing.InvoiceNotFoundException;
import io.github.errata.spring.billing.PaymentMethod;
import io.github.errata.spring.billing.PaymentsUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  /** This module's own catalog: arguments of every kind but String, a retryable 503. */
  public static final Catalog BILLING = new Catalog("billing", BillingErrorDecoder::decode, List.of(
      () -> new InvoiceNotFoundException(9_007_199_254_740_993L),
      () -> new InvoiceAlreadyPaidException(42L, PaymentMethod.TRANSFER,
          UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d")),
      () -> new AmountOutOfRangeException(-250_000, 100_000, true, 1.0825),
      () -> new PaymentsUnavailableException(new UncheckedIOException(new IOException("provider timed out")))
          .withRetryAfter(Duration.ofMillis(1500))));

  private static final List<Catalog> ALL = List.of(JOURNEY, BILLING);

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

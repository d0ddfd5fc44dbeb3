package io.github.errata.micronaut.app;

import io.github.errata.micronaut.ferry.BerthTakenException;
import io.github.errata.micronaut.ferry.BookingFailedException;
import io.github.errata.micronaut.ferry.DockErrorDecoder;
import io.github.errata.micronaut.ferry.FerryErrorDecoder;
import io.github.errata.micronaut.ferry.FerryErrors;
import io.github.errata.micronaut.ferry.OfficeClosedException;
import io.github.errata.micronaut.ferry.PortClosedException;
import io.github.errata.micronaut.ferry.SailingFullException;
import io.github.errata.micronaut.ferry.SailingNotFoundException;
import io.github.errata.micronaut.ferry.VehicleTooLongException;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.ErrorDecoder;
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
  /** The delay the controller puts on PORT_CLOSED: not whole seconds, so the header rounds it up. */
  public static final Duration RETRY_AFTER = Duration.ofMillis(29_500);

  /** The module's JSON catalog: arguments of every kind, a cause on the 500, a delay on the 503. */
  public static final Catalog FERRY = new Catalog("ferry", FerryErrorDecoder::decode, List.of(
      () -> new SailingNotFoundException("OBAN-CRAIGNURE", 1742),
      () -> new SailingFullException(9_007_199_254_740_993L, 4, 1, true),
      () -> new VehicleTooLongException(FerryErrors.Vehicle.CAMPER, 7.25,
          UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d")),
      () -> new BookingFailedException(new UncheckedIOException(new IOException("ledger timed out"))),
      () -> new PortClosedException().withRetryAfter(RETRY_AFTER)));

  /** The module's RFC 9457 catalog: a text that needs escaping, a 503 with a delay. */
  public static final Catalog DOCK = new Catalog("dock", DockErrorDecoder::decode, List.of(
      () -> new BerthTakenException("Quai \"Nord\" – 3é", 14),
      () -> new OfficeClosedException().withRetryAfter(Duration.ofSeconds(120))));

  private static final List<Catalog> ALL = List.of(FERRY, DOCK);

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

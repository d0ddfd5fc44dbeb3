package io.github.errata.spring.app;

import io.github.errata.spring.standin.AccountNotFoundException;
import io.github.errata.spring.standin.AuthenticationFailedException;
import io.github.errata.spring.standin.BatchAbortedException;
import io.github.errata.spring.standin.InternalServerErrorException;
import io.github.errata.spring.standin.InvalidApiRequestException;
import io.github.errata.spring.standin.InvalidValueException;
import io.github.errata.spring.standin.JourneyException;
import io.github.errata.spring.standin.ObjectNotFoundException;
import io.github.errata.spring.standin.RouteErrorException;
import io.github.errata.spring.standin.TooManyRequestsException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every error of the sample's catalog as the test controller throws it, by type: with the seed's
 * example arguments, a cause on the 500 and a retry delay on the 429. The tests make the same
 * exception to know what to expect.
 */
public final class JourneyCases {
  /** The delay the controller puts on TOO_MANY_REQUESTS. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  private static final Map<String, Supplier<JourneyException>> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put("AUTHENTICATION_FAILED", AuthenticationFailedException::new);
    BY_TYPE.put("INTERNAL_SERVER_ERROR",
        () -> new InternalServerErrorException(new IllegalStateException("database down")));
    BY_TYPE.put("OBJECT_NOT_FOUND",
        () -> new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"));
    BY_TYPE.put("INVALID_VALUE", () -> new InvalidValueException("tést \"quoted\"", "status"));
    BY_TYPE.put("INVALID_API_REQUEST", () -> new InvalidApiRequestException("unexpected token"));
    BY_TYPE.put("ROUTE_ERROR",
        () -> new RouteErrorException("GET", "/api/v4/533bda53027894f69b001055/objec/tasks.json"));
    BY_TYPE.put("ACCOUNT_NOT_FOUND", () -> new AccountNotFoundException("533bda53027894f69b00105"));
    BY_TYPE.put("BATCH_ABORTED", BatchAbortedException::new);
    BY_TYPE.put("TOO_MANY_REQUESTS",
        () -> (JourneyException) new TooManyRequestsException().withRetryAfter(RETRY_AFTER));
  }

  private JourneyCases() {}

  /** The catalog's types, in declaration order. */
  public static List<String> types() {
    return List.copyOf(BY_TYPE.keySet());
  }

  /**
   * A new exception of that type, as the controller throws it.
   *
   * @throws IllegalArgumentException for a type the catalog does not have
   */
  public static JourneyException make(String type) {
    Supplier<JourneyException> make = BY_TYPE.get(type);
    if (make == null) {
      throw new IllegalArgumentException("no error of type " + type);
    }
    return make.get();
  }
}

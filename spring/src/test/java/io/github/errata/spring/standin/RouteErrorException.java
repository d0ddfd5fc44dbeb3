package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code RouteErrorException}: 404 ROUTE_ERROR. */
public final class RouteErrorException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("ROUTE_ERROR", 404, "Route error.", false, "No route matches [{method}] {path}");

  /** Creates the error, to throw. */
  public RouteErrorException(String method, String path) {
    super(SPEC, new Object[] {method, path});
  }

  RouteErrorException(Received received) {
    super(SPEC, received);
  }

  /** The argument {@code method}; null where a received body did not carry it. */
  public String method() {
    return (String) argument(0);
  }

  /** The argument {@code path}; null where a received body did not carry it. */
  public String path() {
    return (String) argument(1);
  }
}

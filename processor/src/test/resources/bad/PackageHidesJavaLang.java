package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of the clock API, in a package with its own System type. */
@ErrorCatalog(docs = "https://clock.example.com/errors")
public interface PackageHidesJavaLang { // expect: errata.name-collision

  /** The clock is not set. */
  @ApiError(status = 503, title = "Clock not set.")
  void clockNotSet();
}

/** The clock's own notion of a system, hiding java.lang.System in this package. */
enum System {
  WALL,
  MONOTONIC
}

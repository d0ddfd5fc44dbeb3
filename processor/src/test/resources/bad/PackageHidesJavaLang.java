package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of the clock API, in a package with its own String type. */
@ErrorCatalog(docs = "https://clock.example.com/errors")
public interface PackageHidesJavaLang { // expect: errata.name-collision

  /** The clock is not set. */
  @ApiError(status = 503, title = "Clock not set.")
  void clockNotSet();
}

/** How the clock strings its readings together, hiding java.lang.String in this package. */
enum String {
  PLAIN,
  ISO
}

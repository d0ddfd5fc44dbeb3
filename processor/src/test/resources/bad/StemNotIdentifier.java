package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the 9x API, whose product name cannot start a Java type name. */
@ErrorCatalog(
    docs = "https://9x.example.com/errors",
    name = "9x") // expect: errata.catalog-stem
public interface StemNotIdentifier {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object with ID '{id}'")
  void objectNotFound(String id);
}

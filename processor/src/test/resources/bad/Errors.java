package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the API; the name leaves no stem once the trailing Errors is removed. */
@ErrorCatalog(docs = "https://api.example.com/errors") // expect: errata.catalog-stem
public interface Errors {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object with ID '{id}'")
  void objectNotFound(String id);
}

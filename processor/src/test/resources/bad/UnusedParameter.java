package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the objects API, one of them with a parameter its detail never shows. */
@ErrorCatalog(docs = "https://objects.example.com/errors")
public interface UnusedParameter {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object found with ID: '{id}'")
  void objectNotFound(
      String objectType, // expect: errata.unused-parameter
      String id);
}

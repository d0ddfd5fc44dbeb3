package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the objects API, one declared with a type parameter. */
@ErrorCatalog(docs = "https://objects.example.com/errors")
public interface GenericMethod {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object with ID '{id}'")
  <T> void objectNotFound(String id); // expect: errata.generic-method
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the objects API, where one error was overloaded to take an optional type. */
@ErrorCatalog(docs = "https://objects.example.com/errors")
public interface OverloadedMethods {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object with ID '{id}'")
  void objectNotFound(String id);

  /** No object of that type has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No {objectType} with ID '{id}'")
  void objectNotFound(String objectType, String id); // expect: errata.name-collision
}

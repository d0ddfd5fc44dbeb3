package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the objects API, with explicit types that are not UPPER_SNAKE_CASE. */
@ErrorCatalog(docs = "https://objects.example.com/errors")
public interface TypeNotUpperSnake {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object with ID '{id}'",
      type = "objectNotFound") // expect: errata.type-format
  void objectNotFound(String id);

  /** The object is locked by another request. */
  @ApiError(status = 423, title = "Object locked.", detail = "Object '{id}' is locked",
      type = "OBJECT__X") // expect: errata.type-format
  void objectLocked(String id);
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the objects API, one declared as if it built its own exception. */
@ErrorCatalog(docs = "https://objects.example.com/errors")
public interface NonVoidMethod {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object with ID '{id}'")
  RuntimeException objectNotFound(String id); // expect: errata.return-type
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the objects API, whose details name parameters that were never declared. */
@ErrorCatalog(docs = "https://objects.example.com/errors")
public interface UnknownPlaceholder {

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.",
      detail = "No {objectType} found with ID: '{id}'") // expect: errata.unknown-placeholder
  void objectNotFound(String id);

  /** Too many requests were made; the client should wait before the next one. */
  @ApiError(status = 429, title = "Too many requests.", retryable = true,
      detail = "Retry in {seconds} seconds") // expect: errata.unknown-placeholder
  void tooManyRequests();
}

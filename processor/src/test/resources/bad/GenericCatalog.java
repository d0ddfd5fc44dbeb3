package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of a repository, meant to be reused for each kind of entity. */
@ErrorCatalog(docs = "https://api.example.com/errors")
public interface GenericCatalog<E> { // expect: errata.catalog-generic

  /** No entity has the ID that was asked for. */
  @ApiError(status = 404, title = "Not found.", detail = "No entity with ID '{id}'")
  void notFound(String id);
}

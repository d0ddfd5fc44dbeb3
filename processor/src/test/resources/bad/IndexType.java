package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the search API; one type is INDEX, which the links class already uses. */
@ErrorCatalog(docs = "https://search.example.com/errors")
public interface IndexType {

  /** The search index is being rebuilt; retry in a few minutes. */
  @ApiError(status = 503, title = "Search index unavailable.", retryable = true,
      type = "INDEX") // expect: errata.name-collision
  void searchIndexUnavailable();
}

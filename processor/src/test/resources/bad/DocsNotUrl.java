package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the files API, with a docs value that is not a URL at all. */
@ErrorCatalog(
    docs = "not a url") // expect: errata.url
public interface DocsNotUrl {

  /** No file has the path that was asked for. */
  @ApiError(status = 404, title = "File not found.", detail = "No file at '{path}'")
  void fileNotFound(String path);
}

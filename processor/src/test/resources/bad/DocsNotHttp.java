package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the files API, documented at an address browsers cannot open. */
@ErrorCatalog(
    docs = "ftp://x") // expect: errata.url
public interface DocsNotHttp {

  /** No file has the path that was asked for. */
  @ApiError(status = 404, title = "File not found.", detail = "No file at '{path}'")
  void fileNotFound(String path);
}

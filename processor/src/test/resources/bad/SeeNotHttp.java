package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the files API, two of them with their own links that are not http(s). */
@ErrorCatalog(docs = "https://files.example.com/errors")
public interface SeeNotHttp {

  /** No file has the path that was asked for. */
  @ApiError(status = 404, title = "File not found.", detail = "No file at '{path}'",
      see = "ftp://files.example.com/errors/not-found.txt") // expect: errata.url
  void fileNotFound(String path);

  /** The file is larger than the account allows. */
  @ApiError(status = 413, title = "File too large.", detail = "The limit is {limit} bytes",
      see = "see the limits page") // expect: errata.url
  void fileTooLarge(long limit);
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import java.io.IOException;

/** Errors returned by the files API, one declared with a throws clause. */
@ErrorCatalog(docs = "https://files.example.com/errors")
public interface ThrowsClause {

  /** The file could not be read from storage. */
  @ApiError(status = 503, title = "Storage unavailable.", detail = "Cannot read '{path}'")
  void storageUnavailable(String path) throws IOException; // expect: errata.throws
}

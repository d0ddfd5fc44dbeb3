package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the uploads API, two of them with statuses that are not error statuses. */
@ErrorCatalog(docs = "https://uploads.example.com/errors")
public interface StatusOutOfRange {

  /** The upload was accepted but is still being scanned. */
  @ApiError(
      status = 200, // expect: errata.status
      title = "Upload pending.")
  void uploadPending();

  /** The storage backend did not answer; a typo for 500. */
  @ApiError(
      status = 600, // expect: errata.status
      title = "Storage unavailable.",
      retryable = true)
  void storageUnavailable();

  /** The upload is larger than the account allows. */
  @ApiError(status = 413, title = "Upload too large.", detail = "The limit is {limit} bytes")
  void uploadTooLarge(long limit);
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the uploads API: an empty detail is the title, so it shows no argument. */
@ErrorCatalog(docs = "https://uploads.example.com/errors")
public interface EmptyDetailWithParameter {

  /** The upload is larger than the limit. */
  @ApiError(status = 413, title = "Upload too large.")
  void uploadTooLarge(
      long bytes); // expect: errata.unused-parameter
}

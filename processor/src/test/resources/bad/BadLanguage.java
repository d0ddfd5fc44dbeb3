package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of an API whose catalog names its language as a word, not a BCP 47 tag. */
@ErrorCatalog(language = "English") // expect: errata.language
public interface BadLanguage {

  /** The shop is busy. */
  @ApiError(status = 503, title = "Busy.")
  void busy();
}

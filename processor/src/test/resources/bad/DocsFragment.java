package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of the files API, whose docs link points into a section of a longer page. */
@ErrorCatalog(docs = "https://files.example.com/api#errors") // expect: errata.docs-fragment
public interface DocsFragment {

  /** The file does not exist. */
  @ApiError(status = 404, title = "File not found.", detail = "No file {name}.")
  void fileNotFound(String name);
}

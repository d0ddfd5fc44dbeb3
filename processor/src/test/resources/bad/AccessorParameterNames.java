package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/**
 * Errors returned by the articles API, with parameters named like accessors every exception
 * already has (cause, message and body, which are only constructor names, work; see good/names).
 */
@ErrorCatalog(docs = "https://articles.example.com/errors")
public interface AccessorParameterNames {

  /** The article's title is too long. */
  @ApiError(status = 400, title = "Title too long.", detail = "Title '{title}' is too long")
  void titleTooLong(String title); // expect: errata.parameter-name

  /** The article's detail section is empty. */
  @ApiError(status = 400, title = "Empty detail.", detail = "Detail {detail} is empty")
  void emptyDetail(int detail); // expect: errata.parameter-name

  /** The cross-reference points nowhere. */
  @ApiError(status = 400, title = "Broken reference.", detail = "Reference {see} is broken")
  void brokenReference(String see); // expect: errata.parameter-name

  /** The article's erratum cannot be applied. */
  @ApiError(status = 409, title = "Erratum refused.", detail = "Erratum {error} refused")
  void erratumRefused(String error); // expect: errata.parameter-name

  /** The article cannot be exported; the name is that of the exception's own JSON writer. */
  @ApiError(status = 500, title = "Export failed.", detail = "Export {toJsonBytes} failed")
  void exportFailed(String toJsonBytes); // expect: errata.parameter-name
}

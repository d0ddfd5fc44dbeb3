package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import io.github.errata.WireFormat;

/** An RFC 9457 catalog where two errors share a link, so a client could not tell them apart. */
@ErrorCatalog(docs = "https://api.example.com/errors", wire = WireFormat.PROBLEM_JSON)
public interface ProblemDuplicateType {

  /** Links to docs#NOT_FOUND. */
  @ApiError(status = 404, title = "Not found.")
  void notFound();

  /** Links to the very same page and fragment. */
  @ApiError(status = 410, title = "Gone.",
      see = "https://api.example.com/errors#NOT_FOUND") // expect: errata.problem-duplicate-type
  void gone();
}

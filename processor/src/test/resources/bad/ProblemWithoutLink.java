package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import io.github.errata.WireFormat;

/** An RFC 9457 catalog without docs: an error without its own link has no type URI. */
@ErrorCatalog(wire = WireFormat.PROBLEM_JSON)
public interface ProblemWithoutLink {

  /** Has its own link: fine. */
  @ApiError(status = 404, title = "Not found.", see = "https://api.example.com/errors/not-found")
  void notFound();

  /** Has none. */
  @ApiError(status = 409, title = "Conflict.") // expect: errata.problem-link
  void conflict();
}

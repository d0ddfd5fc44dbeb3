package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the loans API, with example values that a client could not read back. */
@ErrorCatalog(docs = "https://loans.example.com/errors")
public interface BadExample {

  /** The loan is larger than the limit. */
  @ApiError(status = 422, title = "Loan too large.", detail = "Loan of {amount} is over {limit}",
      example = {"5000"}) // expect: errata.example
  void loanTooLarge(long amount, long limit);

  /** The loan term is not allowed. */
  @ApiError(status = 422, title = "Bad term.", detail = "A term of {months} months is not allowed",
      example = "twelve") // expect: errata.example
  void badTerm(int months);

  /** The loan does not exist. */
  @ApiError(status = 404, title = "Loan not found.", detail = "No loan {id}",
      example = "C3D59FF0-BA4A-11E3-A567-001E6733FE3D") // expect: errata.example
  void loanNotFound(java.util.UUID id);
}

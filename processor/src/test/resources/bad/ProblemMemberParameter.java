package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import io.github.errata.WireFormat;

/** An RFC 9457 catalog whose parameters are named like the members of every problem. */
@ErrorCatalog(docs = "https://api.example.com/errors", wire = WireFormat.PROBLEM_JSON)
public interface ProblemMemberParameter {

  /** The upstream answered with a status. */
  @ApiError(status = 502, title = "Bad gateway.", detail = "Upstream said {status} at {instance}")
  void badGateway(
      int status, // expect: errata.problem-member
      String instance); // expect: errata.problem-member

  /** Any other name is fine, as in a catalog of the seed's format. */
  @ApiError(status = 400, title = "Bad request.", detail = "Bad {problem}")
  void badRequest(String problem);
}

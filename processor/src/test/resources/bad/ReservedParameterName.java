package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the tasks API, with parameters named like the exception's own accessors. */
@ErrorCatalog(docs = "https://tasks.example.com/errors")
public interface ReservedParameterName {

  /** The task is not in a state that allows the change. */
  @ApiError(status = 409, title = "Wrong task state.", detail = "The task is {status}")
  void wrongTaskState(
      String status); // expect: errata.parameter-name

  /** No object of that type exists. */
  @ApiError(status = 404, title = "Unknown object type.", detail = "No object type '{type}'")
  void unknownObjectType(
      String type); // expect: errata.parameter-name
}

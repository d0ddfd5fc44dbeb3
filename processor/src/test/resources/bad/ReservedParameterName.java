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

  /** The export could not be written; the name means something to Java serialization. */
  @ApiError(status = 500, title = "Export failed.", detail = "Export failed: {writeReplace}")
  void exportFailed(
      String writeReplace); // expect: errata.parameter-name

  /** A parameter named like the package would hide it from generated code's full names. */
  @ApiError(status = 400, title = "Bad test.", detail = "Bad test {test}")
  void badTest(
      String test); // expect: errata.parameter-name
}

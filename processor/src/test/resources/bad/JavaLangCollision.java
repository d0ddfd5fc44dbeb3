package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of the math API, one of which would be named like a java.lang exception. */
@ErrorCatalog(docs = "https://math.example.com/errors")
public interface JavaLangCollision {

  /** An argument was out of range. */
  @ApiError(status = 400, title = "Illegal argument.", detail = "Argument {name} is out of range.")
  void illegalArgument(String name); // expect: errata.name-collision
}

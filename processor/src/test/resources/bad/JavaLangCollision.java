package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of the jobs API, one of which would be named like a java.lang exception. */
@ErrorCatalog(docs = "https://jobs.example.com/errors")
public interface JavaLangCollision {

  /** The job failed in a way nobody expected. */
  @ApiError(status = 500, title = "Runtime failure.")
  void runtime(); // expect: errata.name-collision
}

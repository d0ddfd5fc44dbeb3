package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the tasks API; one of them was never annotated. */
@ErrorCatalog(docs = "https://tasks.example.com/errors")
public interface MissingAnnotation {

  /** No task has the ID that was asked for. */
  @ApiError(status = 404, title = "Task not found.", detail = "No task with ID '{id}'")
  void taskNotFound(String id);

  /** The task was changed by someone else since it was read. */
  void taskConflict(String id); // expect: errata.missing-api-error

  /** A default method is not an error, so it needs no annotation. */
  default String describe() {
    return "tasks";
  }
}

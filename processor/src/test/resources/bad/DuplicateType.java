package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the projects API, where two errors were given the same explicit type. */
@ErrorCatalog(docs = "https://projects.example.com/errors")
public interface DuplicateType {

  /** No task has the ID that was asked for. */
  @ApiError(status = 404, title = "Task not found.", detail = "No task with ID '{id}'",
      type = "NOT_FOUND")
  void taskNotFound(String id);

  /** No project has the ID that was asked for. */
  @ApiError(status = 404, title = "Project not found.", detail = "No project with ID '{id}'",
      type = "NOT_FOUND") // expect: errata.duplicate-type
  void projectNotFound(String id);
}

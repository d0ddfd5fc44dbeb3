package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the users API, one of them with a title of only spaces. */
@ErrorCatalog(docs = "https://users.example.com/errors")
public interface BlankTitle {

  /** No user has the name that was asked for. */
  @ApiError(
      status = 404,
      title = "  ", // expect: errata.title
      detail = "No user named '{name}'")
  void userNotFound(String name);
}

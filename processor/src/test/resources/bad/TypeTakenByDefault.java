package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the users API, where an explicit type repeats another error's default one. */
@ErrorCatalog(docs = "https://users.example.com/errors")
public interface TypeTakenByDefault {

  /** No user has the ID that was asked for. */
  @ApiError(status = 404, title = "User not found.", detail = "No user {id}")
  void userNotFound(String id);

  /** The user was deleted. */
  @ApiError(status = 410, title = "User gone.", detail = "User {id} was deleted",
      type = "USER_NOT_FOUND") // expect: errata.duplicate-type
  void userGone(String id);
}

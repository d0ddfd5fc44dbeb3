package names;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the accounts API, whose parameters share names with generated code. */
@ErrorCatalog(docs = "https://accounts.example.com/errors")
public interface AccountErrors {

  /**
   * The account was closed; the parameters are named like the constructor's own.
   *
   * @param cause why the account was closed
   * @param message the note left when it was closed
   * @param body the part of the account that was closed
   */
  @ApiError(status = 410, title = "Account closed.",
      detail = "Closed because {cause}: {message} ({body})")
  void accountClosed(String cause, String message, String body);

  /** The same argument appears twice in the detail. */
  @ApiError(status = 409, title = "Account locked.", detail = "Account {id} is locked; unlock {id} first")
  void accountLocked(String id);

  /** Parameters named like locals and fields of generated code. */
  @ApiError(status = 400, title = "Bad limits.",
      detail = "Limits {texts}, {arguments2}, {status2}, {value} and {result} are wrong")
  void badLimits(int texts, long arguments2, double status2, boolean value, Integer result);
}

package io.github.errata.sample;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/**
 * Errors returned by the JourneyApps Backend API. Every error response carries an HTTP status and
 * a JSON body: {@code type} identifies the error for clients, {@code title} and {@code detail} are
 * for people and may change at any time, and {@code see} links to this page.
 */
@ErrorCatalog(docs = "https://docs.journeyapps.com/api-errors")
public interface JourneyErrors {

  /** The Backend Deployment ID or password specified for HTTP Basic auth is not valid. */
  @ApiError(status = 401, title = "HTTP Basic: Access denied.")
  void authenticationFailed();

  /**
   * Something went wrong on the server. Wait a few minutes, then retry the request. If the issue
   * persists, contact support.
   */
  @ApiError(status = 500, title = "Oops! Something went wrong.",
      detail = "An internal server error has occurred.", retryable = true)
  void internalServerError();

  /**
   * The object that has been requested could not be found. It may have been deleted, or the ID
   * may be invalid.
   *
   * @param objectType the object type asked for, such as {@code task}
   * @param id the ID asked for
   */
  @ApiError(status = 404, title = "Object not found.", detail = "No {objectType} found with ID: '{id}'",
      example = {"task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"})
  void objectNotFound(String objectType, String id);

  /**
   * A value is not valid. Typically these are:
   * <ul>
   *   <li>Invalid according to the data model schema.</li>
   *   <li>Invalid filenames in attachments, photos or signatures.</li>
   * </ul>
   * See the Field Representation section for details on the accepted values for each field or
   * object type.
   *
   * @param option the value that was given
   * @param field the field it was given for
   */
  @ApiError(status = 422, title = "Invalid value specified.",
      detail = "Invalid option \"{option}\" for field '{field}'.", example = {"test", "status"})
  void invalidValue(String option, String field);

  /**
   * The API request is not valid. For example, the body may contain JSON errors or a required
   * parameter may be missing. The detail message should provide more details.
   *
   * @param problem what is wrong with the request, such as {@code unexpected token}
   */
  @ApiError(status = 400, title = "Invalid JSON.", detail = "{problem}",
      example = "unexpected token")
  void invalidApiRequest(String problem);

  /**
   * The combination of HTTP method and path is not valid. Ensure that the correct HTTP method is
   * used and that the path is valid according to the documentation.
   *
   * @param method the request's HTTP method
   * @param path the request's path
   */
  @ApiError(status = 404, title = "Route error.", detail = "No route matches [{method}] {path}",
      example = {"GET", "/api/v4/533bda53027894f69b001055/objec/tasks.json"})
  void routeError(String method, String path);

  /**
   * The App Instance ID specified in the path could not be found, or the credentials used do not
   * have access to it. Check that the account ID matches the API credentials, and does not contain
   * any errors.
   *
   * @param accountId the account ID in the path
   */
  @ApiError(status = 404, title = "Account not found.", detail = "Could not find account '{accountId}'.",
      example = "533bda53027894f69b00105")
  void accountNotFound(String accountId);

  /**
   * When {@code stop_on_error: true} is supplied in a Batch API request, this error is reported
   * for every operation following a failed operation. None of the operations with this result
   * have been applied. The failing operation includes the appropriate error.
   */
  @ApiError(status = 424, title = "Batch processing aborted due to error.",
      detail = "Skipping this operation because a previous operation in this batch failed.")
  void batchAborted();

  /** The request has been rate-limited. Please refer to the docs on API rate limits. */
  @ApiError(status = 429, title = "Too Many Requests.",
      detail = "Request rate limit exceeded for this account. Try again later.", retryable = true)
  void tooManyRequests();
}

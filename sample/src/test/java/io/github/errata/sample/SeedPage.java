package io.github.errata.sample;

import java.util.List;

/**
 * The facts of the seed's "Error Responses" page, which the sample catalog declares: for each
 * error its type, status line, title and example response, exactly as the page prints them.
 */
final class SeedPage {

  /**
   * One error section of the page.
   *
   * @param example the example response, indented as printed, or null where the page shows none
   */
  record Entry(String type, String statusLine, String title, String example) {}

  /** In the page's order. */
  static final List<Entry> ENTRIES = List.of(
      new Entry("AUTHENTICATION_FAILED", "401 Unauthorized", "HTTP Basic: Access denied.", null),
      new Entry("INTERNAL_SERVER_ERROR", "500 Internal Server Error", "Oops! Something went wrong.", """
            {
                "type": "INTERNAL_SERVER_ERROR",
                "title": "Oops! Something went wrong.",
                "detail": "An internal server error has occurred.",
                "see": "https://docs.journeyapps.com/api-errors#INTERNAL_SERVER_ERROR"
            }"""),
      new Entry("OBJECT_NOT_FOUND", "404 Not Found", "Object not found.", """
            {
                "type": "OBJECT_NOT_FOUND",
                "title": "Object not found.",
                "detail": "No task found with ID: 'c3d59ff0-ba4a-11e3-a567-001e6733fe3d'",
                "see": "https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND"
            }"""),
      new Entry("INVALID_VALUE", "422 Unprocessable Entity", "Invalid value specified.", """
            {
                "type": "INVALID_VALUE",
                "title": "Invalid value specified.",
                "detail": "Invalid option \\"test\\" for field 'status'.",
                "see": "https://docs.journeyapps.com/api-errors#INVALID_VALUE"
            }"""),
      new Entry("INVALID_API_REQUEST", "400 Bad Request", "Invalid JSON.", """
            {
                "type": "INVALID_API_REQUEST",
                "title": "Invalid JSON.",
                "detail": "unexpected token",
                "see": "https://docs.journeyapps.com/api-errors#INVALID_API_REQUEST"
            }"""),
      new Entry("ROUTE_ERROR", "404 Not Found", "Route error.", """
            {
                "type": "ROUTE_ERROR",
                "title": "Route error.",
                "detail": "No route matches [GET] /api/v4/533bda53027894f69b001055/objec/tasks.json",
                "see": "https://docs.journeyapps.com/api-errors#ROUTE_ERROR"
            }"""),
      new Entry("ACCOUNT_NOT_FOUND", "404 Not Found", "Account not found.", """
            {
                "type": "ACCOUNT_NOT_FOUND",
                "title": "Account not found.",
                "detail": "Could not find account '533bda53027894f69b00105'.",
                "see": "https://docs.journeyapps.com/api-errors#ACCOUNT_NOT_FOUND"
            }"""),
      new Entry("BATCH_ABORTED", "424 Failed dependency", "Batch processing aborted due to error.", """
            {
                "type": "BATCH_ABORTED",
                "title": "Batch processing aborted due to error.",
                "detail": "Skipping this operation because a previous operation in this batch failed.",
                "see": "https://docs.journeyapps.com/api-errors#BATCH_ABORTED"
            }"""),
      new Entry("TOO_MANY_REQUESTS", "429 Too Many Requests", "Too Many Requests.", """
            {
                "type": "TOO_MANY_REQUESTS",
                "title": "Too Many Requests.",
                "detail": "Request rate limit exceeded for this account. Try again later.",
                "see": "https://docs.journeyapps.com/api-errors#TOO_MANY_REQUESTS"
            }"""));

  private SeedPage() {}
}

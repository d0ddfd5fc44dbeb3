package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.DecodeLimits;
import java.io.InputStream;

/** The seed's nine errors as generated code declares them, and an exception to decode into. */
final class Journey {
  static final String DOCS = "https://docs.journeyapps.com/api-errors#";

  static final ErrorSpec AUTHENTICATION_FAILED = error("AUTHENTICATION_FAILED", 401,
      "HTTP Basic: Access denied.").build();
  static final ErrorSpec INTERNAL_SERVER_ERROR = error("INTERNAL_SERVER_ERROR", 500,
      "Oops! Something went wrong.").detail("An internal server error has occurred.").retryable()
      .captureStackTrace().build();
  static final ErrorSpec OBJECT_NOT_FOUND = error("OBJECT_NOT_FOUND", 404, "Object not found.")
      .parameter("objectType", ArgumentKind.STRING).parameter("id", ArgumentKind.STRING)
      .detail("No {objectType} found with ID: '{id}'").build();
  static final ErrorSpec INVALID_VALUE = error("INVALID_VALUE", 422, "Invalid value specified.")
      .parameter("option", ArgumentKind.STRING).parameter("field", ArgumentKind.STRING)
      .detail("Invalid option \"{option}\" for field '{field}'.").build();
  static final ErrorSpec INVALID_API_REQUEST = error("INVALID_API_REQUEST", 400, "Invalid JSON.")
      .parameter("problem", ArgumentKind.STRING).detail("{problem}").build();
  static final ErrorSpec ROUTE_ERROR = error("ROUTE_ERROR", 404, "Route error.")
      .parameter("method", ArgumentKind.STRING).parameter("path", ArgumentKind.STRING)
      .detail("No route matches [{method}] {path}").build();
  static final ErrorSpec ACCOUNT_NOT_FOUND = error("ACCOUNT_NOT_FOUND", 404, "Account not found.")
      .parameter("accountId", ArgumentKind.STRING).detail("Could not find account '{accountId}'.")
      .build();
  static final ErrorSpec BATCH_ABORTED = error("BATCH_ABORTED", 424,
      "Batch processing aborted due to error.")
      .detail("Skipping this operation because a previous operation in this batch failed.").build();
  static final ErrorSpec TOO_MANY_REQUESTS = error("TOO_MANY_REQUESTS", 429, "Too Many Requests.")
      .detail("Request rate limit exceeded for this account. Try again later.").retryable().build();

  static final CatalogSpec CATALOG = CatalogSpec.of(WireFormat.JSON, AUTHENTICATION_FAILED,
      INTERNAL_SERVER_ERROR, OBJECT_NOT_FOUND, INVALID_VALUE, INVALID_API_REQUEST, ROUTE_ERROR,
      ACCOUNT_NOT_FOUND, BATCH_ABORTED, TOO_MANY_REQUESTS);

  private Journey() {}

  private static ErrorSpec.Builder error(String type, int status, String title) {
    return ErrorSpec.builder(WireFormat.JSON, type, status, title).see(DOCS + type);
  }

  /** An exception of the catalog, as a generated one is made: thrown, or decoded. */
  static final class JourneyException extends ApiErrorException {
    private static final long serialVersionUID = 1L;

    JourneyException(ErrorSpec spec, Object... arguments) {
      super(spec, arguments.length == 0 ? null : arguments, null);
    }

    JourneyException(ErrorSpec spec, Throwable cause, Object... arguments) {
      super(spec, arguments.length == 0 ? null : arguments, cause);
    }

    JourneyException(Received received) {
      super(received.spec(), received);
    }

    Object at(int index) {
      return argument(index);
    }
  }

  static JourneyException decode(int status, byte[] body) {
    return new JourneyException(CATALOG.read(status, body, DecodeLimits.DEFAULT));
  }

  static JourneyException decode(int status, String body, DecodeLimits limits) {
    return new JourneyException(CATALOG.read(status, body, limits));
  }

  static JourneyException decode(int status, InputStream body, DecodeLimits limits) {
    return new JourneyException(CATALOG.read(status, body, limits));
  }
}

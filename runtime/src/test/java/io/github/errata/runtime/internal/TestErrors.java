package io.github.errata.runtime.internal;

import io.github.errata.runtime.ApiErrorException;

/** Exceptions of the seed's catalog for tests outside this package, made as generated code makes them. */
public final class TestErrors {
  private TestErrors() {}

  /** OBJECT_NOT_FOUND, 404, with its two arguments. */
  public static ApiErrorException objectNotFound(String objectType, String id) {
    return new Journey.JourneyException(Journey.OBJECT_NOT_FOUND, objectType, id);
  }

  /** INTERNAL_SERVER_ERROR, 500, with a cause. */
  public static ApiErrorException internalServerError(Throwable cause) {
    return new Journey.JourneyException(Journey.INTERNAL_SERVER_ERROR, cause);
  }

  /** TOO_MANY_REQUESTS, 429, retryable. */
  public static ApiErrorException tooManyRequests() {
    return new Journey.JourneyException(Journey.TOO_MANY_REQUESTS);
  }
}

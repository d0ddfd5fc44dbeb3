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

  /** OBJECT_NOT_FOUND of a catalog in English, German and (its title only) French. */
  public static ApiErrorException translatedNotFound(String objectType, int id) {
    return new Journey.JourneyException(Translated.NOT_FOUND, objectType, id);
  }

  /** GONE, of the same catalog, in English only. */
  public static ApiErrorException untranslatedGone(String id) {
    return new Journey.JourneyException(Translated.UNTRANSLATED, id);
  }

  /** OBJECT_NOT_FOUND of the translated catalog as a client decoded it. */
  public static ApiErrorException translatedDecoded(int status, String body) {
    return Translated.decode(status, body);
  }
}

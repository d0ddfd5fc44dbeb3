package io.github.errata.micronaut.app;

import io.github.errata.runtime.ApiErrorException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * An application's own handler for every catalog's errors, with no {@code @Replaces}: it must win
 * over the adapter's. Only in the context that asks for it.
 */
@Singleton
@Requires(property = OwnHandler.PROPERTY, value = "true")
public class OwnHandler implements ExceptionHandler<ApiErrorException, HttpResponse<?>> {
  /** The property that brings this handler in. */
  public static final String PROPERTY = "errata-test.own-handler";

  /** Made by Micronaut. */
  public OwnHandler() {
  }

  // Micronaut's interface takes a raw HttpRequest; an override must too.
  @SuppressWarnings("rawtypes")
  @Override
  public HttpResponse<?> handle(HttpRequest request, ApiErrorException error) {
    return HttpResponse.<String>status(HttpStatus.I_AM_A_TEAPOT)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("own handler: " + error.type());
  }
}

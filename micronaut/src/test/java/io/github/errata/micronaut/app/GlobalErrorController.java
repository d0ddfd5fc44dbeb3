package io.github.errata.micronaut.app;

import io.github.errata.runtime.ApiErrorException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

/**
 * An application's own global {@code @Error} method for catalog errors: it must win over the
 * adapter's handler for every controller. Only in the context that asks for it.
 */
@Controller("/global-error")
@Requires(property = GlobalErrorController.PROPERTY, value = "true")
public class GlobalErrorController {
  /** The property that brings this controller in. */
  public static final String PROPERTY = "errata-test.global-error";

  /**
   * The application's own answer.
   *
   * @param error what a controller threw
   * @return a 418 naming the type
   */
  @Error(global = true, exception = ApiErrorException.class)
  public HttpResponse<String> own(ApiErrorException error) {
    return HttpResponse.<String>status(HttpStatus.I_AM_A_TEAPOT)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("own global @Error: " + error.type());
  }
}

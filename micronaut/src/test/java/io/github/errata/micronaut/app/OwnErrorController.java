package io.github.errata.micronaut.app;

import io.github.errata.runtime.ApiErrorException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;

/** A controller with its own {@code @Error} method for catalog errors: it must win, here only. */
@Controller("/own-error")
public class OwnErrorController {

  /**
   * Throws the ferry catalog's error of that type.
   *
   * @param type the error's type
   * @return never
   */
  @Get("/{type}")
  public String error(String type) {
    throw Catalogs.FERRY.make(type);
  }

  /**
   * The controller's own answer.
   *
   * @param error what it threw
   * @return a 418 naming the type
   */
  @Error(exception = ApiErrorException.class)
  public HttpResponse<String> own(ApiErrorException error) {
    return HttpResponse.<String>status(HttpStatus.I_AM_A_TEAPOT)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("own @Error: " + error.type());
  }
}

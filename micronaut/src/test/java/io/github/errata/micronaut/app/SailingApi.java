package io.github.errata.micronaut.app;

import io.micronaut.http.annotation.Get;

/** An API interface that a client extends, as one shared with the server would be: no annotation. */
public interface SailingApi {

  /**
   * Asks for the ferry catalog's error of that type.
   *
   * @param type the error's type
   * @return never: every such call fails
   */
  @Get("/errors/ferry/{type}")
  String error(String type);
}

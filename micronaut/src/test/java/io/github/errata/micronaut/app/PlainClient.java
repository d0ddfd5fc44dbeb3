package io.github.errata.micronaut.app;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/** A client of the same application without the annotation: Micronaut's behaviour, untouched. */
@Client("/")
public interface PlainClient {

  /**
   * Asks for the ferry catalog's error of that type.
   *
   * @param type the error's type
   * @return null for a 404, as Micronaut's clients give
   */
  @Get("/errors/ferry/{type}")
  String error(String type);
}

package io.github.errata.micronaut.app;

import io.github.errata.micronaut.ErrataClient;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/** A client whose annotation names a class that is no decoder: a mistake the error must explain. */
@Client("/")
@ErrataClient(String.class)
public interface MisnamedClient {

  /**
   * Asks for the ferry catalog's error of that type.
   *
   * @param type the error's type
   * @return never
   */
  @Get("/errors/ferry/{type}")
  String error(String type);
}

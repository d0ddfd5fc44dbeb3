package io.github.errata.micronaut.app;

import io.github.errata.micronaut.ErrataClient;
import io.github.errata.micronaut.ferry.DockErrorDecoder;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/** A client of the RFC 9457 catalog's routes: a second catalog, a second decoder. */
@Client("/errors/dock")
@ErrataClient(DockErrorDecoder.class)
public interface DockClient {

  /**
   * Asks for the dock catalog's error of that type.
   *
   * @param type the error's type
   * @return never: every such call fails
   */
  @Get("/{type}")
  String error(String type);
}

package io.github.errata.micronaut.app;

import io.github.errata.micronaut.ErrataClient;
import io.github.errata.micronaut.ferry.FerryErrorDecoder;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/**
 * A client configured not to fail a call for an error status
 * ({@code micronaut.http.services.lenient.exception-on-error-status: false}, and String errors):
 * its error responses arrive as responses, and the annotation still types them.
 */
@Client(id = "lenient", errorType = String.class)
@ErrataClient(FerryErrorDecoder.class)
public interface LenientClient {

  /**
   * Asks for the ferry catalog's error of that type.
   *
   * @param type the error's type
   * @return never: every such call fails
   */
  @Get("/errors/ferry/{type}")
  HttpResponse<String> error(String type);

  /** The same client without the annotation: its error responses arrive as responses. */
  @Client(id = "lenient", errorType = String.class)
  interface Plain {

    /**
     * Asks for the ferry catalog's error of that type.
     *
     * @param type the error's type
     * @return the error response
     */
    @Get("/errors/ferry/{type}")
    HttpResponse<String> error(String type);
  }
}

package io.github.errata.examples.quarkus;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The application's own mapper for an exception that is not the catalog's: it keeps working beside
 * errata-jaxrs.
 */
@Provider
public class BadInputMapper implements ExceptionMapper<IllegalArgumentException> {

  /** Made by Quarkus. */
  public BadInputMapper() {
  }

  @Override
  public Response toResponse(IllegalArgumentException exception) {
    return Response.status(400).type(MediaType.TEXT_PLAIN).entity("bad input: " + exception.getMessage())
        .build();
  }
}

package io.github.errata.jaxrs;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The application's own mapper for an exception of no catalog, which must keep working. */
public class BadInputMapper implements ExceptionMapper<IllegalArgumentException> {

  /** Made by Jersey. */
  public BadInputMapper() {
  }

  @Override
  public Response toResponse(IllegalArgumentException exception) {
    return Response.status(400).type(MediaType.TEXT_PLAIN)
        .entity("bad input: " + exception.getMessage()).build();
  }
}

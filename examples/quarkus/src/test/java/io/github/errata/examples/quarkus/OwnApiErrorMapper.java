package io.github.errata.examples.quarkus;

import io.github.errata.runtime.ApiErrorException;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An application's own mapper for every catalog exception, as a team that answers them its own way
 * would write it: no priority, the default. Built in only where {@link #PROPERTY} is true, which
 * {@link OwnMapperTest}'s profile sets.
 */
@Provider
@IfBuildProperty(name = OwnApiErrorMapper.PROPERTY, stringValue = "true")
public class OwnApiErrorMapper implements ExceptionMapper<ApiErrorException> {

  /** The build property that builds this mapper in. */
  static final String PROPERTY = "errata-example.own-mapper";

  /** A status no catalog error has, so the test sees whose answer it got. */
  static final int STATUS = 418;

  /** Made by Quarkus. */
  public OwnApiErrorMapper() {
  }

  @Override
  public Response toResponse(ApiErrorException exception) {
    return Response.status(STATUS).type(MediaType.TEXT_PLAIN)
        .entity("own mapper: " + exception.type()).build();
  }
}

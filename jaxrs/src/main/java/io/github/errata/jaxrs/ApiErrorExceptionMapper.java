package io.github.errata.jaxrs;

import io.github.errata.runtime.ApiErrorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a catalog's exception with the catalog's response, whatever the request's
 * {@code Accept}: the catalog's body is what the API's clients expect, and a 406 would hide the
 * error.
 */
final class ApiErrorExceptionMapper implements ExceptionMapper<ApiErrorException> {
  private static final Logger LOG = Logger.getLogger(ErrataFeature.class.getPackageName());

  /** The request being answered, injected by the runtime as a proxy to the current one. */
  @Context
  private Request request;

  /** Its path, for the log. */
  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(ApiErrorException error) {
    log(error);
    // A byte[] entity is written by the byte array provider every runtime must have, for any
    // media type: no JSON provider is needed, and the bytes sent are exactly the catalog's.
    Response.ResponseBuilder response = Response.status(error.status())
        .type(error.mediaType())
        .entity(error.toJsonBytes());
    error.retryAfter().ifPresent(
        delay -> response.header(HttpHeaders.RETRY_AFTER, RetryAfter.format(delay)));
    return response.build();
  }

  /** A 5xx is the server's fault, to trace with its cause; a 4xx is the client's: FINE at most. */
  private void log(ApiErrorException error) {
    if (error.status() >= 500) {
      LOG.log(Level.SEVERE, error, () -> describe(error));
    } else if (LOG.isLoggable(Level.FINE)) {
      LOG.log(Level.FINE, describe(error));
    }
  }

  private String describe(ApiErrorException error) {
    // A runtime that does not inject a provider instance's fields still gets its error answered.
    String call = request != null && uri != null
        ? request.getMethod() + " /" + uri.getPath() + " answered "
        : "Answered ";
    return call + error.status() + " " + error.type() + ": " + error.detail();
  }
}

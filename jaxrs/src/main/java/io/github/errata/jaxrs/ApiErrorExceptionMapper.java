package io.github.errata.jaxrs;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.http.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a catalog's exception with the catalog's response, whatever the request's
 * {@code Accept}: the catalog's body is what the API's clients expect, and a 406 would hide the
 * error.
 *
 * <p>{@link ErrataFeature} registers it where the runtime reads {@code META-INF/services} (Jersey,
 * RESTEasy). Quarkus REST does not: it keeps the {@code @Provider} classes of the jars it indexes,
 * and this jar carries its Jandex index ({@code META-INF/jandex.idx}), so Quarkus finds the mapper
 * itself, with no code. Both ways it ranks below the application's own mapper for the same
 * exception type; a runtime that found it both ways has one mapper, twice, at the same rank.
 */
@Provider
@Priority(ErrataFeature.MAPPER_PRIORITY)
final class ApiErrorExceptionMapper implements ExceptionMapper<ApiErrorException> {
  private static final Logger LOG = Logger.getLogger(ErrataFeature.class.getPackageName());

  // Package-private, not private: a CDI container (Quarkus's Arc) injects them with generated code,
  // where a private field would need reflection.

  /** The request being answered, injected by the runtime as a proxy to the current one. */
  @Context
  Request request;

  /** Its path, for the log. */
  @Context
  UriInfo uri;

  /** The request's headers, for its {@code Accept-Language}. */
  @Context
  HttpHeaders headers;

  @Override
  public Response toResponse(ApiErrorException error) {
    ErrorResponse answer = ErrorResponse.of(error,
        headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    log(answer);
    // A byte[] entity is written by the byte array provider every runtime must have, for any
    // media type: no JSON provider is needed, and the bytes sent are exactly the catalog's.
    Response.ResponseBuilder response = Response.status(answer.status())
        .type(answer.contentType())
        .entity(answer.body());
    answer.headers().forEach(response::header);
    return response.build();
  }

  /** A 5xx is the server's fault, to trace with its cause; a 4xx is the client's: FINE at most. */
  private void log(ErrorResponse answer) {
    if (answer.logsAsError()) {
      LOG.log(Level.SEVERE, answer.error(), () -> answer.logMessage(call()));
    } else if (LOG.isLoggable(Level.FINE)) {
      LOG.log(Level.FINE, answer.logMessage(call()));
    }
  }

  /**
   * The request, where the runtime injected it: one that does not still gets its error answered.
   * Runtimes disagree on {@link UriInfo#getPath()}: Jersey gives the path without its leading slash,
   * Quarkus REST and RESTEasy with it; the line carries exactly one.
   */
  private String call() {
    if (request == null || uri == null) {
      return null;
    }
    String path = uri.getPath();
    if (path == null) {
      return request.getMethod();
    }
    return request.getMethod() + (path.startsWith("/") ? " " : " /") + path;
  }
}

package io.github.errata.jaxrs;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.DecodeLimits;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.runtime.http.RetryAfter;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Turns a Jakarta REST client's 4xx and 5xx responses into a catalog's typed exceptions.
 *
 * <p>Registered on a {@code Client} or {@code WebTarget} that calls one API, with that API's
 * decoder: {@code client.register(new ErrataClientFilter(JourneyErrorDecoder::decode))}. A call
 * that gets an error response then fails with a {@link ProcessingException} whose cause is the
 * decoded exception, with the response's {@code Retry-After} on it;
 * {@link #unwrap(ProcessingException)} returns it. Other responses pass untouched.
 *
 * <p>At most {@link DecodeLimits#DEFAULT}'s {@code maxBodyBytes} and one byte more of an error
 * body are read, so that a huge body costs no more than the decoder would read of it.
 */
public final class ErrataClientFilter implements ClientResponseFilter {

  /** One byte past the decoder's bound, so that it sees the body was cut off. */
  private static final int MAX_READ = DecodeLimits.DEFAULT.maxBodyBytes() + 1;

  /** How deep {@link #unwrap} looks, in case a runtime wraps the exception again. */
  private static final int MAX_CAUSES = 8;

  private final ErrorDecoder decoder;

  /**
   * A filter for the errors of one API.
   *
   * @param decoder the API's catalog's decoder, such as {@code JourneyErrorDecoder::decode}
   */
  public ErrataClientFilter(ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /**
   * Fails the call with the decoded exception for a 4xx or 5xx response; does nothing otherwise.
   *
   * @param request the request made
   * @param response the response received
   * @throws ProcessingException for a 4xx or 5xx response, with the decoded exception as its cause
   * @throws IOException where the error body cannot be read
   */
  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response)
      throws IOException {
    int status = response.getStatus();
    if (status < 400 || status > 599) {
      return;
    }
    Instant received = Instant.now();
    ApiErrorException error = decoder.decode(status, body(response));
    throw new ProcessingException(
        RetryAfter.copyOnto(error, response.getHeaderString(HttpHeaders.RETRY_AFTER), received));
  }

  /**
   * The decoded exception an error response failed a call with.
   *
   * @param failure what the call threw, or the cause of what an asynchronous call completed with
   * @return the decoded exception; empty where the call failed for another reason, such as a
   *     connection refused
   */
  public static Optional<ApiErrorException> unwrap(ProcessingException failure) {
    Throwable cause = failure.getCause();
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof ApiErrorException error) {
        return Optional.of(error);
      }
      cause = cause.getCause();
    }
    return Optional.empty();
  }

  /** The error body, read here and closed, since the call fails and no one else reads it. */
  private static byte[] body(ClientResponseContext response) throws IOException {
    if (!response.hasEntity()) {
      return null;
    }
    try (InputStream in = decompressed(response)) {
      return in.readNBytes(MAX_READ);
    }
  }

  /**
   * The entity stream as the server meant it. A response filter runs before the runtime's reader
   * interceptors, so a body a client asked to be gzipped (Jersey's {@code EncodingFilter}) is still
   * compressed here; the bound on what is read applies to the bytes after decompression.
   */
  private static InputStream decompressed(ClientResponseContext response) throws IOException {
    InputStream raw = response.getEntityStream();
    String encoding = response.getHeaderString(HttpHeaders.CONTENT_ENCODING);
    if ("gzip".equalsIgnoreCase(encoding) || "x-gzip".equalsIgnoreCase(encoding)) {
      return new GZIPInputStream(raw);
    }
    return raw;
  }
}

package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.DecodeLimits;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.runtime.http.RetryAfter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Turns every 4xx and 5xx response into the exception a catalog's decoder makes of it: the client
 * half of the Spring adapter, for a {@code RestClient}
 * ({@code RestClient.builder().defaultStatusHandler(handler)}), a {@code RestTemplate}
 * ({@code setErrorHandler(handler)}) and the {@code @HttpExchange} clients built on them.
 *
 * <p>One client, one catalog: install it on the clients that call the API whose catalog it
 * decodes, never globally, since an application also calls APIs that are not its own. A body
 * that is not the catalog's (a proxy's HTML page, say) gives the catalog's unknown exception, with
 * the status kept; a {@code Retry-After} header, in seconds or as an HTTP date, is set on the
 * exception as {@link ApiErrorException#retryAfter()}. A 2xx or 3xx response is left alone.
 *
 * <p>A {@code RestClient} applies it to {@code retrieve()}; {@code exchange()} hands every
 * response to the caller, as Spring documents.
 */
public final class ErrataErrorHandler implements ResponseErrorHandler {
  private final ErrorDecoder decoder;
  private final int maxBodyBytes;

  /**
   * A handler that reads at most {@link DecodeLimits#DEFAULT}'s bytes of a body, as the decoders'
   * default forms do.
   *
   * @param decoder the catalog's decoder, such as {@code JourneyErrorDecoder::decode}
   */
  public ErrataErrorHandler(ErrorDecoder decoder) {
    this(decoder, DecodeLimits.DEFAULT);
  }

  /**
   * A handler for a decoder given other limits, such as
   * {@code (status, body) -> JourneyErrorDecoder.decode(status, body, limits)}.
   *
   * @param decoder the catalog's decoder
   * @param limits the same limits: of a longer body, one byte more than
   *     {@link DecodeLimits#maxBodyBytes()} is read, so that the decoder sees it is too long
   */
  public ErrataErrorHandler(ErrorDecoder decoder, DecodeLimits limits) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.maxBodyBytes = limits.maxBodyBytes();
  }

  /**
   * Whether the response is a 4xx or 5xx.
   *
   * @param response the response
   * @return true for 400 to 599
   * @throws IOException if the status cannot be read
   */
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  /**
   * Throws the decoded exception.
   *
   * @param url the request's URL
   * @param method the request's method
   * @param response the error response
   * @throws ApiErrorException always: the catalog's typed exception, or its unknown exception
   * @throws IOException if the status cannot be read
   */
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    IOException broken = null;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream in = response.getBody()) {
      readAtMost(in, maxBodyBytes + 1L, body);
    } catch (IOException e) {
      // The status says it is an error: decode what arrived, and keep why the rest did not.
      broken = e;
    }
    ApiErrorException error = decoder.decode(status, body.toByteArray());
    if (broken != null) {
      error.addSuppressed(broken);
    }
    throw RetryAfter.copyOnto(error, response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
        Instant.now());
  }

  private static void readAtMost(InputStream in, long limit, ByteArrayOutputStream out)
      throws IOException {
    byte[] buffer = new byte[8192];
    long left = limit;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      out.write(buffer, 0, n);
      left -= n;
    }
  }
}

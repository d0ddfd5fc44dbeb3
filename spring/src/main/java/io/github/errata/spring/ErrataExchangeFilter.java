package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.DecodeLimits;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.runtime.http.RetryAfter;
import java.time.Instant;
import java.util.Objects;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Fails every 4xx and 5xx exchange of a {@code WebClient} with the exception a catalog's decoder
 * makes of the response: {@code WebClient.builder().filter(new ErrataExchangeFilter(decoder))}.
 *
 * <p>As {@link ErrataErrorHandler} does for the blocking clients: one client, one catalog; a body
 * that is not the catalog's gives its unknown exception; {@code Retry-After} is read onto the
 * exception; a 2xx or 3xx response passes through untouched.
 */
public final class ErrataExchangeFilter implements ExchangeFilterFunction {
  private final ErrorDecoder decoder;
  private final long maxBodyBytes;

  /**
   * A filter that reads at most {@link DecodeLimits#DEFAULT}'s bytes of a body.
   *
   * @param decoder the catalog's decoder, such as {@code JourneyErrorDecoder::decode}
   */
  public ErrataExchangeFilter(ErrorDecoder decoder) {
    this(decoder, DecodeLimits.DEFAULT);
  }

  /**
   * A filter for a decoder given other limits.
   *
   * @param decoder the catalog's decoder
   * @param limits the same limits: of a longer body, one byte more than
   *     {@link DecodeLimits#maxBodyBytes()} is read, so that the decoder sees it is too long
   */
  public ErrataExchangeFilter(ErrorDecoder decoder, DecodeLimits limits) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.maxBodyBytes = limits.maxBodyBytes() + 1L;
  }

  /**
   * Passes a 2xx or 3xx response on; fails a 4xx or 5xx with the decoded exception.
   *
   * @param request the request
   * @param next the rest of the chain
   * @return the response, or an error of the decoded exception
   */
  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).flatMap(response -> response.statusCode().isError()
        ? decode(response).flatMap(Mono::error)
        : Mono.just(response));
  }

  private Mono<ApiErrorException> decode(ClientResponse response) {
    int status = response.statusCode().value();
    // Past the cap the body is cut off and the rest cancelled, so a huge body costs no memory.
    return DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(
            response.body(BodyExtractors.toDataBuffers()), maxBodyBytes))
        .map(ErrataExchangeFilter::bytes)
        .defaultIfEmpty(new byte[0])
        .map(body -> RetryAfter.copyOnto(decoder.decode(status, body),
            response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER), Instant.now()));
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }
}

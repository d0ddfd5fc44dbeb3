package io.github.errata.spring.test;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.runtime.http.RetryAfter;
import java.time.Instant;

/**
 * What a test client received, as much as decoding needs: the status, the {@code Content-Type}, the
 * {@code Retry-After} header and the body's bytes.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header, or null
 * @param retryAfter the {@code Retry-After} header, or null
 * @param body the body, empty where there was none
 */
record ReceivedResponse(int status, String contentType, String retryAfter, byte[] body) {

  ReceivedResponse {
    body = body == null ? new byte[0] : body;
  }

  /** The decoder's exception, with the {@code Retry-After} header read onto it as a client would. */
  ApiErrorException decode(ErrorDecoder decoder) {
    return RetryAfter.copyOnto(decoder.decode(status, body), retryAfter, Instant.now());
  }

  /** Whether the status is a 4xx or 5xx. */
  boolean isError() {
    return status >= 400 && status <= 599;
  }
}

package io.github.errata.sample.demo;

import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.JourneyException;

/**
 * An answer the demo client received, and the exception it decoded from it.
 *
 * @param requestId the ID the request was tagged with
 * @param status the HTTP status
 * @param contentType the Content-Type header, or empty
 * @param body the body as received
 * @param decoded what {@link JourneyErrorDecoder} made of it, or null for a 2xx answer
 */
record ApiResponse(String requestId, int status, String contentType, byte[] body,
    JourneyException decoded) {
}

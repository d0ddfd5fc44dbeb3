package io.github.errata.runtime;

/**
 * Turns an error response into an exception: what a client adapter needs of a catalog. Every
 * generated decoder's {@code decode(int, byte[])} fits it, as in {@code JourneyErrorDecoder::decode}.
 */
@FunctionalInterface
public interface ErrorDecoder {

  /**
   * Decodes an error response. Never throws, whatever the body: a body that cannot be read gives
   * the catalog's unknown exception, with the status kept.
   *
   * @param httpStatus the response's HTTP status
   * @param body the response body, or null where there was none
   * @return the exception; never null
   */
  ApiErrorException decode(int httpStatus, byte[] body);
}

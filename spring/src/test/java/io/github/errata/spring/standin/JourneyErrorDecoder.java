package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.Received;
import java.util.Map;
import java.util.function.Function;

/**
 * Stand-in for the generated decoder: the sample's decoder, as the processor generates it today,
 * reads the body (typed arguments, reason and excerpt included), and its result is handed to the
 * stand-in class of the same error.
 */
public final class JourneyErrorDecoder {
  private static final Map<String, Function<Received, JourneyException>> KNOWN = Map.of(
      "AUTHENTICATION_FAILED", AuthenticationFailedException::new,
      "INTERNAL_SERVER_ERROR", InternalServerErrorException::new,
      "OBJECT_NOT_FOUND", ObjectNotFoundException::new,
      "INVALID_VALUE", InvalidValueException::new,
      "INVALID_API_REQUEST", InvalidApiRequestException::new,
      "ROUTE_ERROR", RouteErrorException::new,
      "ACCOUNT_NOT_FOUND", AccountNotFoundException::new,
      "BATCH_ABORTED", BatchAbortedException::new,
      "TOO_MANY_REQUESTS", TooManyRequestsException::new);

  private JourneyErrorDecoder() {}

  /**
   * Decodes an error response, as the generated {@code JourneyErrorDecoder.decode} will.
   *
   * @param httpStatus the response's status
   * @param body the body, or null
   * @return the typed exception, or the unknown one; never null
   */
  public static JourneyException decode(int httpStatus, byte[] body) {
    io.github.errata.sample.JourneyException read =
        io.github.errata.sample.JourneyErrorDecoder.decode(httpStatus, body);
    String reason = null;
    String excerpt = null;
    if (read instanceof io.github.errata.sample.UnknownJourneyException unknown) {
      reason = unknown.reason();
      excerpt = unknown.excerpt();
    }
    Object[] arguments = read.arguments().isEmpty() ? null : read.arguments().values().toArray();
    Received received = new Received(httpStatus, read.type(), read.title(), read.detail(),
        read.see(), null, read.extensions(), arguments, "application/json", reason, excerpt);
    Function<Received, JourneyException> known = read.error().isPresent() ? KNOWN.get(read.type()) : null;
    return known == null ? new UnknownJourneyException(received) : known.apply(received);
  }
}

package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.http.HttpHeaders;

/** The {@code Retry-After} header, written by the server adapter and read by the client adapters. */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * The header's value for a delay: whole seconds, rounded up so that a client never retries
   * early, and never negative.
   */
  static String format(Duration delay) {
    if (delay.isNegative()) {
      return "0";
    }
    long seconds = delay.getSeconds();
    return Long.toString(delay.getNano() > 0 && seconds < Long.MAX_VALUE ? seconds + 1 : seconds);
  }

  /**
   * Sets the delay that a response's {@code Retry-After} says on its decoded exception, where the
   * header is there and readable: delay-seconds, or an HTTP date (a date already past is no delay).
   *
   * @return the exception given
   */
  static ApiErrorException copyOnto(ApiErrorException error, HttpHeaders headers, Instant now) {
    String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
    if (value == null || value.isBlank()) {
      return error;
    }
    Duration delay = parse(value.strip(), headers, now);
    return delay == null ? error : error.withRetryAfter(delay);
  }

  private static Duration parse(String value, HttpHeaders headers, Instant now) {
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException tooLong) {
        return null;
      }
    }
    try {
      // Spring's reader takes the three date forms that RFC 9110 asks a recipient to accept.
      ZonedDateTime date = headers.getFirstZonedDateTime(HttpHeaders.RETRY_AFTER);
      Duration delay = Duration.between(now, date.toInstant());
      return delay.isNegative() ? Duration.ZERO : delay;
    } catch (IllegalArgumentException notADate) {
      return null;
    }
  }
}

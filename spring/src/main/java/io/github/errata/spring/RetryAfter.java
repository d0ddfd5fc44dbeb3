package io.github.errata.spring;

import io.github.errata.runtime.ApiErrorException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/** The {@code Retry-After} header, written by the server adapter and read by the client adapters. */
final class RetryAfter {
  /**
   * The three forms of an HTTP date that RFC 9110 asks a recipient to read: IMF-fixdate, the
   * obsolete RFC 850 form, and asctime's, whose day is padded with a space.
   */
  private static final List<DateTimeFormatter> HTTP_DATES = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

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
    Duration delay = parse(value.strip(), now);
    return delay == null ? error : error.withRetryAfter(delay);
  }

  private static Duration parse(String value, Instant now) {
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException tooLong) {
        return null;
      }
    }
    for (DateTimeFormatter form : HTTP_DATES) {
      try {
        Duration delay = Duration.between(now, Instant.from(form.parse(value)));
        return delay.isNegative() ? Duration.ZERO : delay;
      } catch (DateTimeException notThisForm) {
        // try the next
      }
    }
    return null;
  }
}

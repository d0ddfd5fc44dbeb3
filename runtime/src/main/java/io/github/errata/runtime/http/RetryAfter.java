package io.github.errata.runtime.http;

import io.github.errata.runtime.ApiErrorException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Retry-After} header (RFC 9110, section 10.2.3): written by every server adapter from
 * {@link ApiErrorException#retryAfter()}, and read back onto a decoded exception by every client
 * adapter.
 */
public final class RetryAfter {

  /** The header's name, as RFC 9110 spells it. */
  public static final String HEADER = "Retry-After";

  /**
   * The three forms of an HTTP date, which a recipient must all accept (RFC 9110, section 5.6.7):
   * the IMF-fixdate servers send, and the obsolete RFC 850 and asctime forms.
   */
  private static final List<DateTimeFormatter> HTTP_DATES = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      new DateTimeFormatterBuilder()
          .appendPattern("EEEE, dd-MMM-")
          // A two-digit year: 70 to 99 are 1970 to 1999, 00 to 69 are 2000 to 2069.
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US)
          .withZone(ZoneOffset.UTC),
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

  private RetryAfter() {
  }

  /**
   * The header's value for a delay: whole seconds, rounded up so that a client never retries early;
   * a negative delay is sent as 0.
   *
   * @param delay the delay
   * @return the value to send
   */
  public static String format(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      return "0";
    }
    long seconds = delay.getSeconds();
    return Long.toString(delay.getNano() > 0 && seconds < Long.MAX_VALUE ? seconds + 1 : seconds);
  }

  /**
   * The delay a header's value asks for: a number of seconds, or an HTTP date taken from
   * {@code now} (a date in the past is a delay of zero).
   *
   * @param value the header's value, or null where there was none
   * @param now the time the response was received
   * @return the delay; empty for no header, or one that is neither form
   */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException tooLong) {
        return Optional.empty();
      }
    }
    for (DateTimeFormatter form : HTTP_DATES) {
      try {
        Duration delay = Duration.between(now, form.parse(trimmed, Instant::from));
        return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
      } catch (DateTimeParseException otherForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /**
   * Sets the delay a response's {@code Retry-After} asks for on the exception decoded from it,
   * where the header is there and readable.
   *
   * @param error the decoded exception
   * @param value the header's value, or null where there was none
   * @param now the time the response was received
   * @param <E> the exception's type
   * @return {@code error}, with its delay set where the header gave one
   */
  public static <E extends ApiErrorException> E copyOnto(E error, String value, Instant now) {
    parse(value, now).ifPresent(error::withRetryAfter);
    return error;
  }
}

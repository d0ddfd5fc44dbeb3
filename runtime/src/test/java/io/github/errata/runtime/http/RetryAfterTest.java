package io.github.errata.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.internal.TestErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code Retry-After} header's two forms, written and read, at their edges. */
class RetryAfterTest {
  /** RFC 9110's example date, Sun, 06 Nov 1994 08:49:37 GMT, less 90 seconds. */
  private static final Instant BEFORE_EXAMPLE = Instant.parse("1994-11-06T08:48:07Z");

  @ParameterizedTest
  @CsvSource({"PT30S, 30", "PT0S, 0", "PT1.5S, 2", "PT0.001S, 1", "PT0.000000001S, 1", "PT-5S, 0",
      "PT2H, 7200"})
  void aDelayIsSentInWholeSecondsRoundedUp(Duration delay, String header) {
    assertEquals(header, RetryAfter.format(delay));
  }

  @Test
  void theLongestDelayDoesNotOverflow() {
    assertEquals(Long.toString(Long.MAX_VALUE),
        RetryAfter.format(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
  }

  @Test
  void secondsAreReadAsTheyAre() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", BEFORE_EXAMPLE));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(" 0 ", BEFORE_EXAMPLE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
      "Sun Nov  6 08:49:37 1994"})
  void eachFormOfAnHttpDateIsReadAsTheDelayUntilThen(String date) {
    assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse(date, BEFORE_EXAMPLE));
  }

  @Test
  void aTwoDigitYearBelow70IsThisCentury() {
    Instant before = Instant.parse("2026-12-01T22:00:00Z");
    assertEquals(Optional.of(Duration.ofMinutes(2)),
        RetryAfter.parse("Tuesday, 01-Dec-26 22:02:00 GMT", before));
  }

  @Test
  void aDateInThePastIsNoDelay() {
    assertEquals(Optional.of(Duration.ZERO),
        RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", Instant.parse("2026-01-01T00:00:00Z")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "soon", "-5", "1.5", "99999999999999999999999", "06 Nov 1994"})
  void anythingElseIsNoDelay(String value) {
    assertEquals(Optional.empty(), RetryAfter.parse(value, BEFORE_EXAMPLE));
  }

  @Test
  void noHeaderIsNoDelay() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, BEFORE_EXAMPLE));
  }

  @Test
  void aReadableHeaderSetsTheDelayOnTheDecodedException() {
    ApiErrorException error = TestErrors.tooManyRequests();
    assertSame(error, RetryAfter.copyOnto(error, "10", BEFORE_EXAMPLE));
    assertEquals(Optional.of(Duration.ofSeconds(10)), error.retryAfter());
  }

  @Test
  void anUnreadableHeaderLeavesTheExceptionAsItWas() {
    ApiErrorException error = RetryAfter.copyOnto(TestErrors.tooManyRequests(), "soon", BEFORE_EXAMPLE);
    assertEquals(Optional.empty(), error.retryAfter());
  }
}

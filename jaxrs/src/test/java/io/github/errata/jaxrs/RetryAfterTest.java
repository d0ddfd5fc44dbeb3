package io.github.errata.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code Retry-After} header's two forms, written and read. */
class RetryAfterTest {
  /** RFC 9110's example date, Sun, 06 Nov 1994 08:49:37 GMT, less 90 seconds. */
  private static final Instant BEFORE_EXAMPLE = Instant.parse("1994-11-06T08:48:07Z");

  @Test
  void aDelayIsSentInWholeSecondsRoundedUp() {
    assertEquals("30", RetryAfter.format(Duration.ofSeconds(30)));
    assertEquals("2", RetryAfter.format(Duration.ofMillis(1500)));
    assertEquals("1", RetryAfter.format(Duration.ofNanos(1)));
    assertEquals("0", RetryAfter.format(Duration.ZERO));
    assertEquals("0", RetryAfter.format(Duration.ofSeconds(-5)));
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
  void aDateInThePastIsNoDelay() {
    assertEquals(Optional.of(Duration.ZERO),
        RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", Instant.parse("2026-01-01T00:00:00Z")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "1.5", "99999999999999999999999", "06 Nov 1994"})
  void anythingElseIsNoDelay(String value) {
    assertEquals(Optional.empty(), RetryAfter.parse(value, BEFORE_EXAMPLE));
  }

  @Test
  void noHeaderIsNoDelay() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, BEFORE_EXAMPLE));
  }
}

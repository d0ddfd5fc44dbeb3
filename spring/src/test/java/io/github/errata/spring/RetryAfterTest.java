package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.sample.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

/** How {@code Retry-After} is written and read, at its edges. */
class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-12-01T22:00:00Z");

  @ParameterizedTest
  @CsvSource({"PT30S, 30", "PT0S, 0", "PT1.5S, 2", "PT0.001S, 1", "PT-5S, 0", "PT2H, 7200"})
  void aDelayIsSentAsWholeSecondsRoundedUp(Duration delay, String header) {
    assertThat(RetryAfter.format(delay)).isEqualTo(header);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "30 | PT30S",
      "' 0 ' | PT0S",
      "Tue, 01 Dec 2026 22:02:00 GMT | PT2M",
      "Tuesday, 01-Dec-26 22:02:00 GMT | PT2M",
      "Tue Dec  1 22:02:00 2026 | PT2M",
      "Tue, 01 Dec 2026 21:00:00 GMT | PT0S"})
  void secondsAndTheThreeHttpDateFormsAreRead(String header, Duration expected) {
    assertThat(read(header)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"-5", "1.5", "soon", "99999999999999999999", "''"})
  void anUnreadableValueSetsNoDelay(String header) {
    assertThat(read(header)).isEmpty();
  }

  private static Optional<Duration> read(String header) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, header);
    ApiErrorException error = new TooManyRequestsException();
    return RetryAfter.copyOnto(error, headers, NOW).retryAfter();
  }
}

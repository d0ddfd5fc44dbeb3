package io.github.errata.spring.test;

import static io.github.errata.spring.test.ErrataAssertions.assertThatError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.errata.sample.AccountNotFoundException;
import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.TooManyRequestsException;
import io.github.errata.sample.UnknownJourneyException;
import io.github.errata.sample.problem.OrderNotFoundException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The same assertions through each of Spring's test clients: {@link #exchange} makes the request
 * with one of them and asserts, in one statement, with {@link ErrataAssertions}.
 */
abstract class AssertionsContract {

  /** Sends {@code GET path} with the client under test and starts the assertion on its response. */
  abstract ErrorResponseAssert exchange(String path);

  @Test
  void aTypedErrorWithItsArgumentsInOneStatement() {
    exchange("/tasks/7").hasStatus(404).hasError(ObjectNotFoundException.class)
        .satisfies(e -> {
          assertThat(e.objectType()).isEqualTo("task");
          assertThat(e.id()).isEqualTo("7");
        });
  }

  @Test
  void extractingATypedArgument() {
    exchange("/tasks/42").hasError(ObjectNotFoundException.class)
        .extracting(ObjectNotFoundException::id).isEqualTo("42");
  }

  @Test
  void theCatalogsBaseAcceptsAnyOfItsErrors() {
    exchange("/tasks/7").hasError(JourneyException.class).isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void retryAfterIsReadOntoTheException() {
    exchange("/busy").hasStatus(429).hasError(TooManyRequestsException.class)
        .satisfies(e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30)));
  }

  @Test
  void anRfc9457ProblemDecodesTyped() {
    UUID id = UUID.fromString("0b7a1c9e-0000-4000-8000-000000000001");
    exchange("/orders/" + id).hasError(OrderNotFoundException.class)
        .satisfies(e -> assertThat(e.orderId()).isEqualTo(id));
  }

  @Test
  void anExplicitDecoder() {
    exchange("/tasks/7").decodedWith(JourneyErrorDecoder::decode).decoded()
        .isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void anotherErrorFailsWithWhatItDecodedAs() {
    assertThatThrownBy(() -> exchange("/tasks/7").hasError(AccountNotFoundException.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("decode as " + AccountNotFoundException.class.getName())
        .hasMessageContaining("decoded as " + ObjectNotFoundException.class.getName())
        .hasMessageContaining("No task found with ID: '7'");
  }

  @Test
  void anotherCatalogsBodyFailsAsItsUnknownError() {
    assertThatThrownBy(() -> exchange("/orders/0b7a1c9e-0000-4000-8000-000000000001")
        .hasError(ObjectNotFoundException.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("decoded as " + UnknownJourneyException.class.getName());
  }

  @Test
  void aSuccessFails() {
    assertThatThrownBy(() -> exchange("/health").hasError(ObjectNotFoundException.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting an error response (4xx or 5xx) but status was 200");
  }

  @Test
  void aWrongStatusFails() {
    assertThatThrownBy(() -> exchange("/tasks/7").hasStatus(410))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting status 410 but was 404");
  }
}

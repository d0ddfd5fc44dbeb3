package io.github.errata.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark's setup checks that its variants give the same body or the same exception, so
 * that a fast but wrong variant cannot win; here each runs for every parameter, and the
 * hand-written baselines are checked on text that needs escaping.
 */
class VariantsAgreeTest {

  private static final List<String> ERRORS = List.of(Fixtures.OBJECT_NOT_FOUND, Fixtures.TOO_MANY_REQUESTS);

  @Test
  void everySerializerWritesTheSameBody() throws Exception {
    for (String error : ERRORS) {
      SerializeBenchmark benchmark = new SerializeBenchmark();
      benchmark.error = error;
      benchmark.setUp();
    }
  }

  @Test
  void everyDecoderReadsBackTheErrorSent() throws Exception {
    for (String error : ERRORS) {
      DecodeBenchmark benchmark = new DecodeBenchmark();
      benchmark.error = error;
      benchmark.setUp();
    }
  }

  @Test
  void everyCreatorMakesTheSameErrorAtItsDepth() {
    for (String error : ERRORS) {
      for (int depth : new int[] {0, 64}) {
        CreateBenchmark benchmark = new CreateBenchmark();
        benchmark.error = error;
        benchmark.depth = depth;
        benchmark.setUp();
      }
    }
  }

  @Test
  void theHandWrittenBaselinesEscapeAndUnescapeAsErrataDoes() throws Exception {
    JourneyException exception = new ObjectNotFoundException("ta\"sk\\", "é\n\u2028\u0001");
    JsonFactory factory = new JsonFactory();
    byte[] body = Fixtures.body(exception);
    assertArrayEquals(body, HandWrittenJson.write(factory, exception));
    HandWrittenApiException read = HandWrittenJson.read(factory, 404, body);
    assertInstanceOf(HandWrittenApiException.ObjectNotFound.class, read);
    assertEquals(exception.detail(), read.detail());
    assertEquals(exception.see(), read.see());
  }

  @Test
  void aDisagreementFailsTheSetup() {
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> Fixtures.require(false, "a differs"));
    assertEquals("variants disagree: a differs", failure.getMessage());
  }
}

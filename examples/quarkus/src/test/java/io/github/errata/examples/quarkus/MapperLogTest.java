package io.github.errata.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * errata-jaxrs's mapper logs through Quarkus's log: its records reach the root logger's handlers,
 * where Quarkus's console handler is, a 5xx at SEVERE with the exception and its cause, a 4xx at
 * FINE only, so not at Quarkus's default INFO.
 */
@QuarkusTest
class MapperLogTest {
  private static final String CATEGORY = "io.github.errata.jaxrs";
  private static final UUID MISSING = UUID.fromString("0f8e2d4c-6b1a-4e3f-9a7d-5c2b1e0f9a8d");

  @TestHTTPResource("/")
  URI root;

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Logger rootLogger = Logger.getLogger("");
  private final Handler recorder = new Handler() {
    @Override
    public void publish(LogRecord logRecord) {
      if (CATEGORY.equals(logRecord.getLoggerName())) {
        records.add(logRecord);
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  @BeforeEach
  void record() {
    // Beside Quarkus's own handlers on the root logger: what reaches it is what Quarkus logs.
    rootLogger.addHandler(recorder);
  }

  @AfterEach
  void stop() {
    rootLogger.removeHandler(recorder);
  }

  @Test
  void quarkusLogsAServerErrorAtSevereWithItsCauseAndNoClientErrorAtItsDefaultLevel()
      throws Exception {
    Http http = new Http(root);
    assertEquals(404, http.send("GET", "parcels/" + MISSING, "application/json").statusCode());
    assertEquals(503, http.send("GET", "parcels/track/COURIER", "application/json").statusCode());

    assertEquals(1, records.size(), records::toString);
    LogRecord serverError = records.get(0);
    assertEquals(Level.SEVERE, serverError.getLevel());
    assertEquals("GET /parcels/track/COURIER answered 503 CARRIER_UNAVAILABLE: "
        + "The COURIER tracking service is not answering.", serverError.getMessage());
    CarrierUnavailableException thrown =
        assertInstanceOf(CarrierUnavailableException.class, serverError.getThrown());
    IOException cause = assertInstanceOf(IOException.class, thrown.getCause());
    assertEquals("connect timed out", cause.getMessage());
    assertTrue(thrown.getStackTrace().length > 0, "a 5xx keeps its stack trace");
  }

  @Test
  void withTheCategoryAtDebugAClientErrorIsLoggedAtFineWithoutItsException() throws Exception {
    Logger category = Logger.getLogger(CATEGORY);
    Level level = category.getLevel();
    category.setLevel(Level.FINE);
    try {
      assertEquals(422,
          new Http(root).send("POST", "parcels?grams=40000", "text/html").statusCode());
    } finally {
      category.setLevel(level);
    }

    assertEquals(1, records.size(), records::toString);
    LogRecord clientError = records.get(0);
    assertEquals(Level.FINE, clientError.getLevel());
    assertEquals("POST /parcels answered 422 PARCEL_TOO_HEAVY: " + new ParcelTooHeavyException(
        40_000, ParcelResource.MAX_GRAMS).detail(), clientError.getMessage());
    assertEquals(null, clientError.getThrown());
  }
}

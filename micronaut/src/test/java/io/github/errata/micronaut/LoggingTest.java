package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * What the handler logs: a 5xx at ERROR with the exception, its stack trace and cause kept; a
 * 4xx, the client's doing, at DEBUG, and nothing at all where DEBUG is off.
 */
@ExtendWith(SharedServer.class)
class LoggingTest {
  private static EmbeddedServer server;
  private final Logger log = (Logger) LoggerFactory.getLogger(ApiErrorExceptionHandler.class);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  @BeforeAll
  static void start(EmbeddedServer shared) {
    server = shared;
  }

  @BeforeEach
  void listen() {
    events.start();
    log.addAppender(events);
    // Read here, not printed: the test's output stays the tests' own.
    log.setAdditive(false);
  }

  @AfterEach
  void stopListening() {
    log.detachAppender(events);
    log.setAdditive(true);
    log.setLevel(null);
  }

  @Test
  void a5xxIsLoggedAtErrorWithItsCause() throws Exception {
    log.setLevel(Level.INFO);

    assertEquals(500, Wire.get(server, "/errors/ferry/BOOKING_FAILED").statusCode());

    List<ILoggingEvent> logged = List.copyOf(events.list);
    assertEquals(1, logged.size(), logged::toString);
    ILoggingEvent event = logged.get(0);
    assertEquals(Level.ERROR, event.getLevel());
    assertEquals("GET /errors/ferry/BOOKING_FAILED answered 500 BOOKING_FAILED: The booking system failed.",
        event.getFormattedMessage());
    Throwable logged500 = ((ThrowableProxy) event.getThrowableProxy()).getThrowable();
    assertEquals("BookingFailedException", logged500.getClass().getSimpleName());
    assertSame(UncheckedIOException.class, logged500.getCause().getClass());
  }

  @Test
  void a4xxIsLoggedAtDebugWithoutAStackTrace() throws Exception {
    log.setLevel(Level.DEBUG);

    assertEquals(404, Wire.get(server, "/errors/ferry/SAILING_NOT_FOUND").statusCode());

    List<ILoggingEvent> logged = List.copyOf(events.list);
    assertEquals(1, logged.size(), logged::toString);
    assertEquals(Level.DEBUG, logged.get(0).getLevel());
    assertEquals("GET /errors/ferry/SAILING_NOT_FOUND answered 404 SAILING_NOT_FOUND: "
        + "No sailing 1742 on route OBAN-CRAIGNURE.", logged.get(0).getFormattedMessage());
    assertEquals(null, logged.get(0).getThrowableProxy());
  }

  @Test
  void a4xxLogsNothingWhereDebugIsOff() throws Exception {
    log.setLevel(Level.INFO);

    assertEquals(409, Wire.get(server, "/errors/ferry/SAILING_FULL").statusCode());

    assertTrue(events.list.isEmpty(), events.list::toString);
  }
}

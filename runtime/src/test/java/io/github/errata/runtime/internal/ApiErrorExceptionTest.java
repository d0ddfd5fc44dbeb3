package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.runtime.internal.Journey.JourneyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exception base, as generated exceptions use it: thrown by a server, or decoded. */
class ApiErrorExceptionTest {

  @Test
  void aThrownExceptionCarriesTheCatalogsMembersAndItsArguments() {
    JourneyException thrown = new JourneyException(Journey.OBJECT_NOT_FOUND, "task", "42");
    assertEquals("OBJECT_NOT_FOUND", thrown.type());
    assertEquals(404, thrown.status());
    assertEquals("Object not found.", thrown.title());
    assertEquals("No task found with ID: '42'", thrown.detail());
    assertEquals(thrown.detail(), thrown.getMessage());
    assertEquals(Journey.DOCS + "OBJECT_NOT_FOUND", thrown.see());
    assertEquals(Map.of("objectType", "task", "id", "42"), thrown.arguments());
    assertEquals(List.of("objectType", "id"), List.copyOf(thrown.arguments().keySet()));
    assertEquals("42", thrown.at(1));
    assertEquals(Map.of(), thrown.extensions());
    assertEquals("application/json", thrown.mediaType());
    assertFalse(thrown.isRetryable());
    assertEquals(0, thrown.getStackTrace().length);
    assertEquals(CatalogSpecTest.NOT_FOUND, new String(thrown.toJsonBytes(), UTF_8));
  }

  @Test
  void a5xxKeepsItsStackTraceAndItsCauseWhichIsNeverSent() {
    IOException cause = new IOException("disk on fire");
    JourneyException thrown = new JourneyException(Journey.INTERNAL_SERVER_ERROR, cause);
    assertSame(cause, thrown.getCause());
    assertTrue(thrown.getStackTrace().length > 0);
    assertTrue(thrown.isRetryable());
    assertFalse(new String(thrown.toJsonBytes(), UTF_8).contains("fire"));
  }

  @Test
  void writeJsonWritesTheBodyAndAParameterlessOneWithoutACopy() throws IOException {
    JourneyException thrown = new JourneyException(Journey.TOO_MANY_REQUESTS);
    byte[][] written = new byte[1][];
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        throw new AssertionError("one byte at a time");
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        written[0] = bytes;
      }
    };
    thrown.writeJson(out);
    byte[] first = written[0];
    new JourneyException(Journey.TOO_MANY_REQUESTS).writeJson(out);
    assertSame(first, written[0]);
    assertArrayEquals(thrown.toJsonBytes(), first);
    byte[] copy = thrown.toJsonBytes();
    copy[0] = 'x';
    assertEquals('{', thrown.toJsonBytes()[0]);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new JourneyException(Journey.OBJECT_NOT_FOUND, "a", "b").writeJson(bytes);
    assertEquals("No a found with ID: 'b'", Journey.decode(404, bytes.toByteArray()).detail());
  }

  @Test
  void aDecodedExceptionIsTheThrownOneBackAndWritesTheSameBody() {
    JourneyException thrown = new JourneyException(Journey.INVALID_VALUE, "x\"\u00e9", "f");
    JourneyException decoded = Journey.decode(422, thrown.toJsonBytes());
    assertEquals(thrown.type(), decoded.type());
    assertEquals(thrown.title(), decoded.title());
    assertEquals(thrown.detail(), decoded.detail());
    assertEquals(thrown.see(), decoded.see());
    assertEquals(thrown.arguments(), decoded.arguments());
    assertEquals("x\"\u00e9", decoded.at(0));
    assertArrayEquals(thrown.toJsonBytes(), decoded.toJsonBytes());
    assertEquals(0, decoded.getSuppressed().length);
    assertEquals(0, decoded.getStackTrace().length);
  }

  @Test
  void aTypedBodyThatBrokeOffSaysWhyInOneSuppressedException() {
    JourneyException decoded = Journey.decode(404, "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\","
        .getBytes(UTF_8));
    assertEquals("Gone.", decoded.title());
    assertEquals("Gone.", decoded.detail());
    assertEquals(1, decoded.getSuppressed().length);
    IOException why = assertInstanceOf(IOException.class, decoded.getSuppressed()[0]);
    assertEquals("the body is not a readable JSON object: it ends before the object's end at byte 43; "
        + "the body starts: {\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\",", why.getMessage());
    assertEquals(0, why.getStackTrace().length);
    assertEquals(Map.of("objectType", "task", "id", "42").keySet(), decoded.arguments().keySet());
    assertTrue(decoded.arguments().values().stream().allMatch(v -> v == null));
    assertNull(decoded.at(0));
  }

  @Test
  void anUnknownBodyKeepsWhatWasReadAndItsMessageSaysWhatThereWas() {
    JourneyException html = Journey.decode(502, "<html>".getBytes(UTF_8));
    assertNull(html.type());
    assertNull(html.detail());
    assertEquals("HTTP 502, the body is not a readable JSON object: expected a JSON object, found '<' "
        + "at byte 0: <html>", html.getMessage());
    assertTrue(html.isRetryable());
    assertTrue(html.getStackTrace().length > 0);
    assertEquals(0, html.getSuppressed().length);
    assertEquals(Map.of(), html.arguments());
    assertEquals("{}", new String(html.toJsonBytes(), UTF_8));

    JourneyException conflict = Journey.decode(409, ("{\"type\":\"CONFLICT\",\"a\":[1,{\"b\":null}]}")
        .getBytes(UTF_8));
    assertEquals("HTTP 409, type CONFLICT", conflict.getMessage());
    assertFalse(conflict.isRetryable());
    assertEquals(0, conflict.getStackTrace().length);
    assertEquals("{\"type\":\"CONFLICT\",\"a\":[1,{\"b\":null}]}", new String(conflict.toJsonBytes(), UTF_8));
    assertEquals("application/json", conflict.mediaType());
    for (int status : new int[] {429, 503, 504}) {
      assertTrue(Journey.decode(status, new byte[0]).isRetryable());
    }
  }

  @Test
  void aDeserializedExceptionKeepsItsMembersArgumentsAndBody() throws Exception {
    for (JourneyException original : List.of(new JourneyException(Journey.OBJECT_NOT_FOUND, "t", "1"),
        Journey.decode(429, "{\"type\":\"TOO_MANY_REQUESTS\",\"x\":1}".getBytes(UTF_8)),
        Journey.decode(502, "<html>".getBytes(UTF_8)))) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(original);
      }
      JourneyException copy;
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        copy = (JourneyException) in.readObject();
      }
      assertEquals(original.type(), copy.type());
      assertEquals(original.status(), copy.status());
      assertEquals(original.getMessage(), copy.getMessage());
      assertEquals(original.arguments(), copy.arguments());
      assertEquals(original.isRetryable(), copy.isRetryable());
      assertEquals(original.mediaType(), copy.mediaType());
      // Extensions are transient: any JSON value, not all serializable.
      assertEquals(Map.of(), copy.extensions());
      if (original.extensions().isEmpty()) {
        assertArrayEquals(original.toJsonBytes(), copy.toJsonBytes());
      }
    }
  }

  @Test
  void aThrownDetailIsMadeWhenFirstReadAndOnlyOnce() {
    Counted kind = new Counted("task");
    JourneyException thrown = new JourneyException(Journey.OBJECT_NOT_FOUND, kind, "42");
    assertEquals(0, kind.formatted, "made at construction");
    assertEquals(404, thrown.status());
    assertEquals("No task found with ID: '42'", thrown.getMessage());
    int once = kind.formatted;
    assertTrue(once > 0);
    assertSame(thrown.getMessage(), thrown.detail());
    assertTrue(thrown.toString().endsWith(": No task found with ID: '42'"), thrown.toString());
    assertEquals(once, kind.formatted, "made again");
  }

  @Test
  void aThrownExceptionSerializedBeforeItsDetailWasReadKeepsIt() throws Exception {
    JourneyException original = new JourneyException(Journey.OBJECT_NOT_FOUND, "t\u00e9", "1");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    JourneyException copy;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (JourneyException) in.readObject();
    }
    assertEquals("No t\u00e9 found with ID: '1'", copy.getMessage());
    assertEquals("No t\u00e9 found with ID: '1'", copy.detail());
    assertArrayEquals(original.toJsonBytes(), copy.toJsonBytes());
  }

  @Test
  void threadsReadingTheDetailAtOnceAllSeeIt() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 200; round++) {
        JourneyException thrown = new JourneyException(Journey.INVALID_VALUE, "o" + round, "f");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> reads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return thrown.getMessage();
          }));
        }
        start.countDown();
        for (java.util.concurrent.Future<String> read : reads) {
          assertEquals("Invalid option \"o" + round + "\" for field 'f'.", read.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A String argument's stand-in that counts how often it is written as text. */
  private static final class Counted {
    private final String text;
    int formatted;

    Counted(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      formatted++;
      return text;
    }
  }

  @Test
  void retryAfterAndInstanceAreKept() {
    JourneyException thrown = new JourneyException(Journey.TOO_MANY_REQUESTS);
    assertEquals(Optional.empty(), thrown.retryAfter());
    assertSame(thrown, thrown.withRetryAfter(Duration.ofSeconds(30)));
    assertEquals(Optional.of(Duration.ofSeconds(30)), thrown.retryAfter());
    assertSame(thrown, thrown.withInstance("/x"));
    assertEquals("/x", thrown.instance());
    // The seed's format has no instance member: it is not sent.
    assertFalse(new String(thrown.toJsonBytes(), UTF_8).contains("/x"));
  }

  @Test
  void aJacksonSerializerThroughTheVisitorWritesExactlyToJsonBytes() {
    for (JourneyException e : List.of(new JourneyException(Journey.OBJECT_NOT_FOUND, "\uD800", "\u00e9"),
        Journey.decode(429, ("{\"type\":\"TOO_MANY_REQUESTS\",\"x\":[1,2.5,\"\u2028\"],\"y\":{}}")
            .getBytes(UTF_8)), Journey.decode(400, "x".getBytes(UTF_8)))) {
      assertArrayEquals(e.toJsonBytes(), JacksonVisitor.write(v -> Wire.JSON.write(e, v)));
    }
  }
}

package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.runtime.DecodeLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder turns whatever comes back into an exception, keeps what it can, and never throws. */
class DecoderTest {

  private static final String NOT_FOUND =
      "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Object not found.\","
          + "\"detail\":\"No task found with ID: '42'\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND\"}";

  @Test
  void anHtmlPageFromAProxyIsUnknownWithItsStatusReasonAndExcerpt() {
    UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(502, "<html><body><h1>502 Bad Gateway</h1></body></html>\r\n"));
    assertEquals(502, unknown.status());
    assertNull(unknown.type());
    assertTrue(unknown.error().isEmpty());
    assertTrue(unknown.reason().startsWith("the body is not a readable JSON object"), unknown.reason());
    assertEquals("<html><body><h1>502 Bad Gateway</h1></body></html>\\u000d\\u000a", unknown.excerpt());
    assertTrue(unknown.isRetryable());
    assertTrue(unknown.getMessage().contains("HTTP 502"), unknown.getMessage());
  }

  @Test
  void anEmptyBodyIsUnknown() {
    for (JourneyException decoded : List.of(
        JourneyErrorDecoder.decode(500, new byte[0]),
        JourneyErrorDecoder.decode(500, (byte[]) null),
        JourneyErrorDecoder.decode(500, ""),
        JourneyErrorDecoder.decode(500, (InputStream) null),
        JourneyErrorDecoder.decode(500, new ByteArrayInputStream(new byte[0])))) {
      UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class, decoded);
      assertEquals(500, unknown.status());
      assertEquals("the body is empty", unknown.reason());
    }
  }

  @Test
  void anUnknownTypeKeepsEveryMember() {
    UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(409, "{\"type\":\"CONFLICT\",\"title\":\"Conflict.\","
            + "\"detail\":\"Version 3 is stale.\",\"see\":\"https://example.com/c\",\"version\":3}"));
    assertEquals("CONFLICT", unknown.type());
    assertEquals("Conflict.", unknown.title());
    assertEquals("Version 3 is stale.", unknown.getMessage());
    assertEquals("https://example.com/c", unknown.see());
    assertEquals(Map.of("version", 3), unknown.extensions());
    assertNull(unknown.reason());
    assertNull(unknown.excerpt());
    assertFalse(unknown.isRetryable());
  }

  @Test
  void aBodyCutShortAfterAKnownTypeIsStillTyped() {
    byte[] body = NOT_FOUND.getBytes(StandardCharsets.UTF_8);
    for (int cut = 1; cut < body.length; cut++) {
      JourneyException decoded = JourneyErrorDecoder.decode(404, Arrays.copyOf(body, cut));
      assertEquals(404, decoded.status());
      if (NOT_FOUND.indexOf("\"title\"") < cut) {
        // The type was read whole before the body broke off.
        assertInstanceOf(ObjectNotFoundException.class, decoded, "cut at " + cut);
        assertEquals("Object not found.", decoded.title());
      } else if (cut < NOT_FOUND.indexOf("OBJECT_NOT_FOUND")) {
        UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class, decoded);
        assertNotNull(unknown.reason());
        assertNotNull(unknown.excerpt());
      }
    }
  }

  @Test
  void membersOfTheWrongTypeCountAsAbsent() {
    ObjectNotFoundException decoded = assertInstanceOf(ObjectNotFoundException.class,
        JourneyErrorDecoder.decode(404, "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":[1,2],"
            + "\"detail\":{\"a\":1},\"see\":false}"));
    assertEquals("Object not found.", decoded.title());
    assertEquals("Object not found.", decoded.detail());
    assertEquals(JourneyErrorLinks.OBJECT_NOT_FOUND, decoded.see());
    assertTrue(decoded.extensions().isEmpty());
  }

  @Test
  void extensionsOfEveryJsonKindBecomePlainJavaValues() {
    JourneyException decoded = JourneyErrorDecoder.decode(429, "{\"type\":\"TOO_MANY_REQUESTS\","
        + "\"retryAfter\":30,\"big\":123456789012345678901234567890,\"ratio\":0.5,\"ok\":true,"
        + "\"none\":null,\"tags\":[\"a\",1],\"limits\":{\"minute\":60}}");
    assertInstanceOf(TooManyRequestsException.class, decoded);
    Map<String, Object> extensions = decoded.extensions();
    assertEquals(List.of("retryAfter", "big", "ratio", "ok", "none", "tags", "limits"),
        List.copyOf(extensions.keySet()));
    assertEquals(30, extensions.get("retryAfter"));
    assertEquals(new BigInteger("123456789012345678901234567890"), extensions.get("big"));
    assertEquals(0.5, extensions.get("ratio"));
    assertEquals(true, extensions.get("ok"));
    assertTrue(extensions.containsKey("none"));
    assertNull(extensions.get("none"));
    assertEquals(List.of("a", 1), extensions.get("tags"));
    assertEquals(Map.of("minute", 60), extensions.get("limits"));
    assertEquals(extensions, decoded.toBody().extensions());
  }

  @Test
  void notAnObjectIsUnknown() {
    for (String body : List.of("null", "[1,2]", "42", "\"OBJECT_NOT_FOUND\"", "  ", "\uFEFF")) {
      UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class,
          JourneyErrorDecoder.decode(400, body), body);
      assertNotNull(unknown.reason(), body);
    }
  }

  @Test
  void aStreamThatFailsAtOnceIsNotCalledEmpty() {
    InputStream reset = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(503, reset));
    assertTrue(unknown.reason().contains("connection reset"), unknown.reason());
  }

  @Test
  void aDuplicateMemberOfTheWrongTypeDoesNotEraseTheFirst() {
    ObjectNotFoundException decoded = assertInstanceOf(ObjectNotFoundException.class,
        JourneyErrorDecoder.decode(404, "{\"type\":\"OBJECT_NOT_FOUND\",\"type\":5,"
            + "\"detail\":\"No task found with ID: '1'\",\"detail\":null}"));
    assertEquals("No task found with ID: '1'", decoded.detail());
  }

  @Test
  void aByteOrderMarkIsSkippedInEveryForm() {
    String body = "\uFEFF" + NOT_FOUND;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (JourneyException decoded : List.of(
        JourneyErrorDecoder.decode(404, body),
        JourneyErrorDecoder.decode(404, bytes),
        JourneyErrorDecoder.decode(404, new ByteArrayInputStream(bytes)))) {
      ObjectNotFoundException notFound = assertInstanceOf(ObjectNotFoundException.class, decoded);
      assertEquals("42", notFound.id());
    }
  }

  @Test
  void trailingContentIsNoticed() {
    UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(400, "{\"type\":\"NOPE\"} trailing"));
    assertEquals("NOPE", unknown.type());
    assertNotNull(unknown.reason());
    assertEquals("{\"type\":\"NOPE\"} trailing", unknown.excerpt());
    // With a known type, the typed exception wins.
    assertInstanceOf(ObjectNotFoundException.class, JourneyErrorDecoder.decode(404, NOT_FOUND + "}"));
  }

  @Test
  void deepNestingIsRefusedNotFollowed() {
    String deep = "{\"type\":\"X\",\"a\":" + "[".repeat(100_000);
    UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(500, deep));
    assertEquals("X", unknown.type());
    assertNotNull(unknown.reason());
  }

  @Test
  void aBodyLongerThanTheLimitIsNotReadPastIt() {
    byte[] huge = new byte[DecodeLimits.DEFAULT.maxBodyBytes() * 4];
    Arrays.fill(huge, (byte) ' ');
    byte[] start = "{\"type\":\"OBJECT_NOT_FOUND\",\"detail\":\"".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, huge, 0, start.length);
    CountingStream stream = new CountingStream(huge);

    JourneyException decoded = JourneyErrorDecoder.decode(404, stream);
    assertInstanceOf(ObjectNotFoundException.class, decoded);
    assertTrue(stream.read <= DecodeLimits.DEFAULT.maxBodyBytes() + 1, "read " + stream.read);

    byte[] blank = new byte[DecodeLimits.DEFAULT.maxBodyBytes() * 2];
    Arrays.fill(blank, (byte) ' ');
    CountingStream blankStream = new CountingStream(blank);
    UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(500, blankStream));
    assertTrue(blankStream.read <= DecodeLimits.DEFAULT.maxBodyBytes() + 1, "read " + blankStream.read);
    assertTrue(unknown.reason().contains("longer than"), unknown.reason());
  }

  @Test
  void aStreamThatFailsMidwayKeepsWhatWasRead() {
    InputStream failing = new InputStream() {
      private final byte[] start = "{\"type\":\"ACCOUNT_NOT_FOUND\",\"ti".getBytes(StandardCharsets.UTF_8);
      private int next;

      @Override
      public int read() throws IOException {
        if (next < start.length) {
          return start[next++];
        }
        throw new IOException("connection reset");
      }
    };
    JourneyException decoded = JourneyErrorDecoder.decode(404, failing);
    assertInstanceOf(AccountNotFoundException.class, decoded);
    assertEquals(404, decoded.status());
  }

  /** A stream over bytes that counts how many were read. */
  private static final class CountingStream extends InputStream {
    private final byte[] bytes;
    int read;

    CountingStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return read < bytes.length ? bytes[read++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (read >= bytes.length) {
        return -1;
      }
      int n = Math.min(length, bytes.length - read);
      System.arraycopy(bytes, read, buffer, offset, n);
      read += n;
      return n;
    }
  }
}

package io.github.errata.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.DecodeLimits;
import io.github.errata.sample.LowMemoryDecoding.Body;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reading a body costs no more than its limits allow: a cap on bytes, on nesting and on the
 * length of a string, each with a documented default and each configurable.
 */
class DecoderLimitsTest {

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertEquals(new DecodeLimits(1 << 20, 64, 65_536), DecodeLimits.DEFAULT);
    UnknownJourneyException unreadable = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(400, "x".repeat(500)));
    assertEquals("x".repeat(BadBodiesTest.EXCERPT_CHARS) + "...", unreadable.excerpt());
  }

  @Test
  void aLimitOutOfItsRangeIsRefusedWhenMade() {
    assertEquals("maxBodyBytes must be at least 1, not 0",
        assertThrows(IllegalArgumentException.class, () -> new DecodeLimits(0, 64, 1)).getMessage());
    assertEquals("maxDepth must be from 1 to 1000, not 0",
        assertThrows(IllegalArgumentException.class, () -> new DecodeLimits(1, 0, 1)).getMessage());
    assertEquals("maxDepth must be from 1 to 1000, not 1001",
        assertThrows(IllegalArgumentException.class, () -> new DecodeLimits(1, 1001, 1)).getMessage());
    assertEquals("maxStringLength must be at least 1, not -1",
        assertThrows(IllegalArgumentException.class, () -> new DecodeLimits(1, 1, -1)).getMessage());
    assertEquals(1000, new DecodeLimits(1, 1000, Integer.MAX_VALUE).maxDepth());
  }

  @Test
  void nullLimitsAreTheDefaults() {
    String body = "{\"type\":\"OBJECT_NOT_FOUND\",\"a\":" + "[".repeat(64) + "]".repeat(64) + "}";
    for (JourneyException decoded : List.of(
        JourneyErrorDecoder.decode(404, body, null),
        JourneyErrorDecoder.decode(404, body.getBytes(UTF_8), null),
        JourneyErrorDecoder.decode(404, new ByteArrayInputStream(body.getBytes(UTF_8)), null))) {
      assertInstanceOf(ObjectNotFoundException.class, decoded);
      assertTrue(decoded.getSuppressed()[0].getMessage().contains("nesting depth (65)"));
    }
  }

  /** Each bound holds at its value and refuses one more, in every form; what came before stays. */
  @Test
  void eachCapAllowsItsValueAndRefusesOneMore() {
    String head = "{\"type\":\"BATCH_ABORTED\",\"title\":\"T.\",";
    String fits = head + "\"detail\":\"1234567890123456\"}";
    assertRead(fits, new DecodeLimits(fits.length(), 3, 16));
    assertRefused(fits, new DecodeLimits(fits.length() - 1, 3, 16),
        "the body is longer than " + (fits.length() - 1) + " bytes");

    DecodeLimits small = new DecodeLimits(1000, 3, 16);
    assertRead(fits, small);
    assertRefused(head + "\"detail\":\"12345678901234567\"}", small,
        "String value length (17) exceeds the maximum allowed (16");
    assertRead(head + "\"a\":[[1]]}", small);
    assertRefused(head + "\"a\":[[[1]]]}", small, "Document nesting depth (4) exceeds the maximum allowed (3");
  }

  /** Extension values are read one stack frame a level: the deepest allowed nesting must fit. */
  @Test
  void theDeepestAllowedNestingIsReadWhole() {
    DecodeLimits deepest = new DecodeLimits(1 << 20, 1000, 65_536);
    String body = "{\"type\":\"TOO_MANY_REQUESTS\",\"a\":" + "[".repeat(999) + "]".repeat(999) + "}";
    JourneyException decoded = JourneyErrorDecoder.decode(429, body, deepest);
    assertEquals(0, decoded.getSuppressed().length);
    Object value = decoded.extensions().get("a");
    int depth = 1;
    while (value instanceof List<?> list && !list.isEmpty()) {
      value = list.get(0);
      depth++;
    }
    assertEquals(999, depth);
  }

  @Test
  void theDefaultStringCapIs65536Chars() {
    String head = "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"T.\",\"detail\":\"";
    assertRead(head + "x".repeat(65_536) + "\"}", DecodeLimits.DEFAULT);
    assertRefused(head + "x".repeat(65_537) + "\"}", DecodeLimits.DEFAULT,
        "String value length (65537) exceeds the maximum allowed (65536");
  }

  /** A cap of Integer.MAX_VALUE is a cap like any other: the text form does not overflow on it. */
  @Test
  void theLargestByteCapIsUsable() {
    DecodeLimits uncapped = new DecodeLimits(Integer.MAX_VALUE, 64, 65_536);
    assertInstanceOf(TooManyRequestsException.class,
        JourneyErrorDecoder.decode(429, "{\"type\":\"TOO_MANY_REQUESTS\"}", uncapped));
  }

  /** Without the cap, a 60 MB detail would be read whole; with it, a little past the cap. */
  @Test
  void aBodyOverTheCapIsRefusedWithoutBeingReadWhole() {
    Body body = new Body("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\",", ' ', LowMemoryDecoding.SIXTY_MB, "}");
    JourneyException refused = JourneyErrorDecoder.decode(404, body);
    assertInstanceOf(ObjectNotFoundException.class, refused);
    assertEquals("Gone.", refused.title());
    assertEquals(DecodeLimits.DEFAULT.maxBodyBytes() + 1L, body.read);
    assertTrue(refused.getSuppressed()[0].getMessage().startsWith("the body is longer than 1048576 bytes; "
        + "the body starts: {\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\",      "));
  }

  /**
   * In a JVM of 64 MB of heap, 60 MB bodies decode, each as its limits say; see LowMemoryDecoding.
   * Its classpath has the catalog, the runtime and the annotations: no JSON library at all.
   */
  @Test
  void sixtyMegabyteBodiesDecodeInSixtyFourMegabytesOfHeap() throws Exception {
    String classPath = String.join(File.pathSeparator,
        location(LowMemoryDecoding.class), location(JourneyErrorDecoder.class),
        location(ApiErrorException.class), location(WireFormat.class));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m", "-cp", classPath, LowMemoryDecoding.class.getName())
        .redirectErrorStream(true)
        .start();
    child.getOutputStream().close();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8);
    assertTrue(child.waitFor(2, TimeUnit.MINUTES), "still running: " + output);
    assertEquals(0, child.exitValue(), output);
    assertEquals(4, output.lines().filter(line -> line.startsWith("ok ")).count(), output);
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** Every form reads the body whole: typed, nothing suppressed. */
  private static void assertRead(String body, DecodeLimits limits) {
    for (JourneyException decoded : everyForm(body, limits)) {
      assertTrue(decoded.error().isPresent(), body);
      assertEquals(List.of(), Arrays.asList(decoded.getSuppressed()), body);
    }
  }

  /** Every form stops at the bound: typed from what came before it, and says which bound. */
  private static void assertRefused(String body, DecodeLimits limits, String why) {
    for (JourneyException decoded : everyForm(body, limits)) {
      assertTrue(decoded.error().isPresent(), body);
      assertEquals("T.", decoded.title(), body);
      assertEquals(1, decoded.getSuppressed().length, body);
      String message = decoded.getSuppressed()[0].getMessage();
      assertTrue(message.contains(why), message);
    }
  }

  private static List<JourneyException> everyForm(String body, DecodeLimits limits) {
    byte[] bytes = body.getBytes(UTF_8);
    List<Function<Integer, JourneyException>> forms = List.of(
        status -> JourneyErrorDecoder.decode(status, body, limits),
        status -> JourneyErrorDecoder.decode(status, bytes, limits),
        status -> JourneyErrorDecoder.decode(status, new ByteArrayInputStream(bytes), limits));
    return forms.stream().map(form -> form.apply(424)).toList();
  }

  @Test
  void aStreamIsLeftOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream stream = new ByteArrayInputStream("<html>".getBytes(UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JourneyErrorDecoder.decode(502, stream);
    assertEquals(false, closed[0]);
    stream.close();
  }
}

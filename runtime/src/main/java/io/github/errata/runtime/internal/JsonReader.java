package io.github.errata.runtime.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded, strict JSON reader over UTF-8 bytes: RFC 8259 and nothing more (no comments, no
 * single quotes, no NaN, no leading zeros, no trailing commas), with strict UTF-8, and limits on
 * nesting depth, string length and number length. It reads a byte array where it lies, or a
 * stream through a {@link Source} a buffer at a time, keeping only the token being read, so that
 * memory is bounded by the limits and not by the body.
 *
 * <p>Strict UTF-8: an overlong form (such as {@code C1 B3} for {@code s}), a surrogate encoded in
 * UTF-8 ({@code ED A0 80}), a code point past U+10FFFF ({@code F4 90 80 80} and up), a byte that
 * starts no character and a sequence cut short are each a failure at that byte, which ends the
 * reading: no invalid byte ever becomes a character, U+FFFD included. Surrogates written as
 * {@code \}{@code uXXXX} escapes are JSON, and read as the chars they name, paired or not.
 *
 * <p>Every failure is a {@link Failure} whose message says what and at which byte; nothing else is
 * thrown.
 */
final class JsonReader {

  /** The longest number read; a longer one is refused before it is parsed. */
  static final int MAX_NUMBER_LENGTH = 1000;

  /** The bytes a string holds as they are: printable ASCII but for {@code "} and {@code \}. */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  /** Why reading stopped before the end of the body; the message is the reason given. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String reason) {
      super(reason, null, false, false);
    }
  }

  private final Source source;
  /** What reaching the end of the bytes means where it is not the end of the body, or null. */
  private final String endReason;
  private final int maxDepth;
  private final int maxString;

  private byte[] buf;
  private int pos;
  private int end;
  /** The body offset of {@code buf[0]}. */
  private long base;
  /** The first byte a refill must keep, or -1: the start of the token being read. */
  private int mark = -1;

  /** The string scanned last: its raw bytes, and what they hold. */
  private int stringStart;
  private int stringEnd;
  private int stringChars;
  private boolean stringEscaped;
  private boolean stringAscii;

  /**
   * Reads bytes in memory.
   *
   * @param bytes the body
   * @param from the first byte to read
   * @param to the end of what may be read
   * @param endReason what reaching {@code to} means where it is not the end of the body (the body
   *     is longer than the cap, say), or null where it is the end
   */
  JsonReader(byte[] bytes, int from, int to, String endReason, int maxDepth, int maxString) {
    this.source = null;
    this.endReason = endReason;
    this.maxDepth = maxDepth;
    this.maxString = maxString;
    this.buf = bytes;
    this.pos = from;
    this.end = to;
  }

  /**
   * Reads a stream, a buffer at a time.
   *
   * @param source the stream
   * @param prefix bytes already taken from it, the first {@code length} of which are read first
   */
  JsonReader(Source source, byte[] prefix, int from, int length, int maxDepth, int maxString) {
    this.source = source;
    this.endReason = null;
    this.maxDepth = maxDepth;
    this.maxString = maxString;
    this.buf = new byte[8192];
    System.arraycopy(prefix, from, buf, 0, length);
    this.base = from;
    this.end = length;
  }

  /** Reads more bytes, keeping those from the mark on; false at the end of the body. */
  private boolean fill() throws Failure {
    if (source == null) {
      if (endReason != null) {
        throw new Failure(endReason);
      }
      return false;
    }
    int keep = mark >= 0 ? mark : pos;
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, end - keep);
      end -= keep;
      pos -= keep;
      base += keep;
      if (mark >= 0) {
        mark = 0;
      }
    }
    if (end == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = source.read(buf, end, buf.length - end);
    if (n < 0) {
      return false;
    }
    end += n;
    return true;
  }

  /** Makes {@code count} bytes from {@code pos} available; false where the body ends first. */
  private boolean available(int count) throws Failure {
    while (end - pos < count) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** The body offset of the next byte. */
  long offset() {
    return base + pos;
  }

  Failure fail(String what) {
    return failAt(what, offset());
  }

  static Failure failAt(String what, long at) {
    return new Failure("the body is not a readable JSON object: " + what + " at byte " + at);
  }

  private Failure endsEarly(String inside) {
    return new Failure("the body is not a readable JSON object: it ends in the middle of "
        + inside + " at byte " + offset());
  }

  /** The next byte that is not whitespace, not consumed; -1 at the end of the body. */
  int peek() throws Failure {
    for (;;) {
      while (pos < end) {
        int c = buf[pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return c & 0xff;
        }
        pos++;
      }
      if (!fill()) {
        return -1;
      }
    }
  }

  /** The next non-whitespace byte, consumed; -1 at the end of the body. */
  int next() throws Failure {
    // Small enough to inline: a body without whitespace never leaves this first test.
    if (pos < end && buf[pos] > ' ') {
      return buf[pos++] & 0xff;
    }
    int c = peek();
    if (c >= 0) {
      pos++;
    }
    return c;
  }

  /** A byte as a failure message names it. */
  static String describe(int c) {
    if (c < 0) {
      return "the end of the body";
    }
    if (c > 0x20 && c < 0x7f) {
      return "'" + (char) c + "'";
    }
    return String.format("byte 0x%02x", c);
  }

  // Strings.

  /**
   * Scans a string whose opening quote was just consumed, up to and past its closing quote,
   * checking its escapes, its UTF-8 and its length; the raw bytes stay in the buffer until the
   * next read, for {@link #string()} and {@link #stringIs(byte[])}.
   */
  void scanString() throws Failure {
    // The common string, small enough to inline: plain ASCII, whole in the buffer, in the limit.
    byte[] b = buf;
    int i = pos;
    int stop = (int) Math.min(end, (long) i + maxString);
    while (i < stop && PLAIN[b[i] & 0xff]) {
      i++;
    }
    if (i < end && b[i] == '"') {
      stringStart = pos;
      stringEnd = i;
      stringChars = i - pos;
      stringEscaped = false;
      stringAscii = true;
      pos = i + 1;
      return;
    }
    scanAnyString();
  }

  /** {@link #scanString()} for any string: escapes, UTF-8, refills and the length limit. */
  private void scanAnyString() throws Failure {
    mark = pos;
    int extra = 0;
    boolean escaped = false;
    boolean ascii = true;
    // Locals for the loop; a refill moves the bytes, so they are taken again after one.
    byte[] b = buf;
    int s = mark;
    int e = end;
    int i = pos;
    for (;;) {
      // The common run: printable ASCII but for the quote and the backslash, within the limit.
      int stop = (int) Math.min(e, (long) s + maxString + extra);
      while (i < stop && PLAIN[b[i] & 0xff]) {
        i++;
      }
      if (i >= e) {
        pos = i;
        if (!fill()) {
          throw endsEarly("a string");
        }
        b = buf;
        s = mark;
        e = end;
        i = pos;
        continue;
      }
      int c = b[i];
      if (c == '"') {
        break;
      }
      if (i - s - extra >= maxString) {
        pos = i;
        mark = -1;
        throw new Failure("the body is over a limit: String value length (" + (maxString + 1L)
            + ") exceeds the maximum allowed (" + maxString + ")");
      }
      pos = i;
      if (c == '\\') {
        int length = escape();
        extra += length - 1;
        escaped = true;
        ascii = false;
      } else if (c >= 0) {
        throw fail("a raw control character (code " + c + ") in a string");
      } else {
        int length = utf8();
        // A character past U+FFFF is two chars.
        extra += length == 4 ? 2 : length - 1;
        ascii = false;
      }
      b = buf;
      s = mark;
      e = end;
      i = pos;
    }
    stringStart = s;
    stringEnd = i;
    stringChars = i - s - extra;
    stringEscaped = escaped;
    stringAscii = ascii;
    pos = i + 1;
    mark = -1;
  }

  /** Checks the escape at {@code pos} and moves past it; returns its length in bytes. */
  private int escape() throws Failure {
    if (!available(2)) {
      throw endsEarly("an escape");
    }
    int c = buf[pos + 1];
    switch (c) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
        pos += 2;
        return 2;
      }
      case 'u' -> {
        if (!available(6)) {
          throw endsEarly("an escape");
        }
        for (int k = 2; k < 6; k++) {
          if (hex(buf[pos + k]) < 0) {
            pos += k;
            throw fail("a \\u escape with " + describe(buf[pos] & 0xff) + " for a hex digit");
          }
        }
        pos += 6;
        return 6;
      }
      default -> {
        pos++;
        throw fail("an escape \\" + (c > 0x20 && c < 0x7f ? String.valueOf((char) c)
            : describe(c & 0xff)) + " that JSON does not have");
      }
    }
  }

  private static int hex(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Checks the UTF-8 sequence at {@code pos} and moves past it; returns its length in bytes. */
  private int utf8() throws Failure {
    int lead = buf[pos] & 0xff;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) {
        low = 0xA0;
      } else if (lead == 0xED) {
        high = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) {
        low = 0x90;
      } else if (lead == 0xF4) {
        high = 0x8F;
      }
    } else if (lead == 0xC0 || lead == 0xC1) {
      throw invalidUtf8(String.format("0x%02x starts an overlong form", lead));
    } else if (lead >= 0xF5 && lead <= 0xF7) {
      throw invalidUtf8(String.format("0x%02x starts a code point past U+10FFFF", lead));
    } else if (lead >= 0x80 && lead <= 0xBF) {
      throw invalidUtf8(String.format("0x%02x continues no character", lead));
    } else {
      throw invalidUtf8(String.format("0x%02x is never in UTF-8", lead));
    }
    for (int k = 1; k < length; k++) {
      if (!available(k + 1)) {
        throw endsEarly("a character");
      }
      int next = buf[pos + k] & 0xff;
      if (next < 0x80 || next > 0xBF) {
        pos += k;
        throw invalidUtf8(String.format("0x%02x where 0x%02x needs %d continuation bytes",
            next, lead, length - 1));
      }
      if (k == 1 && (next < low || next > high)) {
        throw invalidUtf8(String.format("0x%02x 0x%02x %s", lead, next, lead == 0xE0 || lead == 0xF0
            ? "starts an overlong form" : lead == 0xED ? "starts an encoded surrogate"
            : "starts a code point past U+10FFFF"));
      }
    }
    pos += length;
    return length;
  }

  private Failure invalidUtf8(String what) {
    return fail("invalid UTF-8, " + what);
  }

  /**
   * Moves past the rest of a string whose opening quote was just consumed where its content is
   * exactly these bytes: the escaped form the catalog's own server writes, so nothing is left to
   * check or decode.
   *
   * @param escaped the string's content as a JSON string holds it, then its closing quote
   * @param chars how many chars the string has, to be held to the length limit
   * @return whether it was so (and the string was moved past); false leaves the reader as it was
   */
  boolean skipString(byte[] escaped, int chars) {
    if (escaped == null || chars > maxString) {
      return false;
    }
    if (end - pos < escaped.length) {
      boolean enough;
      mark = pos;
      try {
        enough = available(escaped.length);
      } catch (Failure e) {
        // Where the string is shorter, it is complete before the failure: scanned, it is kept.
        enough = false;
      }
      mark = -1;
      if (!enough) {
        return false;
      }
    }
    if (Arrays.equals(buf, pos, pos + escaped.length, escaped, 0, escaped.length)) {
      pos += escaped.length;
      return true;
    }
    return false;
  }

  /** The string scanned last, decoded. */
  String string() {
    int length = stringEnd - stringStart;
    if (!stringEscaped) {
      return new String(buf, stringStart, length,
          stringAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
    char[] chars = new char[stringChars];
    int n = 0;
    byte[] b = buf;
    for (int i = stringStart; i < stringEnd; ) {
      int c = b[i];
      if (c == '\\') {
        int e = b[i + 1];
        switch (e) {
          case 'b' -> chars[n++] = '\b';
          case 'f' -> chars[n++] = '\f';
          case 'n' -> chars[n++] = '\n';
          case 'r' -> chars[n++] = '\r';
          case 't' -> chars[n++] = '\t';
          case 'u' -> {
            chars[n++] = (char) (hex(b[i + 2]) << 12 | hex(b[i + 3]) << 8 | hex(b[i + 4]) << 4
                | hex(b[i + 5]));
            i += 4;
          }
          default -> chars[n++] = (char) e;
        }
        i += 2;
      } else if (c >= 0) {
        chars[n++] = (char) c;
        i++;
      } else if ((c & 0xE0) == 0xC0) {
        chars[n++] = (char) ((c & 0x1F) << 6 | b[i + 1] & 0x3F);
        i += 2;
      } else if ((c & 0xF0) == 0xE0) {
        chars[n++] = (char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
        i += 3;
      } else {
        int code = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6
            | b[i + 3] & 0x3F;
        chars[n++] = Character.highSurrogate(code);
        chars[n++] = Character.lowSurrogate(code);
        i += 4;
      }
    }
    return new String(chars, 0, n);
  }

  /** Whether the string scanned last is exactly this text, given as its UTF-8. */
  boolean stringIs(byte[] utf8) {
    if (stringEscaped) {
      return Arrays.equals(string().getBytes(StandardCharsets.UTF_8), utf8);
    }
    int length = stringEnd - stringStart;
    if (length != utf8.length) {
      return false;
    }
    // Names and types are short: a plain loop beats the range checks of Arrays.equals.
    for (int i = 0; i < length; i++) {
      if (buf[stringStart + i] != utf8[i]) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the string scanned last's raw bytes, as {@link #hash(byte[])} computes it. */
  int stringHash() {
    int h = 0;
    for (int i = stringStart; i < stringEnd; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  /** How many raw bytes the string scanned last has. */
  int stringLength() {
    return stringEnd - stringStart;
  }

  /** Whether the string scanned last holds escapes, so its raw bytes are not its UTF-8. */
  boolean stringEscaped() {
    return stringEscaped;
  }

  static int hash(byte[] utf8) {
    int h = 0;
    for (byte b : utf8) {
      h = 31 * h + b;
    }
    return h;
  }

  // Values.

  /**
   * Reads the value starting with {@code c} (already consumed), at nesting level {@code level}
   * should it be an object or array.
   *
   * @param keep whether to build the value, or only check it
   * @return the value as a plain Java value (null where not kept)
   */
  Object value(int c, int level, boolean keep) throws Failure {
    switch (c) {
      case '"' -> {
        scanString();
        return keep ? string() : null;
      }
      case '{' -> {
        return object(level, keep);
      }
      case '[' -> {
        return array(level, keep);
      }
      case 't' -> {
        literal("true");
        return Boolean.TRUE;
      }
      case 'f' -> {
        literal("false");
        return Boolean.FALSE;
      }
      case 'n' -> {
        literal("null");
        return null;
      }
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          pos--;
          return number(keep);
        }
        if (c >= 0) {
          pos--;
        }
        throw fail("expected a value, found " + describe(c));
      }
    }
  }

  private void depth(int level) throws Failure {
    if (level > maxDepth) {
      throw new Failure("the body is over a limit: Document nesting depth (" + level
          + ") exceeds the maximum allowed (" + maxDepth + ")");
    }
  }

  private Map<String, Object> object(int level, boolean keep) throws Failure {
    depth(level);
    Map<String, Object> map = keep ? new LinkedHashMap<>() : null;
    int c = next();
    if (c == '}') {
      return map;
    }
    for (;;) {
      if (c < 0) {
        throw endsEarly("an object");
      }
      if (c != '"') {
        pos--;
        throw fail("expected a member name, found " + describe(c));
      }
      scanString();
      String name = keep ? string() : null;
      c = next();
      if (c != ':') {
        throw c < 0 ? endsEarly("an object") : failAt("expected ':' after a member name, found "
            + describe(c), offset() - 1);
      }
      Object value = value(next(), level + 1, keep);
      if (keep) {
        map.put(name, value);
      }
      c = next();
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw c < 0 ? endsEarly("an object") : failAt("expected ',' or '}' after a member, found "
            + describe(c), offset() - 1);
      }
      c = next();
    }
  }

  private List<Object> array(int level, boolean keep) throws Failure {
    depth(level);
    List<Object> list = keep ? new ArrayList<>() : null;
    int c = next();
    if (c == ']') {
      return list;
    }
    for (;;) {
      if (c < 0) {
        throw endsEarly("an array");
      }
      Object value = value(c, level + 1, keep);
      if (keep) {
        list.add(value);
      }
      c = next();
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw c < 0 ? endsEarly("an array") : failAt("expected ',' or ']' after an element, found "
            + describe(c), offset() - 1);
      }
      c = next();
    }
  }

  /** Checks the rest of a literal whose first byte was consumed, and what follows it. */
  private void literal(String word) throws Failure {
    pos--;
    if (!available(word.length())) {
      throw endsEarly("a literal");
    }
    for (int k = 1; k < word.length(); k++) {
      if (buf[pos + k] != word.charAt(k)) {
        throw fail("expected a value, found " + describe(buf[pos] & 0xff));
      }
    }
    pos += word.length();
    delimited(false);
  }

  /**
   * Checks that a token ends where it should: at whitespace, a comma or a closing bracket.
   *
   * @param mayBeCut whether the token could have been cut short at the end of the body (a
   *     number: {@code 3} of {@code 30}), so that the end is a failure
   */
  private void delimited(boolean mayBeCut) throws Failure {
    boolean more;
    try {
      more = pos < end || fill();
    } catch (Failure e) {
      if (mayBeCut) {
        throw e;
      }
      // A literal is whole before the failure, as it is before the end: it counts, and the
      // failure comes again with the next read.
      return;
    }
    if (!more) {
      if (mayBeCut) {
        throw endsEarly("a number");
      }
      return;
    }
    int c = buf[pos];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ',' && c != '}' && c != ']') {
      throw fail("expected a delimiter after a value, found " + describe(c & 0xff));
    }
  }

  /** Reads a number at {@code pos}, checking its form and length. */
  private Object number(boolean keep) throws Failure {
    mark = pos;
    int i = pos;
    boolean integral = true;
    // The states of RFC 8259's number grammar, byte by byte.
    int state = 0;
    loop:
    for (;;) {
      if (i >= end) {
        pos = i;
        boolean more = fill();
        i = pos;
        if (!more) {
          break;
        }
      }
      int c = buf[i];
      boolean digit = c >= '0' && c <= '9';
      switch (state) {
        case 0 -> state = c == '-' ? 1 : c == '0' ? 2 : digit ? 3 : -1;
        case 1 -> state = c == '0' ? 2 : digit ? 3 : -1;
        case 2 -> {
          if (digit) {
            pos = i;
            mark = -1;
            throw fail("a number with a leading zero");
          }
          state = c == '.' ? 4 : c == 'e' || c == 'E' ? 6 : 9;
        }
        case 3 -> state = digit ? 3 : c == '.' ? 4 : c == 'e' || c == 'E' ? 6 : 9;
        case 4 -> state = digit ? 5 : -1;
        case 5 -> state = digit ? 5 : c == 'e' || c == 'E' ? 6 : 9;
        case 6 -> state = c == '+' || c == '-' ? 7 : digit ? 8 : -1;
        case 7 -> state = digit ? 8 : -1;
        case 8 -> state = digit ? 8 : 9;
        default -> throw new IllegalStateException();
      }
      if (state == 9) {
        break loop;
      }
      if (state < 0) {
        pos = i;
        mark = -1;
        throw fail("a number that JSON does not have, at " + describe(c & 0xff));
      }
      if (i - mark >= MAX_NUMBER_LENGTH) {
        pos = i;
        mark = -1;
        throw new Failure("the body is over a limit: Number value length ("
            + (MAX_NUMBER_LENGTH + 1) + ") exceeds the maximum allowed (" + MAX_NUMBER_LENGTH + ")");
      }
      integral &= state <= 3;
      i++;
    }
    pos = i;
    if (state != 2 && state != 3 && state != 5 && state != 8 && state != 9) {
      mark = -1;
      throw endsEarly("a number");
    }
    // The mark keeps the number in the buffer while what follows it is read.
    delimited(true);
    int start = mark;
    mark = -1;
    if (!keep) {
      return null;
    }
    int length = pos - start;
    if (integral && length <= 18) {
      long value = 0;
      boolean negative = buf[start] == '-';
      for (int k = negative ? start + 1 : start; k < pos; k++) {
        value = value * 10 + (buf[k] - '0');
      }
      value = negative ? -value : value;
      if (value == (int) value) {
        return Integer.valueOf((int) value);
      }
      return Long.valueOf(value);
    }
    String text = new String(buf, start, length, StandardCharsets.ISO_8859_1);
    if (integral) {
      BigInteger value = new BigInteger(text);
      return value.bitLength() < 64 ? Long.valueOf(value.longValue()) : value;
    }
    return Double.valueOf(text);
  }
}

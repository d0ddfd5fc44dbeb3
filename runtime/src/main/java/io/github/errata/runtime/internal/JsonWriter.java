package io.github.errata.runtime.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON as UTF-8 bytes without any JSON library, escaped exactly as jackson-core's UTF-8
 * generator escapes it by default: {@code "} and {@code \} and the control characters with the
 * five short escapes where there is one ({@code \b \t \n \f \r}), other control characters and
 * every surrogate, paired or not, as {@code \}{@code uXXXX} in upper-case hex; everything else as
 * it is, {@code /}, DEL, U+2028 and U+2029 included. A text holding a lone surrogate, which UTF-8
 * cannot carry, has all of its non-ASCII escaped, as the generated Jackson serializers write it.
 * So a body written here and one written by Jackson are the same bytes.
 */
public final class JsonWriter implements MemberVisitor<RuntimeException> {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private byte[] bytes;
  private int size;
  /** Whether a comma goes before the next member or element. */
  private boolean comma;
  /** A string written where it is met ({@code ==}) leaves a hole: see {@link #holeAt()}. */
  private String hole;
  private int holeAt = -1;

  /**
   * A writer with room for this many bytes; it grows as needed.
   *
   * @param capacity the first guess of the size
   */
  public JsonWriter(int capacity) {
    bytes = new byte[Math.max(capacity, 16)];
  }

  /** A writer that leaves the content of this very string out, to be filled in later. */
  JsonWriter withHole(String hole) {
    this.hole = hole;
    return this;
  }

  /** Where the hole's content would start, or -1 where it was not met. */
  int holeAt() {
    return holeAt;
  }

  /**
   * Whether a text holds a surrogate that is not half of a pair, which UTF-8 cannot carry: the
   * generated Jackson serializers write such a text with all its non-ASCII escaped, as this writer
   * does.
   *
   * @param text the text
   * @return whether it holds a lone surrogate
   */
  public static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text holds a surrogate, paired or not: the generated Jackson serializers write such
   * a text as this writer does, since Jackson 3 writes a pair as four UTF-8 bytes where this
   * writer, like Jackson 2, escapes it.
   *
   * @param text the text
   * @return whether it holds a surrogate
   */
  public static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text as this writer writes a JSON string, quotes and all: for a Jackson generator, which is
   * handed a text with a surrogate already written.
   *
   * @param text the text
   * @return its JSON string, as UTF-8
   */
  public static byte[] jsonString(String text) {
    JsonWriter writer = new JsonWriter(text.length() + 2);
    writer.quoted(text);
    return writer.toByteArray();
  }

  /** The text escaped for a JSON string, without quotes, as UTF-8. */
  static byte[] escaped(String text) {
    return new JsonWriter(text.length()).text(text).toByteArray();
  }

  @Override
  public void startObject() {
    separate();
    write((byte) '{');
    comma = false;
  }

  @Override
  public void endObject() {
    write((byte) '}');
    comma = true;
  }

  @Override
  public void startArray() {
    separate();
    write((byte) '[');
    comma = false;
  }

  @Override
  public void endArray() {
    write((byte) ']');
    comma = true;
  }

  @Override
  public void name(String name) {
    separate();
    quoted(name);
    write((byte) ':');
    comma = false;
  }

  @Override
  public void string(String value) {
    separate();
    if (value == hole && hole != null) {
      write((byte) '"');
      holeAt = size;
      write((byte) '"');
    } else {
      quoted(value);
    }
    comma = true;
  }

  @Override
  public void number(long value) {
    separate();
    ascii(Long.toString(value));
    comma = true;
  }

  @Override
  public void number(double value) {
    separate();
    ascii(Double.toString(value));
    comma = true;
  }

  @Override
  public void number(BigInteger value) {
    separate();
    ascii(value.toString());
    comma = true;
  }

  @Override
  public void number(BigDecimal value) {
    separate();
    ascii(value.toString());
    comma = true;
  }

  @Override
  public void bool(boolean value) {
    separate();
    write(value ? TRUE : FALSE);
    comma = true;
  }

  @Override
  public void nullValue() {
    separate();
    write(NULL);
    comma = true;
  }

  private void separate() {
    if (comma) {
      write((byte) ',');
    }
  }

  private void quoted(String text) {
    write((byte) '"');
    text(text);
    write((byte) '"');
  }

  /**
   * Appends bytes as they are: a fragment already escaped.
   *
   * @param fragment the bytes
   * @return this writer
   */
  JsonWriter write(byte[] fragment) {
    ensure(fragment.length);
    System.arraycopy(fragment, 0, bytes, size, fragment.length);
    size += fragment.length;
    return this;
  }

  private void write(byte b) {
    ensure(1);
    bytes[size++] = b;
  }

  /** Text known to need no escaping: a number, a boolean, a UUID. */
  JsonWriter ascii(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  /**
   * Text inside a JSON string, escaped. Written in one pass on the guess that it holds no lone
   * surrogate; where one turns up, the text is written again with all its non-ASCII escaped.
   */
  JsonWriter text(String text) {
    int start = size;
    if (!text(text, false)) {
      size = start;
      text(text, true);
    }
    return this;
  }

  /**
   * Text inside a JSON string, escaped; with {@code asciiOnly}, all of its non-ASCII too.
   *
   * @return false where, not {@code asciiOnly}, the text turned out to hold a lone surrogate:
   *     what was written of it is then to be dropped
   */
  boolean text(String text, boolean asciiOnly) {
    // Room for all of it as ASCII; more only for a char that takes more.
    ensure(text.length());
    byte[] out = bytes;
    int at = size;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
        out[at++] = (byte) c;
        continue;
      }
      // Twelve bytes at most for this char (a pair, escaped), one for each after it.
      if (out.length - at < 12 + length - i) {
        size = at;
        ensure(12 + length - i);
        out = bytes;
      }
      if (c < 0x80 || asciiOnly) {
        at = escape(out, at, c);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          at = escape(out, at, c);
          at = escape(out, at, text.charAt(++i));
        } else {
          size = at;
          return false;
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = at;
    return true;
  }

  private static int escape(byte[] out, int at, char c) {
    out[at++] = '\\';
    switch (c) {
      case '"', '\\' -> out[at++] = (byte) c;
      case '\b' -> out[at++] = 'b';
      case '\t' -> out[at++] = 't';
      case '\n' -> out[at++] = 'n';
      case '\f' -> out[at++] = 'f';
      case '\r' -> out[at++] = 'r';
      default -> {
        out[at++] = 'u';
        out[at++] = HEX[c >> 12];
        out[at++] = HEX[c >> 8 & 0xF];
        out[at++] = HEX[c >> 4 & 0xF];
        out[at++] = HEX[c & 0xF];
      }
    }
    return at;
  }

  private void ensure(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** A code point as UTF-8, raw: for text being turned into UTF-8, not for a JSON string. */
  void codePoint(int code) {
    ensure(4);
    if (code < 0x80) {
      bytes[size++] = (byte) code;
    } else if (code < 0x800) {
      bytes[size++] = (byte) (0xC0 | code >> 6);
      bytes[size++] = (byte) (0x80 | code & 0x3F);
    } else if (code < 0x10000) {
      bytes[size++] = (byte) (0xE0 | code >> 12);
      bytes[size++] = (byte) (0x80 | code >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | code & 0x3F);
    } else {
      bytes[size++] = (byte) (0xF0 | code >> 18);
      bytes[size++] = (byte) (0x80 | code >> 12 & 0x3F);
      bytes[size++] = (byte) (0x80 | code >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | code & 0x3F);
    }
  }

  /**
   * The bytes written: the buffer itself where it is exactly full, else a copy.
   *
   * @return the bytes
   */
  public byte[] toByteArray() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }
}

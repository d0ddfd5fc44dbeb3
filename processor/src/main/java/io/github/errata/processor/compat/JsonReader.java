package io.github.errata.processor.compat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of a baseline file strictly (RFC 8259): objects as ordered maps, arrays as lists,
 * numbers as {@link BigDecimal}, strings, booleans and null. Anything else (a duplicate member,
 * trailing text, a comment, a trailing comma) is an error with its line and column. Nesting is
 * bounded, so no file can overflow the stack.
 */
final class JsonReader {

  /** Far deeper than a baseline file nests (four levels). */
  static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;

  private JsonReader(String text) {
    this.text = text;
  }

  /** The value the text holds, with nothing but whitespace around it. */
  static Object read(String text) throws JsonException {
    JsonReader reader = new JsonReader(text);
    // RFC 8259 lets a parser ignore a byte order mark, which some editors add.
    if (text.startsWith("\uFEFF")) {
      reader.pos = 1;
    }
    reader.whitespace();
    Object value = reader.value(0);
    reader.whitespace();
    if (reader.pos < text.length()) {
      throw reader.error("unexpected text after the end of the value");
    }
    return value;
  }

  /** Text that is not the JSON this reader accepts; the message says where and why. */
  static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message) {
      super(message);
    }
  }

  private Object value(int depth) throws JsonException {
    if (pos >= text.length()) {
      throw error("the text ends where a value was expected");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("expected a value, found " + describe(c));
      }
    };
  }

  private Map<String, Object> object(int depth) throws JsonException {
    checkDepth(depth);
    pos++;
    Map<String, Object> members = new LinkedHashMap<>();
    whitespace();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      whitespace();
      if (peek() == -1) {
        throw error("the text ends inside an object");
      }
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int start = pos;
      String name = string();
      if (members.containsKey(name)) {
        pos = start;
        throw error("the member \"" + name + "\" appears twice");
      }
      whitespace();
      expect(':');
      whitespace();
      members.put(name, value(depth));
      whitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        return members;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws JsonException {
    checkDepth(depth);
    pos++;
    List<Object> elements = new ArrayList<>();
    whitespace();
    if (peek() == ']') {
      pos++;
      return elements;
    }
    while (true) {
      whitespace();
      if (peek() == -1) {
        throw error("the text ends inside an array");
      }
      elements.add(value(depth));
      whitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        return elements;
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() throws JsonException {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("the text ends inside a string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      } else if (c == '\\') {
        out.append(escape());
      } else if (c < 0x20) {
        throw error("a control character (" + describe(c) + ") must be escaped in a string");
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  private char escape() throws JsonException {
    if (pos + 1 >= text.length()) {
      throw error("the text ends inside an escape");
    }
    char c = text.charAt(pos + 1);
    pos += 2;
    return switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        if (pos + 4 > text.length()) {
          pos -= 2;
          throw error("a \\u escape needs four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(text.charAt(pos + i), 16);
          if (digit < 0) {
            pos -= 2;
            throw error("a \\u escape needs four hex digits");
          }
          code = code * 16 + digit;
        }
        pos += 4;
        yield (char) code;
      }
      default -> {
        pos -= 2;
        throw error("\\" + c + " is not a JSON escape");
      }
    };
  }

  private BigDecimal number() throws JsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      digits();
    }
    return new BigDecimal(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object value) throws JsonException {
    if (!text.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  /** The next character, or -1 at the end. */
  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private void whitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private void checkDepth(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  private static String describe(char c) {
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private JsonException error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new JsonException("line " + line + ", column " + column + ": " + message);
  }
}

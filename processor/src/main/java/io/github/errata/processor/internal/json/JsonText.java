package io.github.errata.processor.internal.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The processor's one JSON printer: the documentation files (the catalog JSON, the OpenAPI
 * components, the example bodies of the error page) and the baseline files. Members keep the order
 * they were put in, one a line, each level indented by a given number of spaces; a value marked
 * {@link Inline} is written on one line (a parameter or an example in a baseline file, so that a
 * change to it shows as a change of one line). Values are maps, lists, strings, booleans, ints,
 * longs, finite doubles and null.
 *
 * <p>One escaping rule for every file: {@code "} and {@code \}, the five short escapes where there
 * is one ({@code \b \t \n \f \r}), and as {@code \}{@code uXXXX} every other control character,
 * DEL, U+2028 and U+2029 (which end a line in JavaScript) and a lone surrogate (which UTF-8 cannot
 * carry). Everything else, other non-ASCII included, is written as it is. These are files for
 * people and tools to read, not response bodies: the bytes on the wire are the runtime's.
 */
public final class JsonText {

  /**
   * A map or list written on one line.
   *
   * @param value the map or list
   */
  public record Inline(Object value) {}

  private final StringBuilder out = new StringBuilder();
  private final String indent;

  private JsonText(int indent) {
    this.indent = " ".repeat(indent);
  }

  /**
   * The value as JSON text, without a final newline.
   *
   * @param value the value
   * @param indent the spaces each level is indented by
   * @return the text
   */
  public static String write(Object value, int indent) {
    JsonText json = new JsonText(indent);
    json.value(value, 0, false);
    return json.out.toString();
  }

  private void value(Object value, int depth, boolean inline) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Inline marked) {
      value(marked.value(), depth, true);
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Double number && Double.isFinite(number)) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      members(map, depth, inline);
    } else if (value instanceof List<?> list) {
      elements(list, depth, inline);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private void members(Map<?, ?> map, int depth, boolean inline) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      next(depth + 1, inline);
      string((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), depth + 1, inline);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    close('}', depth, inline, map.isEmpty());
  }

  private void elements(List<?> list, int depth, boolean inline) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      next(depth + 1, inline);
      value(list.get(i), depth + 1, inline);
      if (i < list.size() - 1) {
        out.append(',');
      }
    }
    close(']', depth, inline, list.isEmpty());
  }

  /** Before a member or an element: a new line, or on one line a space after the comma. */
  private void next(int depth, boolean inline) {
    if (inline) {
      if (out.charAt(out.length() - 1) == ',') {
        out.append(' ');
      }
    } else {
      out.append('\n').append(indent.repeat(depth));
    }
  }

  private void close(char bracket, int depth, boolean inline, boolean empty) {
    if (!inline && !empty) {
      out.append('\n').append(indent.repeat(depth));
    }
    out.append(bracket);
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
          if (pair) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
              || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

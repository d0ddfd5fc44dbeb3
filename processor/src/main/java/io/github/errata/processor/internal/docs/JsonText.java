package io.github.errata.processor.internal.docs;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text for the generated documentation files, whose members keep the order they were
 * put in: maps, lists, strings, numbers, booleans and null, indented like the seed page's example
 * bodies ({@code "type": "..."}). The processor has no JSON library of its own to lean on.
 */
final class JsonText {

  private final StringBuilder out = new StringBuilder();
  private final String indent;

  private JsonText(int indent) {
    this.indent = " ".repeat(indent);
  }

  /** The value as JSON text, each level indented by {@code indent} spaces, without a final newline. */
  static String write(Object value, int indent) {
    JsonText json = new JsonText(indent);
    json.value(value, 0);
    return json.out.toString();
  }

  private void value(Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      members(map, depth);
    } else if (value instanceof List<?> list) {
      elements(list, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private void members(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      newline(depth + 1);
      string((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), depth + 1);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    newline(depth);
    out.append('}');
  }

  private void elements(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      newline(depth + 1);
      value(list.get(i), depth + 1);
      if (i < list.size() - 1) {
        out.append(',');
      }
    }
    newline(depth);
    out.append(']');
  }

  private void newline(int depth) {
    out.append('\n').append(indent.repeat(depth));
  }

  /**
   * A string with what JSON requires escaped, and also U+2028, U+2029 (which end a line in
   * JavaScript) and lone surrogates (which UTF-8 cannot carry) as {@code \\uXXXX}.
   */
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
          } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
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

package io.github.errata.runtime.internal;

import java.util.Map;
import java.util.UUID;

/** Reads an argument's text back as a value of its kind, where the value writes the same text. */
final class Arguments {

  /** What {@link #parse} gives for a text no value of the kind writes. */
  static final Object UNREADABLE = new Object();

  private Arguments() {}

  /**
   * The value a text stands for: {@code null} is null for every kind but a String (a null
   * argument is written so), and a reading counts only where the value writes exactly the text.
   *
   * @param kind the parameter's kind
   * @param constants an enum parameter's constants by name; null for other kinds
   * @param text the text received
   * @return the value, null, or {@link #UNREADABLE}
   */
  static Object parse(ArgumentKind kind, Map<String, Enum<?>> constants, String text) {
    if (kind == ArgumentKind.STRING) {
      return text;
    }
    if (text.equals("null")) {
      return null;
    }
    Object value;
    try {
      value = switch (kind) {
        case INT -> Integer.valueOf(text);
        case LONG -> Long.valueOf(text);
        case BOOLEAN -> text.equals("true") ? Boolean.TRUE
            : text.equals("false") ? Boolean.FALSE : UNREADABLE;
        case DOUBLE -> Double.valueOf(text);
        case UUID -> UUID.fromString(text);
        case ENUM -> constants.containsKey(text) ? constants.get(text) : UNREADABLE;
        case STRING -> text;
      };
    } catch (IllegalArgumentException e) {
      // A number out of range, or not a number, or not a UUID.
      return UNREADABLE;
    }
    return value == UNREADABLE || ErrorSpec.text(value).equals(text) ? value : UNREADABLE;
  }
}

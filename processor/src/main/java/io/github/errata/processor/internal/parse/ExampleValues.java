package io.github.errata.processor.internal.parse;

import io.github.errata.processor.internal.model.ParameterModel;
import java.util.UUID;

/**
 * Checks an example argument the way a client reads one out of a detail: it must parse as the
 * parameter's type and write back as the same text, so the documented example is one a client
 * would decode.
 */
final class ExampleValues {

  private ExampleValues() {}

  static boolean readsBack(ParameterModel parameter, String text) {
    try {
      return switch (parameter.kind()) {
        case STRING -> true;
        case INT -> String.valueOf(Integer.parseInt(text)).equals(text);
        case LONG -> String.valueOf(Long.parseLong(text)).equals(text);
        case BOOLEAN -> text.equals("true") || text.equals("false");
        case DOUBLE -> String.valueOf(Double.parseDouble(text)).equals(text);
        case UUID -> UUID.fromString(text).toString().equals(text);
        case ENUM -> parameter.enumConstants().contains(text);
      };
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** What a value of the parameter looks like, for a message. */
  static String describe(ParameterModel parameter) {
    return switch (parameter.kind()) {
      case STRING -> "a String";
      case INT -> "an int, such as 42";
      case LONG -> "a long, such as 42";
      case BOOLEAN -> "a boolean: true or false";
      case DOUBLE -> "a double as Java writes it, such as 0.5 or 1.0E10";
      case UUID -> "a UUID in lower case, such as c3d59ff0-ba4a-11e3-a567-001e6733fe3d";
      case ENUM -> "a constant of " + parameter.declaredType() + ": "
          + String.join(", ", parameter.enumConstants());
    };
  }
}

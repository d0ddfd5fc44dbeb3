package io.github.errata.processor.internal.parse;

import io.github.errata.processor.internal.model.ParameterModel;
import io.github.errata.runtime.internal.ArgumentKind;

/**
 * Checks an example argument the way a client reads one out of a detail, by the runtime's own rule
 * ({@code ArgumentKind.readsBack}), so the documented example is one a client would decode. An
 * example is a value: the text {@code null}, which the runtime reads as a null argument, is not
 * one, except as a String.
 */
final class ExampleValues {

  private ExampleValues() {}

  static boolean readsBack(ParameterModel parameter, String text) {
    if (text.equals("null") && parameter.kind() != ArgumentKind.STRING) {
      return false;
    }
    return parameter.kind().readsBack(text, parameter.enumConstants());
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

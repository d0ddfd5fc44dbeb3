package io.github.errata.processor.internal.parse;

import io.github.errata.processor.internal.model.DetailTemplate;
import io.github.errata.processor.internal.model.DetailTemplate.Literal;
import io.github.errata.processor.internal.model.DetailTemplate.Placeholder;
import io.github.errata.processor.internal.model.DetailTemplate.Segment;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Parses a detail template: {@code {name}} is a placeholder, {@code {{} and {@code }}} are
 * literal braces, and any other brace is a mistake.
 */
final class TemplateParser {

  /** A template that cannot be parsed; the message completes "detail "..." ". */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message);
    }
  }

  private TemplateParser() {}

  static DetailTemplate parse(String template) throws SyntaxException {
    List<Segment> segments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      boolean doubled = i + 1 < template.length() && template.charAt(i + 1) == c;
      if (c == '}') {
        if (!doubled) {
          throw new SyntaxException("has a '}' at index " + i + " that closes no placeholder");
        }
        literal.append('}');
        i += 2;
      } else if (c == '{' && doubled) {
        literal.append('{');
        i += 2;
      } else if (c == '{') {
        int close = template.indexOf('}', i + 1);
        if (close < 0) {
          throw new SyntaxException("has a '{' at index " + i + " that is never closed");
        }
        String name = template.substring(i + 1, close);
        if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
          throw new SyntaxException(
              "has a placeholder {" + name + "} at index " + i + " that is not a parameter name");
        }
        if (literal.length() > 0) {
          segments.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        segments.add(new Placeholder(name));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0 || segments.isEmpty()) {
      segments.add(new Literal(literal.toString()));
    }
    return new DetailTemplate(List.copyOf(segments));
  }

  /** A template of one literal, for a detail that is the title. */
  static DetailTemplate literal(String text) {
    return new DetailTemplate(List.of(new Literal(text)));
  }
}

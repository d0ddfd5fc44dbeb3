package io.github.errata.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed detail template: {@code {name}} is a placeholder, {@code {{} and {@code }}} are literal
 * braces, any other brace is a mistake. It formats a detail from its placeholders' texts and splits
 * a received detail back into them. The processor validates catalogs with it, so a template means
 * the same at compile time and at run time.
 */
public final class DetailTemplate {

  /** Words a placeholder cannot be, as a parameter cannot be named so. */
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
      "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements",
      "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "true", "false", "null", "_");

  /** One piece of a template. */
  public sealed interface Segment permits Literal, Placeholder {}

  /**
   * Text written as it is.
   *
   * @param text the text, braces already unescaped
   */
  public record Literal(String text) implements Segment {}

  /**
   * A parameter's value, by the parameter's name.
   *
   * @param name the parameter's name
   */
  public record Placeholder(String name) implements Segment {}

  private final List<Segment> segments;
  private final String[] literals;
  private final String[] names;

  private DetailTemplate(List<Segment> segments) {
    this.segments = List.copyOf(segments);
    List<String> around = new ArrayList<>();
    List<String> appearances = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Literal literal) {
        current.append(literal.text());
      } else {
        around.add(current.toString());
        current.setLength(0);
        appearances.add(((Placeholder) segment).name());
      }
    }
    around.add(current.toString());
    this.literals = around.toArray(new String[0]);
    this.names = appearances.toArray(new String[0]);
  }

  /**
   * Parses a template.
   *
   * @param template the template, as the catalog gives it
   * @return the parsed template
   * @throws IllegalArgumentException where a brace is misplaced or a placeholder is not a Java
   *     identifier; the message completes {@code detail "..." }, as in "has a '}' at index 3
   *     that closes no placeholder"
   */
  public static DetailTemplate parse(String template) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      boolean doubled = i + 1 < template.length() && template.charAt(i + 1) == c;
      if (c == '}') {
        if (!doubled) {
          throw new IllegalArgumentException(
              "has a '}' at index " + i + " that closes no placeholder");
        }
        literal.append('}');
        i += 2;
      } else if (c == '{' && doubled) {
        literal.append('{');
        i += 2;
      } else if (c == '{') {
        int close = template.indexOf('}', i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("has a '{' at index " + i + " that is never closed");
        }
        String name = template.substring(i + 1, close);
        if (!isIdentifier(name)) {
          throw new IllegalArgumentException("has a placeholder {" + name + "} at index " + i
              + " that is not a parameter name");
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
    return new DetailTemplate(segments);
  }

  /**
   * A template of one literal, braces and all: the detail of an error that gives none is its
   * title, taken as it is.
   *
   * @param text the text
   * @return the template
   */
  public static DetailTemplate literal(String text) {
    return new DetailTemplate(List.of(new Literal(text)));
  }

  /** Whether a name could be a Java parameter's: an identifier, and not a keyword or literal. */
  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name)
        || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    for (int i = Character.charCount(name.codePointAt(0)); i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!Character.isJavaIdentifierPart(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** The pieces in order; never two literals in a row; a template without placeholders is one. */
  public List<Segment> segments() {
    return segments;
  }

  /** The literal text before, between and after the placeholders: one more than there are. */
  public List<String> literals() {
    return List.of(literals);
  }

  /** The placeholders' names in the order they appear, a repeated one each time it appears. */
  public List<String> placeholders() {
    return List.of(names);
  }

  /** Whether two placeholders follow each other with no text between, so a match can be ambiguous. */
  public boolean hasAdjacentPlaceholders() {
    for (int i = 1; i < literals.length - 1; i++) {
      if (literals[i].isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The text when there is no placeholder, else null. */
  String fixedText() {
    return names.length == 0 ? literals[0] : null;
  }

  String literal(int index) {
    return literals[index];
  }

  int placeholderCount() {
    return names.length;
  }

  /**
   * The detail with each placeholder's text put in.
   *
   * @param texts the text of each placeholder, in order of appearance
   */
  String format(String[] texts) {
    int length = 0;
    for (String literal : literals) {
      length += literal.length();
    }
    for (String text : texts) {
      length += text.length();
    }
    StringBuilder out = new StringBuilder(length).append(literals[0]);
    for (int i = 0; i < texts.length; i++) {
      out.append(texts[i]).append(literals[i + 1]);
    }
    return out.toString();
  }

  /**
   * Splits a received detail at the literal text, in time linear in the detail's length. It is
   * read from the left taking the first fit of each literal, and from the right taking the last:
   * a detail has one reading exactly when the two agree.
   *
   * @param detail the received detail, or null
   * @return the text of each placeholder in order of appearance, or null where the detail does
   *     not fit the template or fits it in more than one way
   */
  public String[] split(String detail) {
    int[] bounds = bounds(detail);
    if (bounds == null) {
      return null;
    }
    String[] texts = new String[bounds.length / 2];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = detail.substring(bounds[2 * i], bounds[2 * i + 1]);
    }
    return texts;
  }

  /**
   * Where each placeholder's text starts and ends in a received detail, as {@link #split} splits
   * it: for placeholder {@code i}, {@code [2i]} and {@code [2i + 1]}; null where it does not fit
   * in exactly one way.
   */
  int[] bounds(String detail) {
    if (detail == null) {
      return null;
    }
    int count = literals.length - 1;
    if (count == 0) {
      return detail.equals(literals[0]) ? new int[0] : null;
    }
    int start = literals[0].length();
    int end = detail.length() - literals[count].length();
    if (end < start || !detail.startsWith(literals[0]) || !detail.endsWith(literals[count])) {
      return null;
    }
    int[] bounds = new int[2 * count];
    int from = start;
    for (int i = 1; i < count; i++) {
      bounds[2 * i - 2] = from;
      int at = detail.indexOf(literals[i], from);
      if (at < 0 || at + literals[i].length() > end) {
        return null;
      }
      bounds[2 * i - 1] = at;
      from = at + literals[i].length();
    }
    bounds[2 * count - 2] = from;
    bounds[2 * count - 1] = end;
    // From the right, each literal where it last fits must be where it first fit.
    int to = end;
    for (int i = count - 1; i > 0; i--) {
      int at = detail.lastIndexOf(literals[i], to - literals[i].length());
      if (at + literals[i].length() != bounds[2 * i]) {
        return null;
      }
      to = at;
    }
    return bounds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DetailTemplate template && segments.equals(template.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Literal literal) {
        out.append(literal.text().replace("{", "{{").replace("}", "}}"));
      } else {
        out.append('{').append(((Placeholder) segment).name()).append('}');
      }
    }
    return out.toString();
  }
}

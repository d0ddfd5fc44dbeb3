package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import javax.lang.model.element.Modifier;

/** What every writer shares: the {@code @Generated} annotation, literals and Javadoc escaping. */
public final class GeneratedCode {

  public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedCode() {}

  /** {@code private static final long serialVersionUID = 1L;} for every serializable type. */
  public static FieldSpec serialVersionUid() {
    return FieldSpec.builder(long.class, "serialVersionUID",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }

  /**
   * A string literal of catalog text. JavaPoet's {@code $S} leaves U+2028 and U+2029 as they are
   * and then breaks the line at them, inside the literal; and a lone surrogate cannot be written
   * to a source file at all. Text with either is written with every such character escaped.
   */
  public static CodeBlock string(String value) {
    if (value.chars().noneMatch(GeneratedCode::unsafeInLiteral)) {
      return CodeBlock.of("$S", value);
    }
    StringBuilder literal = new StringBuilder(value.length() + 16).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (unsafeInLiteral(c) || Character.isISOControl(c)) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", literal.append('"'));
  }

  private static boolean unsafeInLiteral(int c) {
    return c == '\u2028' || c == '\u2029' || Character.isSurrogate((char) c);
  }

  /** Plain text (a title, a detail) made safe inside Javadoc: no tags, no HTML, no comment end. */
  public static String text(String plain) {
    StringBuilder out = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '*' -> out.append("&#42;");
        case '\\' -> out.append("&#92;");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append("&#").append((int) c).append(';');
          } else if (Character.isHighSurrogate(c) && i + 1 < plain.length()
              && Character.isLowSurrogate(plain.charAt(i + 1))) {
            out.append(c).append(plain.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD'); // a lone surrogate cannot be written to a source file
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Javadoc written in the catalog, carried into generated Javadoc as it is, but never ending the
   * comment. JavaPoet starts a new comment line at U+000B, U+000C, U+0085, U+2028 and U+2029 too;
   * they are written as character references instead, so that text after one (an
   * {@code @deprecated}, say) cannot start a line and become a block tag.
   */
  public static String doc(String javadoc) {
    StringBuilder out = new StringBuilder(javadoc.length() + 16);
    for (int i = 0; i < javadoc.length(); i++) {
      char c = javadoc.charAt(i);
      if (c == 0x0b || c == 0x0c || c == 0x85 || c == 0x2028 || c == 0x2029) {
        out.append("&#").append((int) c).append(';');
      } else {
        out.append(c);
      }
    }
    return out.toString().replace("*/", "*&#47;");
  }

  /** A Javadoc block: the catalog's own description, if any, then the generated text. */
  public static CodeBlock javadoc(String description, String format, Object... args) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!description.isEmpty()) {
      doc.add("$L\n\n<p>", doc(description));
    }
    return doc.add(format, args).build();
  }
}

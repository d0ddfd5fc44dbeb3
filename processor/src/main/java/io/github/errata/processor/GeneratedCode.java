package io.github.errata.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** What every writer shares: the {@code @Generated} mark, the file layout and Javadoc escaping. */
final class GeneratedCode {

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /**
   * The java.lang types that generated code names by their simple names. A type of the same name
   * in the catalog's package would hide one, so the parser refuses it. ProcessorContractTest
   * checks this list against the golden files.
   */
  static final Set<String> JAVA_LANG_NAMES_USED = Set.of(
      "Boolean", "Byte", "Character", "Class", "Double", "Enum", "Exception", "IllegalArgumentException",
      "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override", "RuntimeException",
      "Short", "StackTraceElement", "String", "StringBuilder", "System", "Throwable");

  private GeneratedCode() {}

  /**
   * Marks a type as generated and names the catalog as its one originating element, so build
   * tools can treat the processor as isolating. No date: it would break reproducible builds.
   */
  static TypeSpec.Builder mark(TypeSpec.Builder type, TypeElement catalog) {
    return type
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", ErrataProcessor.class.getName())
            .build())
        .addOriginatingElement(catalog);
  }

  /** Javadoc lines are wrapped to this width, as a person would write them. */
  private static final int JAVADOC_WIDTH = 100;

  /**
   * Writes a generated file through the {@link Filer}, with its originating elements (the
   * catalog, from {@link #mark}), after wrapping long Javadoc lines.
   */
  static void writeTo(JavaFile file, Filer filer) throws IOException {
    JavaFileObject source = filer.createSourceFile(qualifiedName(file),
        file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer writer = source.openWriter()) {
      writer.write(wrapJavadoc(file.toString()));
    }
  }

  /**
   * Writes a generated resource (a documentation file) to the class output, so it ships in the
   * jar, in UTF-8 whatever the platform's encoding, with the catalog as originating element.
   */
  static void writeResource(String path, String text, TypeElement catalog, Filer filer)
      throws IOException {
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, catalog);
    try (OutputStream out = resource.openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }

  /**
   * Breaks lines of Javadoc comments longer than the width at spaces, outside inline tags and
   * {@code <pre>} blocks; code is left as JavaPoet wrote it.
   */
  static String wrapJavadoc(String source) {
    StringBuilder out = new StringBuilder(source.length() + 256);
    boolean preformatted = false;
    boolean inComment = false;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      inComment |= trimmed.startsWith("/**");
      int star = line.indexOf("* ");
      boolean javadoc = inComment && trimmed.startsWith("* ");
      if (javadoc && line.contains("<pre>")) {
        preformatted = true;
      }
      if (javadoc && !preformatted && line.length() > JAVADOC_WIDTH) {
        String prefix = line.substring(0, star + 2);
        String rest = line.substring(star + 2);
        while (prefix.length() + rest.length() > JAVADOC_WIDTH) {
          int space = breakBefore(rest, JAVADOC_WIDTH - prefix.length());
          if (space <= 0) {
            break;
          }
          out.append(prefix).append(rest, 0, space).append('\n');
          rest = rest.substring(space + 1);
        }
        out.append(prefix).append(rest).append('\n');
      } else {
        out.append(line).append('\n');
      }
      if (line.contains("</pre>")) {
        preformatted = false;
      }
      if (trimmed.endsWith("*/")) {
        inComment = false;
      }
    }
    return out.substring(0, out.length() - 1);
  }

  /**
   * The last space at or before {@code limit} that is not inside an inline tag, or -1. Never one
   * before an {@code @}: a line that starts with it is a block tag, and {@code @deprecated} there
   * would deprecate the generated element.
   */
  private static int breakBefore(String text, int limit) {
    int depth = 0;
    int space = -1;
    for (int i = 0; i < text.length() && i <= limit; i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ' ' && depth == 0 && !text.substring(i).stripLeading().startsWith("@")) {
        space = i;
      }
    }
    return space;
  }

  static JavaFile file(CatalogModel model, TypeSpec type) {
    return JavaFile.builder(model.names().packageName(), type)
        .addFileComment("Generated by Errata from $L. Do not edit: change the catalog instead.",
            model.catalogName())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  /** {@code private static final long serialVersionUID = 1L;} for every serializable type. */
  static FieldSpec serialVersionUid() {
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
  static CodeBlock string(String value) {
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
  static String text(String plain) {
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
  static String doc(String javadoc) {
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
  static CodeBlock javadoc(String description, String format, Object... args) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!description.isEmpty()) {
      doc.add("$L\n\n<p>", doc(description));
    }
    return doc.add(format, args).build();
  }
}

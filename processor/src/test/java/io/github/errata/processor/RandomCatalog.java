package io.github.errata.processor;

import com.google.testing.compile.JavaFileObjects;
import io.github.errata.StackTrace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A catalog made up by {@link RandomCatalogs}: what it declares, what the processor must make of
 * it (names, types, links), and its Java source. Its {@code toString()} is the source, so a
 * failing try shows the catalog as a person would write it.
 *
 * @param packageName the package, empty for the unnamed package
 * @param interfaceName the catalog interface's simple name
 * @param name the {@code name} given to {@code @ErrorCatalog}, or empty for the default stem
 * @param docs the {@code docs} given, or empty
 * @param policy the {@code stackTraces} given, or null for the default
 * @param javadoc the interface's Javadoc, or empty
 * @param enums the enums the parameters may use, declared beside or inside the catalog
 * @param errors the errors, in declaration order
 */
record RandomCatalog(String packageName, String interfaceName, String name, String docs,
    StackTrace policy, String javadoc, List<TestEnum> enums, List<RandomError> errors) {

  /** The stem of the generated names. */
  String stem() {
    if (!name.isEmpty()) {
      return name;
    }
    for (String suffix : new String[] {"Errors", "Error", "Catalog"}) {
      if (interfaceName.endsWith(suffix)) {
        return interfaceName.substring(0, interfaceName.length() - suffix.length());
      }
    }
    return interfaceName;
  }

  /** The binary name of a type in the catalog's package. */
  String qualified(String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** The simple names of every type in the catalog's package: declared and generated. */
  List<String> typeNames() {
    List<String> names = new ArrayList<>();
    names.add(interfaceName);
    for (TestEnum testEnum : enums) {
      if (!testEnum.nested()) {
        names.add(testEnum.name());
      }
    }
    String stem = stem();
    for (String suffix : new String[] {"Error", "ErrorLinks", "Exception", "ErrorBody", "JsonCodec",
        "JacksonModule", "ErrorDecoder"}) {
      names.add(stem + suffix);
    }
    names.add("Unknown" + stem + "Exception");
    for (RandomError error : errors) {
      names.add(error.exceptionName());
    }
    return names;
  }

  /** The link an error's exceptions carry: its own {@code see}, or {@code docs#TYPE}, or none. */
  String see(RandomError error) {
    if (!error.see().isEmpty()) {
      return error.see();
    }
    return docs.isEmpty() ? null : docs + "#" + error.type();
  }

  /** Whether an error's exceptions fill in their stack trace. */
  boolean capturesStackTrace(RandomError error) {
    StackTrace effective = error.stackTrace() != null ? error.stackTrace()
        : policy != null ? policy : StackTrace.BY_STATUS;
    return switch (effective) {
      case ALWAYS -> true;
      case NEVER -> false;
      case BY_STATUS -> error.status() >= 500;
    };
  }

  List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forSourceString(qualified(interfaceName), catalogSource()));
    for (TestEnum testEnum : enums) {
      if (!testEnum.nested()) {
        sources.add(JavaFileObjects.forSourceString(qualified(testEnum.name()),
            packageLine() + "/** Values of a parameter. */\npublic " + testEnum.declaration()));
      }
    }
    return sources;
  }

  String catalogSource() {
    StringBuilder out = new StringBuilder(packageLine())
        .append("import io.github.errata.ApiError;\n")
        .append("import io.github.errata.ErrorCatalog;\n")
        .append("import io.github.errata.StackTrace;\n\n");
    javadoc(out, "", javadoc, Map.of());
    List<String> members = new ArrayList<>();
    if (!docs.isEmpty()) {
      members.add("docs = " + javaString(docs));
    }
    if (!name.isEmpty()) {
      members.add("name = " + javaString(name));
    }
    if (policy != null) {
      members.add("stackTraces = StackTrace." + policy);
    }
    out.append("@ErrorCatalog(").append(String.join(", ", members)).append(")\n")
        .append("public interface ").append(interfaceName).append(" {\n");
    for (RandomError error : errors) {
      out.append('\n');
      error.declare(out);
    }
    for (TestEnum testEnum : enums) {
      if (testEnum.nested()) {
        out.append("\n  /** Values of a parameter. */\n  ").append(testEnum.declaration());
      }
    }
    return out.append("}\n").toString();
  }

  private String packageLine() {
    return packageName.isEmpty() ? "" : "package " + packageName + ";\n\n";
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (JavaFileObject source : sources()) {
      out.append("\n// ").append(source.getName()).append('\n').append(source(source));
    }
    return out.toString();
  }

  private static CharSequence source(JavaFileObject file) {
    try {
      return file.getCharContent(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void javadoc(StringBuilder out, String indent, String text, Map<String, String> params) {
    if (text.isEmpty() && params.isEmpty()) {
      return;
    }
    out.append(indent).append("/**\n");
    if (!text.isEmpty()) {
      out.append(indent).append(" * ").append(text).append('\n');
    }
    if (!text.isEmpty() && !params.isEmpty()) {
      out.append(indent).append(" *\n");
    }
    params.forEach((param, doc) ->
        out.append(indent).append(" * @param ").append(param).append(' ').append(doc).append('\n'));
    out.append(indent).append(" */\n");
  }

  /**
   * A Java string literal of any text: quotes, backslashes and line breaks escaped, other control
   * characters as octal escapes (never {@code \}{@code u}, which javac reads before anything else).
   */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** An enum for the catalog's parameters, top-level in the package or nested in the catalog. */
  record TestEnum(String name, boolean nested, List<String> constants) {

    String declaration() {
      return "enum " + name + " { " + String.join(", ", constants) + " }\n";
    }

    /** The binary name, to load it. */
    String binaryName(RandomCatalog catalog) {
      return nested ? catalog.qualified(catalog.interfaceName()) + "$" + name : catalog.qualified(name);
    }
  }

  /** The kinds of parameter, each as written in the catalog. */
  enum Kind {
    STRING("String", "String"),
    INT("int", "Integer"),
    LONG("long", "Long"),
    BOOLEAN("boolean", "Boolean"),
    DOUBLE("double", "Double"),
    UUID("java.util.UUID", "java.util.UUID"),
    ENUM(null, null);

    private final String primitive;
    private final String boxed;

    Kind(String primitive, String boxed) {
      this.primitive = primitive;
      this.boxed = boxed;
    }
  }

  /**
   * One parameter of an error.
   *
   * @param boxed whether it is declared boxed (an {@code Integer} rather than an {@code int}); a
   *     boxed parameter may be null
   * @param enumType the enum, for {@link Kind#ENUM}
   */
  record Param(String name, Kind kind, boolean boxed, TestEnum enumType) {

    String sourceType() {
      return kind == Kind.ENUM ? enumType.name() : boxed ? kind.boxed : kind.primitive;
    }

    boolean nullable() {
      return boxed || kind == Kind.STRING || kind == Kind.UUID || kind == Kind.ENUM;
    }
  }

  /** A piece of a detail template: literal text, or a parameter's value. */
  sealed interface Segment permits Text, Slot {}

  /** Literal text; braces in it are written doubled in the template. */
  record Text(String text) implements Segment {}

  /** A placeholder for a parameter. */
  record Slot(String name) implements Segment {}

  /**
   * One error of the catalog, and the arguments to throw it with.
   *
   * @param method the method's name
   * @param type the {@code type} given, or empty for the method name in UPPER_SNAKE_CASE
   * @param derivedType the method name in UPPER_SNAKE_CASE, as the test spells it
   * @param detail the template's segments; empty for no {@code detail}, so the detail is the title
   * @param see the {@code see} given, or empty
   * @param stackTrace the {@code stackTrace} given, or null
   * @param paramDocs the {@code @param} text of some parameters
   * @param argumentSets argument values to throw the error with, one list per exception; an enum's
   *     value is the constant's name, to be looked up once the enum is loaded
   */
  record RandomError(String method, String type, String derivedType, int status, String title,
      List<Segment> detail, List<Param> params, String see, boolean retryable,
      StackTrace stackTrace, String javadoc, Map<String, String> paramDocs,
      List<List<Object>> argumentSets) {

    @Override
    public String type() {
      return type.isEmpty() ? derivedType : type;
    }

    String exceptionName() {
      return Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Exception";
    }

    /** The template as written in {@code detail}: placeholders in braces, literal braces doubled. */
    String template() {
      StringBuilder out = new StringBuilder();
      for (Segment segment : detail) {
        if (segment instanceof Text text) {
          out.append(text.text().replace("{", "{{").replace("}", "}}"));
        } else {
          out.append('{').append(((Slot) segment).name()).append('}');
        }
      }
      return out.toString();
    }

    void declare(StringBuilder out) {
      RandomCatalog.javadoc(out, "  ", javadoc, paramDocs);
      List<String> members = new ArrayList<>();
      members.add("status = " + status);
      members.add("title = " + javaString(title));
      if (!detail.isEmpty()) {
        members.add("detail = " + javaString(template()));
      }
      if (!type.isEmpty()) {
        members.add("type = " + javaString(type));
      }
      if (!see.isEmpty()) {
        members.add("see = " + javaString(see));
      }
      if (retryable) {
        members.add("retryable = true");
      }
      if (stackTrace != null) {
        members.add("stackTrace = StackTrace." + stackTrace);
      }
      List<String> parameters = new ArrayList<>();
      for (Param param : params) {
        parameters.add(param.sourceType() + " " + param.name());
      }
      out.append("  @ApiError(").append(String.join(", ", members)).append(")\n")
          .append("  void ").append(method).append('(').append(String.join(", ", parameters))
          .append(");\n");
    }
  }
}

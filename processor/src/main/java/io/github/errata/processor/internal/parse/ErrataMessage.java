package io.github.errata.processor.internal.parse;

/**
 * Every diagnostic the processor reports, each with a stable key that users can search for and
 * tests match on. The text says what is wrong, in the user's words, and how to fix it.
 */
public enum ErrataMessage {
  CATALOG_KIND("catalog-kind",
      "@ErrorCatalog goes on an interface, and %s is %s; declare the catalog as an interface"),
  CATALOG_GENERIC("catalog-generic",
      "catalog %s declares type parameters; a catalog cannot be generic, so remove them"),
  CATALOG_EXTENDS("catalog-extends",
      "catalog %s extends %s; a catalog declares all of its errors itself, so remove the extends clause"),
  CATALOG_STEM("catalog-stem",
      "%s; give @ErrorCatalog(name = \"...\") a stem such as \"Api\""),
  CATALOG_SIZE("catalog-size",
      "catalog %s declares %d errors, and a catalog holds at most %d (the JVM caps the code that"
          + " initialises its error type); split it into several catalogs"),
  NO_CATALOG("no-catalog",
      "@ApiError on %s() has no effect, because %s is not an @ErrorCatalog; annotate the interface"
          + " with @ErrorCatalog"),
  MISSING_API_ERROR("missing-api-error",
      "abstract method %s() has no @ApiError; annotate it, or give it a default body if it is not an error"),
  NOT_ABSTRACT("not-abstract",
      "@ApiError is on %s(), which has a body; an error method is abstract, so remove the body"
          + " (or the annotation)"),
  STATUS("status",
      "status %d is not an error status; use 400 to 599"),
  TITLE("title",
      "the title of %s() is blank; give a short, human title such as \"Object not found.\""),
  TYPE_FORMAT("type-format",
      "type \"%s\" is not UPPER_SNAKE_CASE; use capital letters, digits and single underscores, such as \"OBJECT_NOT_FOUND\""),
  DUPLICATE_TYPE("duplicate-type",
      "type %s is declared twice, by %s() and %s(); give each error its own type"),
  TEMPLATE_SYNTAX("template-syntax",
      "detail \"%s\" %s; write {name} for a parameter and {{ or }} for a literal brace"),
  UNKNOWN_PLACEHOLDER("unknown-placeholder",
      "placeholder {%s} names no parameter of %s() (%s); rename the placeholder, or add a parameter"
          + " named %s"),
  AMBIGUOUS_TEMPLATE("ambiguous-template",
      "detail \"%s\" puts two placeholders side by side, so a received detail may not be matched back to"
          + " its arguments; put text between them"),
  UNUSED_PARAMETER("unused-parameter",
      "parameter %s is not used by the detail of %s(); add {%s} to the detail, or remove the parameter"),
  PARAMETER_TYPE("parameter-type",
      "parameter %s has type %s, which errata cannot carry on the wire; use String, int, long, boolean,"
          + " double, a box of one of those, java.util.UUID or an enum"),
  PARAMETER_ACCESS("parameter-access",
      "parameter %s has type %s, which code generated in %s cannot see (%s); make the enum and the"
          + " types around it public, or package-private in the catalog's package"),
  PARAMETER_NAME("parameter-name",
      "parameter %s %s; rename the parameter"),
  EXAMPLE("example",
      "the example of %s() %s; give one value per parameter, in order, as it would appear in the"
          + " detail"),
  RETURN_TYPE("return-type",
      "%s() returns %s; an error method returns void, so change the return type to void"),
  GENERIC_METHOD("generic-method",
      "%s() declares type parameters; an error method cannot be generic, so remove them"),
  THROWS("throws",
      "%s() declares throws %s; an error method declares no exceptions, so remove the throws clause"),
  NAME_COLLISION("name-collision", "%s"),
  URL("url",
      "\"%s\" is not an absolute http(s) URL; write one such as \"https://example.com/errors\""),
  DOCS_FRAGMENT("docs-fragment",
      "docs \"%s\" has a #fragment, but each error's link is docs#TYPE; give the page without the"
          + " fragment"),
  PROBLEM_LINK("problem-link",
      "%s() has no link, and a PROBLEM_JSON catalog sends each error's link as its type URI; give"
          + " the catalog docs = \"https://...\", or the error see = \"https://...\""),
  PROBLEM_DUPLICATE_TYPE("problem-duplicate-type",
      "%s() and %s() have the same link %s, which a PROBLEM_JSON catalog sends as the type URI that"
          + " tells errors apart; give one of them a see = \"...\" of its own"),
  PROBLEM_MEMBER("problem-member",
      "parameter %s of %s() has the name of the RFC 9457 member \"%s\", and a PROBLEM_JSON catalog"
          + " sends each parameter as a member of its own name; rename the parameter"),
  NO_RUNTIME("no-runtime",
      "catalog %s needs errata-runtime on the compile classpath, and it is not there: the generated"
          + " code extends and calls it; add the dependency io.github.errata:errata-runtime:%s (or"
          + " import io.github.errata:errata-bom and add errata-runtime without a version). Nothing"
          + " was generated"),
  RUNTIME_VERSION("runtime-version",
      "the compile classpath has %s, and this errata-processor is version %s: the code generated"
          + " from %3$s calls the runtime's internals, which change between versions; use one Errata"
          + " version for both (import io.github.errata:errata-bom, or set errata-runtime and"
          + " errata-processor to %2$s). Nothing was generated"),
  LANGUAGE("language",
      "language \"%s\" is not a BCP 47 language tag; write one such as \"en\", \"de\" or \"pt-BR\""),
  TRANSLATION_DIRECTORY("translation-directory",
      "errata.translations \"%s\" %s; give the directory that holds the files Q_<language>.properties"),
  TRANSLATION_FILE("translation-file",
      "%s cannot be read (%s); check that it is a readable file"),
  TRANSLATION_ENCODING("translation-encoding",
      "%s:%d: not valid UTF-8 (%s); save the file as UTF-8"),
  TRANSLATION_SYNTAX("translation-syntax",
      "%s:%d: not a properties line: %s; write \\uXXXX with four hex digits, or \\\\ for a"
          + " backslash"),
  TRANSLATION_LANGUAGE("translation-language",
      "%s names the language \"%s\", %s; name the file %s_<tag>.properties with another BCP 47 tag"),
  TRANSLATION_KEY("translation-key",
      "%s:%d: the key \"%s\" names no member; a translation's keys are <TYPE>.title and <TYPE>.detail; %s"),
  TRANSLATION_UNKNOWN_ERROR("translation-unknown-error",
      "%s:%d: translates %s, which is no error of %s%s; use the type of one of its errors"),
  TRANSLATION_UNKNOWN_MEMBER("translation-unknown-member",
      "%s:%d: translates the member \"%s\" of %s, but only a title and a detail are translated;"
          + " write %s.title or %s.detail"),
  TRANSLATION_DUPLICATE("translation-duplicate",
      "%s:%d: translates %s again (first on line %d); keep one of them"),
  TRANSLATION_BLANK_TITLE("translation-blank-title",
      "%s:%d: a blank title for %s; translate the title, or remove the key to keep the catalog's"),
  TRANSLATION_TEMPLATE("translation-template",
      "%s:%d: detail \"%s\" %s; write {name} for a parameter and {{ or }} for a literal brace"),
  TRANSLATION_UNKNOWN_PLACEHOLDER("translation-unknown-placeholder",
      "%s:%d: placeholder {%s} in the detail of %s names no parameter of %s() (%s); use the error's"
          + " parameters as the catalog's detail does"),
  TRANSLATION_MISSPELT_PLACEHOLDER("translation-misspelt-placeholder",
      "%s:%d: placeholder {%s} in the detail of %s names no parameter of %s(); did you mean {%s}?"),
  TRANSLATION_MISSING_PLACEHOLDER("translation-missing-placeholder",
      "%s:%d: the detail of %s does not use {%s}, and a translated detail must carry every"
          + " parameter of %s() so a client can read it back; add {%s}"),
  TRANSLATION_AMBIGUOUS("translation-ambiguous",
      "%s:%d: detail \"%s\" puts two placeholders side by side, so a received detail may not be"
          + " matched back to its arguments; put text between them"),
  TRANSLATION_UNTRANSLATED("translation-untranslated",
      "%s (%s) leaves %d of %d error(s) of %s partly or wholly untranslated, sent in %s instead: %s"),
  INTERNAL("internal",
      "internal error in errata while processing %s; please report it with this trace: %s"),
  COMPAT_NO_BASELINE("compat.no-baseline",
      "catalog %s has no baseline in %s, so a change that breaks its deployed clients would go"
          + " unnoticed; create it with %s, and commit it"),
  COMPAT_UPDATED("compat.updated",
      "wrote the baseline of %s to %s; commit it"),
  COMPAT_ACCEPTED("compat.accepted",
      "recorded %d acknowledged break(s) of %s in %s; commit it with the change"),
  COMPAT_MODE("compat.mode",
      "errata.mode is \"%s\"; use check (the default), accept or update"),
  COMPAT_DIRECTORY("compat.directory",
      "errata.baseline \"%s\" is not a path (%s); give the directory that holds the baseline files"),
  COMPAT_FILE("compat.file", "%s"),
  COMPAT_WRITE("compat.write",
      "cannot write the baseline files in %s (%s); errata.baseline must name a writable directory");

  private final String key;
  private final String format;

  ErrataMessage(String key, String format) {
    this.key = "errata." + key;
    this.format = format;
  }

  /** The stable key, such as {@code errata.status}. */
  public String key() {
    return key;
  }

  /** The full message, {@code [key] text}, with the arguments filled in. */
  public String format(Object... args) {
    return "[" + key + "] " + String.format(format, args);
  }
}

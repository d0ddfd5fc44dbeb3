package io.github.errata.processor;

import io.github.errata.StackTrace;
import io.github.errata.processor.RandomCatalog.Kind;
import io.github.errata.processor.RandomCatalog.Param;
import io.github.errata.processor.RandomCatalog.RandomError;
import io.github.errata.processor.RandomCatalog.Segment;
import io.github.errata.processor.RandomCatalog.Slot;
import io.github.errata.processor.RandomCatalog.TestEnum;
import io.github.errata.processor.RandomCatalog.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import javax.lang.model.SourceVersion;

/**
 * Makes random catalogs that the processor must accept, one per seed: every name a valid
 * identifier that it does not refuse, every template with text between its placeholders
 * (side-by-side placeholders are a warning, which -Werror turns into a failure), and text full of
 * what needs escaping in Java source, JSON, format strings and Javadoc.
 */
final class RandomCatalogs {

  /** Names a parameter may not take (the errata.parameter-name diagnostic). */
  private static final Set<String> RESERVED_PARAMETER_NAMES = Set.of(
      "type", "status", "title", "detail", "see", "isRetryable", "error", "toBody", "extensions",
      "arguments", "getMessage", "getLocalizedMessage", "getCause", "getStackTrace",
      "getSuppressed", "fillInStackTrace", "printStackTrace", "toString", "hashCode", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize", "serialVersionUID",
      "serialPersistentFields", "writeReplace", "readResolve", "readObject", "writeObject",
      "readObjectNoData", "java", "javax");

  /** Methods of Object that an interface cannot redeclare as a void method of no parameters. */
  private static final Set<String> OBJECT_METHODS = Set.of(
      "getClass", "hashCode", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

  /** Type names the catalog's package must not have: the names the catalog source imports. */
  private static final Set<String> TAKEN_TYPE_NAMES =
      Set.of("ApiError", "ErrorCatalog", "StackTrace", "UUID");

  /** Names that generated code also uses (locals, fields, methods, packages), to try as parameters. */
  private static final List<String> TRICKY_PARAMETER_NAMES = List.of(
      "cause", "body", "texts", "text", "e", "value", "values", "valueOf", "parse", "fallback",
      "decoded", "literals", "count", "start", "end", "from", "to", "at", "i", "begins", "written",
      "constant", "reader", "parser", "generator", "json", "mapper", "module", "index", "name",
      "message", "var", "record", "yield", "sealed", "permits", "when", "com", "util", "lang",
      "org", "io", "test", "self", "result", "httpStatus", "input", "excerpt", "reason",
      "splitDetail", "parseArgument", "writesAs", "orElse", "fromBody", "fromType", "decode",
      "retryable", "captureStackTrace", "serializer", "provider", "context", "gen", "p", "ordinal");

  /** Stems whose generated names meet java.lang's or each other's unless the writers take care. */
  private static final List<String> TRICKY_STEMS = List.of(
      "Runtime", "IllegalArgument", "Unknown", "Json", "Jackson", "Object", "String", "System",
      "Error", "Exception", "Api", "Map", "Index");

  private static final List<String> TRICKY_PACKAGE_SEGMENTS = List.of(
      "com", "io", "org", "test", "api", "errors", "util", "lang");

  /** Text that needs care in Java source, JSON, format strings or Javadoc. */
  private static final List<String> SPECIAL_TEXT = List.of(
      "\"", "\\", "$", "%", "%s", "%n", "%%", "$1", "${x}", "\\u0041", "\\n", "'", "<", ">", "&",
      "*/", "/*", "//", "@", "#", "{", "}", "é", "ß", "中文", "\u00a0", "\u2028", "\u2029",
      "\ufeff", "😀", "𝔘", "\t", "\n", "\r", "\r\n", "\u0000", "\u0001", "\u007f", "\u0085", "null",
      " ", "  ", ".", ",", ":", "-", "0", "-1", "1e3", "NaN", "true");

  /**
   * Javadoc words: tags and markup mid-line, and never a comment's end, a unicode escape or a line
   * break that javac's doc comment reader sees (U+0085, U+2028, U+2029: text after one is a new line).
   */
  private static final List<String> JAVADOC_WORDS = List.of(
      "@deprecated", "@param", "@return", "@see", "@", "{@code x}", "{@link String}",
      "{@inheritDoc}", "<b>", "</b>", "<p>", "&amp;", "&", "<", ">", "100%", "$", "$1", "a*b", "*",
      "/", "é", "😀", "{", "}", "\\", "\"quoted\"", "#", "<pre>", "</pre>", "\u000c@deprecated",
      "\u000b");

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = LOWER.toUpperCase(Locale.ROOT);
  private static final String DIGITS = "0123456789";

  private final SplittableRandom random;

  private RandomCatalogs(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The catalog of a seed: the same seed gives the same catalog. */
  static RandomCatalog catalog(long seed) {
    RandomCatalogs catalogs = new RandomCatalogs(seed);
    while (true) {
      RandomCatalog catalog = catalogs.next();
      if (namesAreFree(catalog)) {
        return catalog;
      }
    }
  }

  private RandomCatalog next() {
    String pkg = packageName();
    String stem = stem();
    int naming = random.nextInt(4);
    String interfaceName = switch (naming) {
      case 0 -> stem + "Errors";
      case 1 -> stem + "Catalog";
      default -> typeWord() + "Api";
    };
    String docs = chance(0.7) ? url(false) : "";
    StackTrace policy = chance(0.5) ? pick(List.of(StackTrace.values())) : null;
    String javadoc = chance(0.7) ? javadoc() : "";
    List<TestEnum> enums = enums();
    List<RandomError> errors = new ArrayList<>();
    Set<String> methods = new HashSet<>();
    // As fields and locals of the generated exceptions, parameters must not hide the types that
    // those name in expressions (the errata.parameter-name rule); only lower-case names can.
    Set<String> hidden = new HashSet<>(Set.of(stem + "Error", stem + "Exception", interfaceName));
    enums.forEach(e -> hidden.add(e.name()));
    Supplier<String> parameterNames = parameterNames(pkg, stem, enums, hidden);
    for (int i = between(1, 6); i > 0; i--) {
      RandomError error = error(parameterNames, enums);
      if (methods.add(error.method())) {
        errors.add(error);
      }
    }
    return new RandomCatalog(pkg, interfaceName, naming < 2 ? "" : stem, docs, policy, javadoc,
        enums, errors);
  }

  /** Every type name distinct and not taken, every error type distinct, and INDEX only without docs. */
  private static boolean namesAreFree(RandomCatalog catalog) {
    Set<String> errorTypes = new HashSet<>();
    for (RandomError error : catalog.errors()) {
      if (!errorTypes.add(error.type())
          || (!catalog.docs().isEmpty() && error.type().equals("INDEX"))) {
        return false;
      }
    }
    Set<String> enumNames = new HashSet<>();
    for (TestEnum testEnum : catalog.enums()) {
      if (!enumNames.add(testEnum.name()) || testEnum.name().equals(catalog.interfaceName())
          || taken(testEnum.name())) {
        return false;
      }
    }
    List<String> types = catalog.typeNames();
    return new HashSet<>(types).size() == types.size()
        && types.stream().noneMatch(RandomCatalogs::taken);
  }

  /**
   * A name taken, or of a java.lang type: the processor refuses a type that would hide one the
   * generated code uses, and which those are depends on the catalog, so every java.lang name is
   * left out (JavaLangNamesTest tries the refusal).
   */
  private static boolean taken(String typeName) {
    return TAKEN_TYPE_NAMES.contains(typeName) || JavaLangNamesTest.isJavaLangType(typeName);
  }

  private RandomError error(Supplier<String> parameterNames, List<TestEnum> enums) {
    String method;
    String derivedType;
    do {
      if (chance(5 / 6.0)) {
        // Words the test can spell in UPPER_SNAKE_CASE: [over, limit2] is overLimit2, OVER_LIMIT2.
        List<String> words = new ArrayList<>();
        words.add(letters(LOWER, 1, 1) + letters(LOWER + DIGITS, 0, 6));
        for (int i = random.nextInt(4); i > 0; i--) {
          // Two letters first, so the boundary is always a word's start.
          words.add(letters(LOWER, 2, 2) + letters(LOWER + DIGITS, 0, 5));
        }
        StringBuilder name = new StringBuilder(words.get(0));
        words.stream().skip(1).forEach(w -> name.append(capitalize(w)));
        method = name.toString();
        derivedType = String.join("_", words).toUpperCase(Locale.ROOT);
      } else {
        method = oddIdentifier();
        derivedType = "";
      }
    } while (SourceVersion.isKeyword(method) || OBJECT_METHODS.contains(method));
    // A name the test cannot spell in UPPER_SNAKE_CASE always gets a type of its own.
    String type = derivedType.isEmpty() || chance(0.3) ? upperSnake() : "";
    int status = between(400, 599);
    String title;
    do {
      title = text(8);
    } while (title.isBlank());
    String see = chance(0.25) ? url(true) : "";
    boolean retryable = random.nextBoolean();
    StackTrace stackTrace = chance(0.4) ? pick(List.of(StackTrace.values())) : null;
    String javadoc = chance(0.7) ? javadoc() : "";

    List<Param> params = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      Param param = param(parameterNames.get(), enums);
      if (names.add(param.name())) {
        params.add(param);
      }
    }
    List<Segment> detail = template(params);
    List<List<Object>> argumentSets = new ArrayList<>();
    for (int i = params.isEmpty() ? 1 : between(1, 3); i > 0; i--) {
      argumentSets.add(arguments(params, detail));
    }
    Map<String, String> paramDocs = new LinkedHashMap<>();
    for (Param param : params) {
      if (chance(0.4)) {
        paramDocs.put(param.name(), javadoc());
      }
    }
    return new RandomError(method, type, derivedType, status, title, detail, params, see,
        retryable, stackTrace, javadoc, paramDocs, argumentSets);
  }

  private Param param(String name, List<TestEnum> enums) {
    List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
    if (enums.isEmpty()) {
      kinds.remove(Kind.ENUM);
    }
    Kind kind = pick(kinds);
    boolean boxable = kind == Kind.INT || kind == Kind.LONG || kind == Kind.BOOLEAN
        || kind == Kind.DOUBLE;
    return new Param(name, kind, boxable && random.nextBoolean(),
        kind == Kind.ENUM ? pick(enums) : null);
  }

  /** Mostly fresh names; sometimes names that generated code or the package also uses. */
  private Supplier<String> parameterNames(String pkg, String stem, List<TestEnum> enums,
      Set<String> hidden) {
    List<String> tricky = new ArrayList<>(TRICKY_PARAMETER_NAMES);
    for (String suffix : List.of("Error", "ErrorLinks", "Exception", "ErrorBody", "JsonCodec",
        "JacksonModule", "ErrorDecoder")) {
      tricky.add(decapitalize(stem + suffix));
    }
    tricky.add("unknown" + stem + "Exception");
    enums.forEach(e -> tricky.add(decapitalize(e.name())));
    String firstSegment = pkg.split("\\.")[0];
    return () -> {
      while (true) {
        String name = switch (weighted(6, 1, 2)) {
          case 0 -> identifier(letters(LOWER + "éßπ", 1, 1));
          case 1 -> oddIdentifier();
          default -> pick(tricky);
        };
        if (!RESERVED_PARAMETER_NAMES.contains(name) && !SourceVersion.isKeyword(name)
            && !name.equals(firstSegment) && !hidden.contains(name)
            && Character.isLowerCase(name.charAt(0))) {
          return name;
        }
      }
    };
  }

  /**
   * Each parameter's placeholder at least once, some twice, in any order, with text before and
   * after and never two side by side. No parameters: a literal detail, or none at all.
   */
  private List<Segment> template(List<Param> params) {
    if (params.isEmpty()) {
      String text = text(10);
      return text.isEmpty() ? List.of() : List.of(new Text(text));
    }
    List<String> slots = new ArrayList<>();
    params.forEach(param -> slots.add(param.name()));
    for (int i = random.nextInt(3); i > 0; i--) {
      slots.add(pick(params).name());
    }
    for (int i = slots.size() - 1; i > 0; i--) {
      Collections.swap(slots, i, random.nextInt(i + 1));
    }
    List<Segment> segments = new ArrayList<>();
    String first = text(4);
    if (!first.isEmpty()) {
      segments.add(new Text(first));
    }
    for (int i = 0; i < slots.size(); i++) {
      if (i > 0) {
        String between;
        do {
          between = text(4);
        } while (between.isEmpty());
        segments.add(new Text(between));
      }
      segments.add(new Slot(slots.get(i)));
    }
    String last = text(4);
    if (!last.isEmpty()) {
      segments.add(new Text(last));
    }
    return segments;
  }

  /** Values to throw with; some strings hold the template's own text, to make readings ambiguous. */
  private List<Object> arguments(List<Param> params, List<Segment> detail) {
    List<String> literals = detail.stream()
        .filter(s -> s instanceof Text).map(s -> ((Text) s).text()).toList();
    List<Object> values = new ArrayList<>();
    for (Param param : params) {
      values.add(param.nullable() && chance(0.1) ? null : value(param, literals));
    }
    return values;
  }

  private Object value(Param param, List<String> literals) {
    return switch (param.kind()) {
      case STRING -> switch (literals.isEmpty() ? 0 : weighted(4, 2, 2, 1)) {
        case 0 -> text(5);
        case 1 -> pick(literals);
        case 2 -> text(2) + pick(literals) + text(2);
        default -> pick(List.of("null", "", " "));
      };
      case INT -> switch (weighted(2, 1, 1)) {
        case 0 -> random.nextInt();
        case 1 -> between(-1000, 1000);
        default -> pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1));
      };
      case LONG -> switch (weighted(2, 1, 1)) {
        case 0 -> random.nextLong();
        case 1 -> (long) between(-1000, 1000);
        default -> pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L));
      };
      case BOOLEAN -> random.nextBoolean();
      case DOUBLE -> switch (weighted(3, 2, 1)) {
        case 0 -> between(-100_000, 100_000) / 100.0;
        case 1 -> Double.longBitsToDouble(random.nextLong());
        default -> pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            -0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-7, 1e7));
      };
      case UUID -> new UUID(random.nextLong(), random.nextLong());
      case ENUM -> pick(param.enumType().constants());
    };
  }

  private List<TestEnum> enums() {
    List<TestEnum> enums = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      List<String> constants = new ArrayList<>();
      for (int j = between(1, 4); j > 0; j--) {
        String constant = chance(0.8) ? upperSnake() : identifier(letters(LOWER + "ÉΩ", 1, 1));
        if (!SourceVersion.isKeyword(constant) && !constants.contains(constant)) {
          constants.add(constant);
        }
      }
      if (constants.isEmpty()) {
        constants.add("ONLY");
      }
      enums.add(new TestEnum(typeWord(), random.nextBoolean(), List.copyOf(constants)));
    }
    return enums;
  }

  /** Mostly one to three segments, sometimes the unnamed package. */
  private String packageName() {
    if (chance(0.1)) {
      return "";
    }
    List<String> segments = new ArrayList<>();
    for (int i = between(1, 3); i > 0; i--) {
      String segment = chance(0.8)
          ? identifier(letters(LOWER, 1, 1)).toLowerCase(Locale.ROOT)
          : pick(TRICKY_PACKAGE_SEGMENTS);
      if (!SourceVersion.isKeyword(segment) && !segment.equals("java") && !segment.equals("javax")) {
        segments.add(segment);
      }
    }
    return segments.isEmpty() ? "errors" : String.join(".", segments);
  }

  private String stem() {
    return switch (weighted(6, 2, 1, 1)) {
      case 0 -> typeWord();
      case 1 -> typeWord() + typeWord();
      case 2 -> pick(TRICKY_STEMS);
      default -> identifier(letters(UPPER + "ÉЖaq", 1, 1));
    };
  }

  /** A capitalized word, such as {@code Billing}. */
  private String typeWord() {
    return letters(UPPER, 1, 1) + letters(LOWER, 1, 7);
  }

  /** An identifier with underscores, dollars, digits and letters beyond ASCII after its first letter. */
  private String oddIdentifier() {
    return letters(LOWER, 1, 1) + letters(LOWER + UPPER + DIGITS + "_$éßπж", 1, 8);
  }

  private String identifier(String first) {
    return first + letters(LOWER + UPPER + DIGITS, 0, 7);
  }

  private String upperSnake() {
    if (chance(0.05)) {
      return pick(List.of("INDEX", "BY_TYPE", "VALUES", "A"));
    }
    StringBuilder type = new StringBuilder(letters(UPPER, 1, 1)).append(letters(UPPER + DIGITS, 0, 6));
    for (int i = random.nextInt(4); i > 0; i--) {
      type.append('_').append(letters(UPPER + DIGITS, 1, 6));
    }
    return type.toString();
  }

  /** An http(s) URL the processor takes: a host, maybe a port, a path of odd characters, a query. */
  private String url(boolean fragment) {
    StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
    for (int i = between(1, 3); i > 0; i--) {
      url.append(letters(LOWER, 1, 1)).append(letters(LOWER + DIGITS, 0, 6))
          .append(i > 1 ? "." : "");
    }
    url.append(pick(List.of("", "", ":8080", ":1")));
    for (int i = random.nextInt(4); i > 0; i--) {
      url.append('/');
      for (int j = random.nextInt(4); j > 0; j--) {
        url.append(chance(0.8) ? letters(LOWER + UPPER + DIGITS, 1, 6)
            : pick(List.of("%20", "$", "'", "(", ")", "*", "*/", "+", ",", ";", "=", ":", "@", "~",
                "!", "&", "-", "_", ".")));
      }
    }
    url.append(pick(List.of("", "", "?q=1", "?a=b&c=%22d%22")));
    if (fragment) {
      url.append(pick(List.of("", "", "#top", "#x-y")));
    }
    return url.toString();
  }

  /** Up to {@code pieces} pieces of text: words, numbers, spaces and text that needs escaping. */
  private String text(int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(pieces + 1); i > 0; i--) {
      text.append(switch (weighted(5, 4, 1, 2)) {
        case 0 -> letters(LOWER + UPPER, 1, 8);
        case 1 -> pick(SPECIAL_TEXT);
        case 2 -> letters(DIGITS, 1, 4);
        default -> " ";
      });
    }
    return text.toString();
  }

  /** One line of Javadoc, long enough to be wrapped, with tags and markup mid-line. */
  private String javadoc() {
    StringBuilder doc = new StringBuilder(letters(LOWER + UPPER, 1, 9));
    for (int i = random.nextInt(31); i > 0; i--) {
      doc.append(' ').append(chance(0.75) ? letters(LOWER + UPPER, 1, 9) : pick(JAVADOC_WORDS));
    }
    return doc.toString();
  }

  private String letters(String alphabet, int min, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = between(min, max); i > 0; i--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  private int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** An index, each with the chance of its weight. */
  private int weighted(int... weights) {
    int roll = random.nextInt(Arrays.stream(weights).sum());
    for (int i = 0; ; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String decapitalize(String word) {
    return Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }

}

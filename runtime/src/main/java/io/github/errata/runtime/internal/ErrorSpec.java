package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One error of a catalog as data: what generated code declares once per error, with
 * {@link #builder}, and everything the runtime needs to format its detail, write its body from
 * precomputed UTF-8 fragments (the direct path) and read its arguments back out of a received
 * detail.
 */
public final class ErrorSpec {
  private final Wire wire;
  private final String type;
  private final int status;
  private final String title;
  private final String see;
  private final boolean retryable;
  private final boolean captureStackTrace;
  private final DetailTemplate template;
  private final Parameter[] parameters;
  private final List<String> parameterNames;
  private final String[] names;
  /** For each placeholder, in order of appearance, the position of its parameter. */
  private final int[] slots;
  /** For each placeholder, the earlier appearance of the same parameter, or -1. */
  private final int[] repeats;

  /**
   * The UTF-8 of the type as the wire carries it (the identifier, or on RFC 9457's wire the link),
   * to find a received one by; null where it cannot be UTF-8.
   */
  final byte[] typeUtf8;
  /** The type as the wire carries it. */
  final String wireType;
  final String fixedDetail;
  /**
   * The title, link and fixed detail as a JSON string holds them as this runtime writes them,
   * then the closing quote: received bytes equal to them are the catalog's strings.
   */
  final byte[] titleJson;
  final byte[] seeJson;
  final byte[] fixedDetailJson;
  /**
   * The thrown body's bytes after the type's closing quote up to the detail's text, and after
   * the detail's closing quote up to the body's end (less the closing brace): a received body that
   * has them is read past them at once. Null where the wire puts the type elsewhere.
   */
  final byte[] afterType;
  final byte[] afterDetail;
  /** The longest string in each of those, to be held to the length limit. */
  final int afterTypeChars;
  final int afterDetailChars;

  /** The whole body where the detail is fixed, else null. */
  private final byte[] constantBody;
  /** The body before and after the detail's text, and each literal of the detail, escaped. */
  private final byte[] head;
  private final byte[] tail;
  private final byte[][] literals;
  /** Whether a literal holds a surrogate, so the detail must be escaped as one text. */
  private final boolean literalSurrogates;
  private final int fixedLength;
  /** On RFC 9457's wire, each argument's {@code ,"name":}; else null. */
  private final byte[][] argumentNames;
  /** How many chars the detail's literals have together. */
  private final int literalChars;

  /** The language of the title and detail: a BCP 47 tag. */
  private final String language;
  /** Every language the error is written in, its own first; the translations are at the same
   * positions of {@link #translated}, whose first is this error itself. */
  private final List<String> languages;
  private final ErrorSpec[] translated;

  /** One typed argument: its name, kind, and for an enum, its constants by name. */
  private record Parameter(String name, ArgumentKind kind, Map<String, Enum<?>> constants) {}

  private ErrorSpec(Builder builder) {
    this.wire = Wire.of(builder.wire);
    this.type = builder.type;
    this.status = builder.status;
    this.title = builder.title;
    this.see = builder.see;
    this.retryable = builder.retryable;
    this.captureStackTrace = builder.captureStackTrace;
    this.template = builder.template != null ? builder.template : DetailTemplate.literal(title);
    this.parameters = builder.parameters.toArray(new Parameter[0]);
    List<String> names = new ArrayList<>();
    for (Parameter parameter : parameters) {
      names.add(parameter.name());
    }
    this.parameterNames = List.copyOf(names);
    this.names = names.toArray(new String[0]);
    List<String> appearances = template.placeholders();
    this.slots = new int[appearances.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = names.indexOf(appearances.get(i));
      if (slots[i] < 0) {
        throw new IllegalArgumentException("error " + type + ": the detail's placeholder {"
            + appearances.get(i) + "} names no parameter");
      }
    }
    this.repeats = new int[slots.length];
    for (int i = 0; i < slots.length; i++) {
      repeats[i] = appearances.indexOf(appearances.get(i));
      if (repeats[i] == i) {
        repeats[i] = -1;
      }
    }
    for (String name : names) {
      if (!appearances.contains(name)) {
        throw new IllegalArgumentException(
            "error " + type + ": the detail does not use parameter " + name);
      }
    }
    if (wire.isProblem() && see == null) {
      throw new IllegalArgumentException("error " + type + ": on the PROBLEM_JSON wire an error"
          + " needs a link, its type URI");
    }
    this.wireType = wire.isProblem() ? see : type;
    this.typeUtf8 = utf8(wireType);
    this.fixedDetail = template.fixedText();
    this.titleJson = quoted(title);
    this.seeJson = see == null ? null : quoted(see);
    this.fixedDetailJson = fixedDetail == null ? null : quoted(fixedDetail);

    byte[][] around = wire.fragmentsAroundDetail(type, title, status, see);
    this.head = around[0];
    this.tail = around[1];
    int count = template.placeholderCount();
    this.literals = new byte[count + 1][];
    boolean surrogates = false;
    int fixed = head.length + tail.length;
    for (int i = 0; i <= count; i++) {
      literals[i] = JsonWriter.escaped(template.literal(i));
      surrogates |= JsonWriter.hasSurrogate(template.literal(i));
      fixed += literals[i].length;
    }
    this.literalSurrogates = surrogates;
    this.literalChars = template.literals().stream().mapToInt(String::length).sum();
    this.fixedLength = fixed;
    if (wire.isProblem()) {
      this.argumentNames = new byte[names.size()][];
      for (int i = 0; i < argumentNames.length; i++) {
        // After the detail, so a comma always goes first.
        argumentNames[i] = new JsonWriter(names.get(i).length() + 4).write(new byte[] {',', '"'})
            .text(names.get(i)).write(new byte[] {'"', ':'}).toByteArray();
      }
    } else {
      this.argumentNames = null;
    }
    // The type's value, as the member's colon and the quoted text: the first in the head.
    byte[] typeValue = concat(new byte[] {':', '"'}, quoted(wireType));
    int typeAt = indexOf(head, typeValue);
    this.afterType = typeAt < 0 ? null
        : Arrays.copyOfRange(head, typeAt + typeValue.length, head.length);
    this.afterTypeChars = Math.max(title.length(), Math.max(Wire.TITLE.length(), Wire.DETAIL.length()));
    this.afterDetail = tail.length < 2 || tail[0] != '"' || tail[tail.length - 1] != '}' ? null
        : Arrays.copyOfRange(tail, 1, tail.length - 1);
    this.afterDetailChars = see == null ? 0 : Math.max(see.length(), Wire.SEE.length());
    this.constantBody = fixedDetail == null || argumentNames != null ? null
        : new JsonWriter(fixed).write(head).write(literals[0]).write(tail).toByteArray();
    this.language = builder.language;
    List<String> tags = new ArrayList<>();
    tags.add(language);
    tags.addAll(builder.translations.keySet());
    this.languages = List.copyOf(tags);
    this.translated = new ErrorSpec[tags.size()];
    translated[0] = this;
    int i = 1;
    for (Map.Entry<String, String[]> translation : builder.translations.entrySet()) {
      translated[i++] = builder.translated(translation.getKey(), translation.getValue()[0],
          translation.getValue()[1]);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  /** Where a run of bytes first starts in another, or -1. */
  private static int indexOf(byte[] bytes, byte[] run) {
    for (int i = 0; i + run.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + run.length, run, 0, run.length)) {
        return i;
      }
    }
    return -1;
  }

  /** A text escaped as a JSON string's content, then the closing quote. */
  private static byte[] quoted(String text) {
    return new JsonWriter(text.length() + 1).text(text).write(new byte[] {'"'}).toByteArray();
  }

  /** The UTF-8 of a text, or null where it holds a lone surrogate, which UTF-8 cannot carry. */
  private static byte[] utf8(String text) {
    return JsonWriter.hasLoneSurrogate(text) ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Starts declaring an error.
   *
   * @param wire the catalog's wire format
   * @param type the stable identifier, such as {@code OBJECT_NOT_FOUND}
   * @param status the HTTP status
   * @param title the title
   * @return the builder
   */
  public static Builder builder(WireFormat wire, String type, int status, String title) {
    return new Builder(wire, type, status, title);
  }

  /** Declares one error; {@link #build()} checks it. */
  public static final class Builder {
    private final WireFormat wire;
    private final String type;
    private final int status;
    private final String title;
    private String see;
    private boolean retryable;
    private boolean captureStackTrace;
    private DetailTemplate template;
    private final List<Parameter> parameters = new ArrayList<>();
    private String language = "en";
    /** By language tag, in the order given: the title and detail template, each or null. */
    private final Map<String, String[]> translations = new LinkedHashMap<>();

    private Builder(WireFormat wire, String type, int status, String title) {
      this.wire = Objects.requireNonNull(wire, "wire");
      this.type = Objects.requireNonNull(type, "type");
      this.status = status;
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * The link to the error's documentation; none where not called.
     *
     * @param see an absolute URL
     * @return this builder
     */
    public Builder see(String see) {
      this.see = see;
      return this;
    }

    /**
     * Adds the next typed argument, of any kind but {@link ArgumentKind#ENUM}.
     *
     * @param name the parameter's name
     * @param kind its kind
     * @return this builder
     */
    public Builder parameter(String name, ArgumentKind kind) {
      if (kind == ArgumentKind.ENUM) {
        throw new IllegalArgumentException("an enum parameter needs its type: use enumParameter");
      }
      parameters.add(new Parameter(name, kind, null));
      return this;
    }

    /**
     * Adds the next typed argument, an enum read back by its constants' names.
     *
     * @param name the parameter's name
     * @param type its enum type
     * @return this builder
     */
    public Builder enumParameter(String name, Class<? extends Enum<?>> type) {
      Map<String, Enum<?>> constants = new HashMap<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        constants.put(constant.name(), constant);
      }
      parameters.add(new Parameter(name, ArgumentKind.ENUM, Map.copyOf(constants)));
      return this;
    }

    /**
     * Marks the error as one a client may retry later.
     *
     * @return this builder
     */
    public Builder retryable() {
      this.retryable = true;
      return this;
    }

    /**
     * Makes a thrown exception of this error capture its stack trace.
     *
     * @return this builder
     */
    public Builder captureStackTrace() {
      this.captureStackTrace = true;
      return this;
    }

    /**
     * The detail template; where not called, the detail is the title, taken as it is.
     *
     * @param template the template, as {@link DetailTemplate#parse(String)} reads it
     * @return this builder
     */
    public Builder detail(String template) {
      this.template = DetailTemplate.parse(template);
      return this;
    }

    /**
     * The language the title and detail are written in; {@code en} where not called.
     *
     * @param language a BCP 47 tag
     * @return this builder
     */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Adds a translation of the title and detail; what it leaves null stays in the error's own
     * language. Where the error's detail is its title, a translated title is its detail too.
     *
     * @param language the translation's BCP 47 tag, not the error's own
     * @param title the translated title, or null
     * @param detail the translated detail template, with the same placeholders, or null
     * @return this builder
     */
    public Builder translation(String language, String title, String detail) {
      if (language.equalsIgnoreCase(this.language) || translations.containsKey(language)) {
        throw new IllegalArgumentException("error " + type + ": a second text in " + language);
      }
      translations.put(language, new String[] {title, detail});
      return this;
    }

    /** The error in another language: the same but for the title and detail. */
    private ErrorSpec translated(String tag, String otherTitle, String otherDetail) {
      Builder other = new Builder(wire, type, status, otherTitle != null ? otherTitle : title);
      other.see = see;
      other.retryable = retryable;
      other.captureStackTrace = captureStackTrace;
      other.parameters.addAll(parameters);
      other.template = otherDetail != null ? DetailTemplate.parse(otherDetail) : template;
      other.language = tag;
      return other.build();
    }

    /**
     * The error.
     *
     * @return the error, with its fragments computed
     * @throws IllegalArgumentException where a placeholder names no parameter, or a parameter is
     *     not used
     */
    public ErrorSpec build() {
      return new ErrorSpec(this);
    }
  }

  /** The stable identifier. */
  public String type() {
    return type;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The documentation link, or null. */
  public String see() {
    return see;
  }

  /** Whether a client may retry. */
  public boolean retryable() {
    return retryable;
  }

  /** Whether a thrown exception captures its stack trace. */
  public boolean captureStackTrace() {
    return captureStackTrace;
  }

  /** The language of {@link #title()} and the detail, a BCP 47 tag. */
  public String language() {
    return language;
  }

  /** Every language the error is written in, as BCP 47 tags: its own first. */
  public List<String> languages() {
    return languages;
  }

  /**
   * The error in the language that best fits a locale (RFC 4647 lookup: {@code de-CH} falls back
   * to {@code de}): a translation, or this error where none fits.
   *
   * @param locale the wanted language, or null for the error's own
   * @return the error in that language; same type, status, link and parameters
   */
  public ErrorSpec in(Locale locale) {
    if (translated.length == 1 || locale == null) {
      return this;
    }
    String wanted = locale.toLanguageTag();
    for (int i = 0; i < translated.length; i++) {
      if (languages.get(i).equalsIgnoreCase(wanted)) {
        return translated[i];
      }
    }
    try {
      String tag = Locale.lookupTag(List.of(new Locale.LanguageRange(wanted)), languages);
      return tag == null ? this : translated[indexOfLanguage(tag)];
    } catch (IllegalArgumentException e) {
      // A locale whose tag is no language range (a private-use oddity): the error's own language.
      return this;
    }
  }

  private int indexOfLanguage(String tag) {
    for (int i = 0; i < languages.size(); i++) {
      if (languages.get(i).equalsIgnoreCase(tag)) {
        return i;
      }
    }
    return 0;
  }

  /** The catalog's wire. */
  public Wire wire() {
    return wire;
  }

  /** The body's media type. */
  public String mediaType() {
    return wire.mediaType();
  }

  /** The detail template. */
  public DetailTemplate template() {
    return template;
  }

  /** The typed arguments' names, in declaration order. */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /**
   * The typed arguments' names, in declaration order, as one array shared by every exception of
   * this error: not to be changed.
   */
  public String[] parameterArray() {
    return names;
  }

  /** The kind of the parameter at a position. */
  public ArgumentKind parameterKind(int index) {
    return parameters[index].kind();
  }

  /**
   * How a value is written into a detail: an enum by its name, anything else by
   * {@code String.valueOf}, so null is {@code null}.
   */
  static String text(Object value) {
    return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
  }

  /**
   * The detail for these arguments.
   *
   * @param arguments the typed arguments in declaration order; may be null where there are none
   * @return the detail
   */
  public String detail(Object[] arguments) {
    if (fixedDetail != null) {
      return fixedDetail;
    }
    int length = literalChars;
    for (int slot : slots) {
      length += text(arguments[slot]).length();
    }
    StringBuilder out = new StringBuilder(length).append(template.literal(0));
    for (int i = 0; i < slots.length; i++) {
      out.append(text(arguments[slots[i]])).append(template.literal(i + 1));
    }
    return out.toString();
  }

  /**
   * The body of an exception the server made without an {@code instance}: see
   * {@link #thrownBody(Object[], String, String, boolean)}.
   *
   * @param arguments the typed arguments, in declaration order
   * @param detail the detail made from them, or null
   * @param shared whether the caller only reads the array
   * @return the body
   */
  public byte[] thrownBody(Object[] arguments, String detail, boolean shared) {
    return thrownBody(arguments, detail, null, shared);
  }

  /**
   * The body of an exception the server made, from the precomputed fragments and the escaped
   * arguments: the bytes a Jackson serializer writes for it.
   *
   * @param arguments the typed arguments, in declaration order
   * @param detail the detail made from them, for a text that must be escaped as a whole; or null,
   *     where it is made from the arguments if the body needs it
   * @param instance the occurrence's identifier, sent on RFC 9457's wire; or null
   * @param shared whether the caller only reads the array, so a constant may be returned as it is
   * @return the body
   */
  public byte[] thrownBody(Object[] arguments, String detail, String instance, boolean shared) {
    if (constantBody != null) {
      return shared ? constantBody : constantBody.clone();
    }
    JsonWriter out = detailBody(arguments, detail);
    if (argumentNames != null) {
      problemRest(out, arguments, instance);
    }
    return out.toByteArray();
  }

  /**
   * The end of an RFC 9457 body after the detail: the instance where there is one, each argument
   * as a member of its JSON type, the closing brace.
   */
  private void problemRest(JsonWriter out, Object[] arguments, String instance) {
    if (instance != null) {
      out.write(INSTANCE_NAME).text(instance);
      out.write(QUOTE);
    }
    for (int i = 0; i < argumentNames.length; i++) {
      out.write(argumentNames[i]);
      Object value = arguments == null ? null : Wire.jsonValue(arguments[i]);
      if (value instanceof Double number && !Double.isFinite(number)) {
        // As Wire writes a number JSON cannot hold: its text.
        value = number.toString();
      }
      if (value instanceof String text) {
        out.write(QUOTE).text(text);
        out.write(QUOTE);
      } else {
        // null, a Boolean or a number, each written as JsonWriter writes it: ASCII.
        out.ascii(String.valueOf(value));
      }
    }
    out.write(new byte[] {'}'});
  }

  private static final byte[] QUOTE = {'"'};
  private static final byte[] INSTANCE_NAME =
      (",\"" + Wire.INSTANCE + "\":\"").getBytes(StandardCharsets.US_ASCII);

  /** The body up to and with what follows the detail: the precomputed head, the detail, the tail. */
  private JsonWriter detailBody(Object[] arguments, String detail) {
    // Room for what RFC 9457's wire adds after the detail, per exception.
    int rest = argumentNames != null ? 64 : 0;
    if (fixedDetail != null) {
      return new JsonWriter(fixedLength + rest).write(head).write(literals[0]).write(tail);
    }
    if (!literalSurrogates) {
      // One pass over the arguments, which also finds a lone surrogate in one.
      JsonWriter out = new JsonWriter(asciiLength(arguments) + rest).write(head).write(literals[0]);
      if (arguments(out, arguments)) {
        return out.write(tail);
      }
    }
    // A lone surrogate in the detail: it is escaped as one text, as Jackson does, since a lone
    // surrogate anywhere in it changes how all of it is written.
    String text = detail != null ? detail : detail(arguments);
    return new JsonWriter(head.length + text.length() + tail.length + 64)
        .write(head).text(text).write(tail);
  }

  /**
   * The body's length where every argument is ASCII that needs no escaping: for the usual error
   * the exact size, so the writer's buffer is the body, with no copy.
   */
  private int asciiLength(Object[] arguments) {
    int length = fixedLength;
    for (int slot : slots) {
      Object value = arguments[slot];
      length += value instanceof String text ? text.length()
          : value instanceof Enum<?> constant ? constant.name().length()
          : value == null ? 4
          // A number, a boolean or a UUID: ASCII, 36 chars at most.
          : 20;
    }
    return length;
  }

  /**
   * Writes the arguments, each followed by its literal, escaped piece by piece.
   *
   * @return false where an argument holds a lone surrogate: the writer is then to be dropped
   */
  private boolean arguments(JsonWriter out, Object[] arguments) {
    for (int i = 0; i < slots.length; i++) {
      Object value = arguments[slots[i]];
      if (value instanceof String || value instanceof Enum || value == null) {
        if (!out.text(text(value), false)) {
          return false;
        }
      } else {
        out.ascii(value.toString());
      }
      out.write(literals[i + 1]);
    }
    return true;
  }

  /**
   * Reads the typed arguments back out of a received detail: only where it fits the template in
   * exactly one way, every placeholder used twice reads the same in both places, and every text
   * is what its value writes (so {@code 007} is not 7).
   *
   * @param detail the received detail, or null
   * @return the arguments in declaration order, or null where they cannot all be read
   */
  public Object[] readArguments(String detail) {
    if (parameters.length == 0 || detail == null) {
      return null;
    }
    int[] bounds = template.bounds(detail);
    if (bounds == null) {
      return null;
    }
    Object[] values = new Object[parameters.length];
    for (int i = 0; i < slots.length; i++) {
      int slot = slots[i];
      int from = bounds[2 * i];
      int to = bounds[2 * i + 1];
      if (repeats[i] >= 0) {
        // The same placeholder again: a reading only where both places agree.
        int first = bounds[2 * repeats[i]];
        if (to - from != bounds[2 * repeats[i] + 1] - first
            || !detail.regionMatches(from, detail, first, to - from)) {
          return null;
        }
        continue;
      }
      Parameter parameter = parameters[slot];
      Object value = Arguments.parse(parameter.kind(), parameter.constants(),
          detail.substring(from, to));
      if (value == Arguments.UNREADABLE) {
        return null;
      }
      values[slot] = value;
    }
    return values;
  }

  /**
   * Reads the typed arguments back out of a received detail in any of the error's languages: those
   * whose title the body carries first (the error's own where the title is its own, or missing;
   * among several, the most specific template that fits), then the others in order. An error
   * without translations costs nothing more than {@link #readArguments(String)}.
   *
   * @param title the received title, or null
   * @param detail the received detail, or null
   * @return the arguments in declaration order, or null where no language's template fits
   */
  Object[] readArgumentsInAnyLanguage(String title, String detail) {
    if (translated.length == 1 || parameters.length == 0 || detail == null) {
      return readArguments(detail);
    }
    int first = 0;
    if (title != null && title != this.title && !title.equals(this.title)) {
      for (int i = 1; i < translated.length; i++) {
        if (title.equals(translated[i].title)) {
          first = i;
          break;
        }
      }
    }
    // Languages that share the title the body carries cannot be told apart by it: of their
    // templates that fit, the one with the most literal text wins, so a template that is all
    // placeholder does not swallow a detail written in another language.
    Object[] best = null;
    int bestChars = -1;
    String chosen = translated[first].title;
    for (int i = 0; i < translated.length; i++) {
      ErrorSpec language = translated[(first + i) % translated.length];
      if (language.title.equals(chosen) && language.literalChars > bestChars) {
        Object[] values = language.readArguments(detail);
        if (values != null) {
          best = values;
          bestChars = language.literalChars;
        }
      }
    }
    for (int i = 0; best == null && i < translated.length; i++) {
      if (!translated[i].title.equals(chosen)) {
        best = translated[i].readArguments(detail);
      }
    }
    return best;
  }

  /**
   * Reads the typed arguments of an RFC 9457 body: each from the member of its name where that is
   * of the parameter's JSON type (null stands for null), and that member is taken out of the
   * extensions; the others from the detail, where it fits the template.
   *
   * @param members the members that are not the wire's own, in order; the ones read are removed
   * @param title the received title, or null, which tells the detail's language
   * @param detail the received detail, or null
   * @return the arguments in declaration order, or null where the error has none
   */
  Object[] readMembers(Map<String, Object> members, String title, String detail) {
    if (parameters.length == 0) {
      return null;
    }
    Object[] values = new Object[parameters.length];
    boolean missing = false;
    for (int i = 0; i < parameters.length; i++) {
      Parameter parameter = parameters[i];
      Object value = members.containsKey(parameter.name())
          ? fromJson(parameter, members.get(parameter.name())) : Arguments.UNREADABLE;
      if (value == Arguments.UNREADABLE) {
        missing = true;
      } else {
        members.remove(parameter.name());
      }
      values[i] = value;
    }
    if (missing) {
      Object[] fromDetail = readArgumentsInAnyLanguage(title, detail);
      for (int i = 0; i < values.length; i++) {
        if (values[i] == Arguments.UNREADABLE) {
          values[i] = fromDetail == null ? null : fromDetail[i];
        }
      }
    }
    return values;
  }

  /** A member's JSON value as an argument of a parameter's kind, or {@link Arguments#UNREADABLE}. */
  private static Object fromJson(Parameter parameter, Object value) {
    if (value == null) {
      return null;
    }
    return switch (parameter.kind()) {
      case STRING -> value instanceof String ? value : Arguments.UNREADABLE;
      case INT -> value instanceof Integer ? value : Arguments.UNREADABLE;
      case LONG -> value instanceof Integer number ? Long.valueOf(number.longValue())
          : value instanceof Long ? value : Arguments.UNREADABLE;
      case BOOLEAN -> value instanceof Boolean ? value : Arguments.UNREADABLE;
      case DOUBLE -> value instanceof Integer || value instanceof Long || value instanceof Double
          ? Double.valueOf(((Number) value).doubleValue()) : nonFinite(value);
      case UUID, ENUM -> value instanceof String text
          ? Arguments.parse(parameter.kind(), parameter.constants(), text) : Arguments.UNREADABLE;
    };
  }

  /** A double JSON cannot hold, which the wire sends as its text ({@code "NaN"}). */
  private static Object nonFinite(Object value) {
    if (value instanceof String text) {
      Object number = Arguments.parse(ArgumentKind.DOUBLE, null, text);
      if (number instanceof Double d && !Double.isFinite(d)) {
        return number;
      }
    }
    return Arguments.UNREADABLE;
  }

  @Override
  public String toString() {
    return type + " (" + status + ")";
  }
}

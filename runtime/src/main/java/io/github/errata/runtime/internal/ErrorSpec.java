package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** The UTF-8 of the type, to find a received one by; null where it cannot be UTF-8. */
  final byte[] typeUtf8;
  final String fixedDetail;
  /**
   * The title, link and fixed detail as a JSON string holds them as this runtime writes them,
   * then the closing quote: received bytes equal to them are the catalog's strings.
   */
  final byte[] titleJson;
  final byte[] seeJson;
  final byte[] fixedDetailJson;

  /** The whole body where the detail is fixed, else null. */
  private final byte[] constantBody;
  /** The body before and after the detail's text, and each literal of the detail, escaped. */
  private final byte[] head;
  private final byte[] tail;
  private final byte[][] literals;
  /** Whether a literal holds a surrogate, so the detail must be escaped as one text. */
  private final boolean literalSurrogates;
  private final int fixedLength;

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
    this.typeUtf8 = utf8(type);
    this.fixedDetail = template.fixedText();
    this.titleJson = quoted(title);
    this.seeJson = see == null ? null : quoted(see);
    this.fixedDetailJson = fixedDetail == null ? null : quoted(fixedDetail);

    byte[][] around = wire.fragmentsAroundDetail(type, title, see);
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
    this.fixedLength = fixed;
    this.constantBody = fixedDetail == null ? null
        : new JsonWriter(fixed).write(head).write(literals[0]).write(tail).toByteArray();
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
    String[] texts = new String[slots.length];
    for (int i = 0; i < slots.length; i++) {
      texts[i] = text(arguments[slots[i]]);
    }
    return template.format(texts);
  }

  /**
   * The body of an exception the server made, from the precomputed fragments and the escaped
   * arguments: the bytes a Jackson serializer writes for it.
   *
   * @param arguments the typed arguments, in declaration order
   * @param detail the detail made from them, for a text that must be escaped as a whole
   * @param shared whether the caller only reads the array, so a constant may be returned as it is
   * @return the body
   */
  public byte[] thrownBody(Object[] arguments, String detail, boolean shared) {
    if (constantBody != null) {
      return shared ? constantBody : constantBody.clone();
    }
    int capacity = fixedLength;
    boolean whole = literalSurrogates;
    for (int i = 0; i < slots.length && !whole; i++) {
      Object value = arguments[slots[i]];
      if (value instanceof String || value instanceof Enum || value == null) {
        String text = text(value);
        capacity += text.length();
        whole = JsonWriter.hasSurrogate(text);
      } else {
        // A number, a boolean or a UUID: ASCII, 36 chars at most.
        capacity += 36;
      }
    }
    if (whole) {
      // A surrogate in the detail: it is escaped as one text, as Jackson does, since a lone
      // surrogate anywhere in it changes how all of it is written.
      return new JsonWriter(head.length + detail.length() + tail.length)
          .write(head).text(detail).write(tail).toByteArray();
    }
    JsonWriter out = new JsonWriter(capacity).write(head).write(literals[0]);
    for (int i = 0; i < slots.length; i++) {
      Object value = arguments[slots[i]];
      if (value instanceof String || value instanceof Enum || value == null) {
        out.text(text(value), false);
      } else {
        out.ascii(value.toString());
      }
      out.write(literals[i + 1]);
    }
    return out.write(tail).toByteArray();
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

  @Override
  public String toString() {
    return type + " (" + status + ")";
  }
}

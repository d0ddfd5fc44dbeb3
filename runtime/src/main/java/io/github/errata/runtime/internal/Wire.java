package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a catalog's bodies look like on the wire, decided here once per {@link WireFormat}: the
 * media type, the members, their names and order, and what is left out. The byte writer, the
 * thrown exceptions' precomputed fragments, the decoder and the generated Jackson serializers all
 * follow it, so a second format changes this class and nothing generated.
 */
public final class Wire {

  /** The seed's body, {@code {"type","title","detail","see"}} then extensions. */
  public static final Wire JSON = new Wire(WireFormat.JSON, "application/json");

  /**
   * RFC 9457: {@code {"type","title","status","detail","instance"}} where {@code type} is the
   * error's link, then each typed argument as a member of its JSON type, then extensions.
   */
  public static final Wire PROBLEM_JSON =
      new Wire(WireFormat.PROBLEM_JSON, "application/problem+json");

  /**
   * The member names of {@link #JSON}, in order. The wire walks its members by these very
   * instances, so a receiver may know them by identity (a Jackson generator writes them encoded
   * once).
   */
  public static final String TYPE = "type";
  /** The title's member name. */
  public static final String TITLE = "title";
  /** The detail's member name. */
  public static final String DETAIL = "detail";
  /** The link's member name. */
  public static final String SEE = "see";
  /** A member {@link #PROBLEM_JSON} adds; it leaves {@link #SEE} out. */
  public static final String STATUS = "status";
  /** A member {@link #PROBLEM_JSON} adds. */
  public static final String INSTANCE = "instance";

  private final WireFormat format;
  private final String mediaType;

  private Wire(WireFormat format, String mediaType) {
    this.format = format;
    this.mediaType = mediaType;
  }

  /**
   * The wire of a format.
   *
   * @param format the catalog's format
   * @return its wire
   */
  public static Wire of(WireFormat format) {
    return format == WireFormat.PROBLEM_JSON ? PROBLEM_JSON : JSON;
  }

  /** Whether this is RFC 9457's wire, where {@code type} is the error's link. */
  public boolean isProblem() {
    return format == WireFormat.PROBLEM_JSON;
  }

  /** The format this wire writes. */
  public WireFormat format() {
    return format;
  }

  /** The media type bodies are sent with. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Whether a member name is one of the body's own, never an extension.
   *
   * @param name a member name
   * @return whether the wire defines it
   */
  public boolean isMember(String name) {
    if (isProblem()) {
      return TYPE.equals(name) || TITLE.equals(name) || STATUS.equals(name)
          || DETAIL.equals(name) || INSTANCE.equals(name);
    }
    return TYPE.equals(name) || TITLE.equals(name) || DETAIL.equals(name) || SEE.equals(name);
  }

  /**
   * What an exception's body carries as {@code type}: its identifier, or on RFC 9457's wire its
   * link (the {@code type} received, for an error the catalog does not know).
   *
   * @param exception the exception
   * @return the {@code type} member's value, or null
   */
  public String typeOf(ApiErrorException exception) {
    return isProblem() && exception.see() != null ? exception.see() : exception.type();
  }

  /**
   * The members an exception's body carries after the wire's own: on RFC 9457's wire its typed
   * arguments as JSON values (a UUID or an enum as its text), then its extensions; otherwise its
   * extensions alone. For the generated {@code toBody()}.
   *
   * @param exception the exception
   * @return the members, in order; unmodifiable
   */
  public Map<String, Object> extensionsOf(ApiErrorException exception) {
    if (!isProblem() || exception.arguments().isEmpty()) {
      return exception.extensions();
    }
    Map<String, Object> members = new LinkedHashMap<>();
    exception.arguments().forEach((name, value) -> members.put(name, jsonValue(value)));
    exception.extensions().forEach(members::putIfAbsent);
    return Collections.unmodifiableMap(members);
  }

  /** An argument as the JSON value it is written as: a UUID or an enum constant as its text. */
  static Object jsonValue(Object argument) {
    return argument instanceof Enum<?> constant ? constant.name()
        : argument instanceof UUID id ? id.toString() : argument;
  }

  /**
   * Walks an exception's body through a visitor: the members in wire order, each left out where
   * null, then the extensions.
   *
   * @param <X> what the visitor throws
   * @param exception the exception, thrown or received
   * @param visitor the receiver
   * @throws X where the visitor fails
   */
  public <X extends Exception> void write(ApiErrorException exception, MemberVisitor<X> visitor)
      throws X {
    write(exception, visitor, visitor);
  }

  /**
   * Walks an exception's body through a sink, as {@link #write(ApiErrorException, MemberVisitor)}
   * does, with nothing allocated for the walk.
   *
   * @param <C> the sink's target
   * @param <X> what the sink throws
   * @param exception the exception, thrown or received
   * @param out the target, handed to the sink with each event
   * @param sink the receiver
   * @throws X where the sink fails
   */
  public <C, X extends Exception> void write(ApiErrorException exception, C out,
      MemberSink<C, X> sink) throws X {
    if (!isProblem()) {
      write(exception.type(), exception.title(), exception.detail(), exception.see(),
          exception.extensions(), out, sink);
      return;
    }
    problem(typeOf(exception), exception.title(), exception.status(), exception.detail(),
        exception.instance(), exception.arguments(), exception.extensions(), out, sink);
  }

  /**
   * Walks an RFC 9457 body given by its members through a sink: for the body record, whose
   * extensions hold the typed arguments.
   *
   * @param <C> the sink's target
   * @param <X> what the sink throws
   * @param type the type URI, or null
   * @param title the title, or null
   * @param status the status member, or null
   * @param detail the detail, or null
   * @param instance the instance, or null
   * @param extensions other members, in order; none where null
   * @param out the target, handed to the sink with each event
   * @param sink the receiver
   * @throws X where the sink fails
   */
  public <C, X extends Exception> void write(String type, String title, Integer status,
      String detail, String instance, Map<String, Object> extensions, C out, MemberSink<C, X> sink)
      throws X {
    problem(type, title, status, detail, instance, Map.of(), extensions, out, sink);
  }

  /** An RFC 9457 body: the members, the typed arguments by name, then the other extensions. */
  <C, X extends Exception> void problem(String type, String title, Integer status, String detail,
      String instance, Map<String, Object> arguments, Map<String, Object> extensions,
      C out, MemberSink<C, X> sink) throws X {
    sink.startObject(out);
    problemMembers(type, title, status, detail, instance, out, sink);
    for (Map.Entry<String, Object> argument : arguments.entrySet()) {
      sink.name(out, argument.getKey());
      value(jsonValue(argument.getValue()), out, sink);
    }
    extensions(extensions, arguments, out, sink);
    sink.endObject(out);
  }

  private <C, X extends Exception> void problemMembers(String type, String title, Integer status,
      String detail, String instance, C out, MemberSink<C, X> sink) throws X {
    member(TYPE, type, out, sink);
    member(TITLE, title, out, sink);
    if (status != null) {
      sink.name(out, STATUS);
      sink.number(out, status.longValue());
    }
    member(DETAIL, detail, out, sink);
    member(INSTANCE, instance, out, sink);
  }

  /**
   * The extensions, less any named as a member already written: a received {@code status} that
   * disagreed with the HTTP status is kept in {@code extensions()}, and is not written twice.
   */
  private <C, X extends Exception> void extensions(Map<String, Object> extensions,
      Map<String, Object> written, C out, MemberSink<C, X> sink) throws X {
    if (extensions == null || extensions.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Object> extension : extensions.entrySet()) {
      String name = extension.getKey();
      if (!isMember(name) && !written.containsKey(name)) {
        sink.name(out, name);
        value(extension.getValue(), out, sink);
      }
    }
  }

  /**
   * An exception's body as UTF-8 JSON bytes, written from its members by the runtime's writer.
   *
   * @param exception the exception
   * @return a new array
   */
  public byte[] toJsonBytes(ApiErrorException exception) {
    JsonWriter writer = new JsonWriter(64 + length(exception.title())
        + length(exception.detail()) + length(exception.see()));
    write(exception, writer);
    return writer.toByteArray();
  }

  /**
   * Walks a body given by its members through a visitor, as {@link #write(ApiErrorException,
   * MemberVisitor)} does.
   *
   * @param <X> what the visitor throws
   * @param type the type, or null
   * @param title the title, or null
   * @param detail the detail, or null
   * @param see the link, or null
   * @param extensions other members, in order; none where null
   * @param visitor the receiver
   * @throws X where the visitor fails
   */
  public <X extends Exception> void write(String type, String title, String detail, String see,
      Map<String, Object> extensions, MemberVisitor<X> visitor) throws X {
    write(type, title, detail, see, extensions, visitor, visitor);
  }

  /**
   * Walks a body given by its members through a sink, with nothing allocated for the walk.
   *
   * @param <C> the sink's target
   * @param <X> what the sink throws
   * @param type the type, or null
   * @param title the title, or null
   * @param detail the detail, or null
   * @param see the link, or null
   * @param extensions other members, in order; none where null
   * @param out the target, handed to the sink with each event
   * @param sink the receiver
   * @throws X where the sink fails
   */
  public <C, X extends Exception> void write(String type, String title, String detail, String see,
      Map<String, Object> extensions, C out, MemberSink<C, X> sink) throws X {
    sink.startObject(out);
    member(TYPE, type, out, sink);
    member(TITLE, title, out, sink);
    member(DETAIL, detail, out, sink);
    member(SEE, see, out, sink);
    // Not even an iterator for the usual body, which has no extensions.
    if (extensions != null && !extensions.isEmpty()) {
      for (Map.Entry<String, Object> extension : extensions.entrySet()) {
        sink.name(out, extension.getKey());
        value(extension.getValue(), out, sink);
      }
    }
    sink.endObject(out);
  }

  /**
   * The body as UTF-8 JSON bytes, written by the runtime's writer.
   *
   * @param type the type, or null
   * @param title the title, or null
   * @param detail the detail, or null
   * @param see the link, or null
   * @param extensions other members, in order; none where null
   * @return a new array
   */
  public byte[] toJsonBytes(String type, String title, String detail, String see,
      Map<String, Object> extensions) {
    JsonWriter writer = new JsonWriter(64 + length(type) + length(title) + length(detail)
        + length(see));
    write(type, title, detail, see, extensions, writer);
    return writer.toByteArray();
  }

  /**
   * The body of an error made by the server, around its detail: the bytes before the detail's
   * text and after it, for the direct path. On RFC 9457's wire the body after the detail is only
   * its closing quote: the instance, the arguments and the closing brace are the exception's own.
   */
  byte[][] fragmentsAroundDetail(String type, String title, int status, String see) {
    // A string of its own, found by identity: the writer leaves its place empty.
    String hole = new String(new char[0]);
    JsonWriter writer = new JsonWriter(64).withHole(hole);
    if (isProblem()) {
      // Left open after the detail: the instance and the arguments follow, per exception.
      writer.startObject();
      problemMembers(see, title, status, hole, null, writer, writer);
    } else {
      write(type, title, hole, see, null, writer);
    }
    byte[] body = writer.toByteArray();
    int at = writer.holeAt();
    return new byte[][] {Arrays.copyOfRange(body, 0, at), Arrays.copyOfRange(body, at, body.length)};
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  private static <C, X extends Exception> void member(String name, String value,
      C out, MemberSink<C, X> sink) throws X {
    if (value != null) {
      sink.name(out, name);
      sink.string(out, value);
    }
  }

  /**
   * Writes a plain Java value; anything else, and a number JSON cannot hold, as its string form.
   */
  static <C, X extends Exception> void value(Object value, C out, MemberSink<C, X> sink) throws X {
    if (value == null) {
      sink.nullValue(out);
    } else if (value instanceof String text) {
      sink.string(out, text);
    } else if (value instanceof Boolean bool) {
      sink.bool(out, bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      sink.number(out, ((Number) value).longValue());
    } else if (value instanceof BigInteger number) {
      sink.number(out, number);
    } else if (value instanceof BigDecimal number) {
      sink.number(out, number);
    } else if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
      // NaN and the infinities are no JSON numbers: text, whatever the receiver's settings.
      sink.string(out, number.toString());
    } else if (value instanceof Number number) {
      sink.number(out, number.doubleValue());
    } else if (value instanceof Map<?, ?> map) {
      sink.startObject(out);
      for (Map.Entry<?, ?> member : map.entrySet()) {
        sink.name(out, String.valueOf(member.getKey()));
        value(member.getValue(), out, sink);
      }
      sink.endObject(out);
    } else if (value instanceof Iterable<?> items) {
      sink.startArray(out);
      for (Object item : items) {
        value(item, out, sink);
      }
      sink.endArray(out);
    } else {
      sink.string(out, value.toString());
    }
  }
}

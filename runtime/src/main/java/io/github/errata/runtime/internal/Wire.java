package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * What a catalog's bodies look like on the wire, decided here once per {@link WireFormat}: the
 * media type, the members, their names and order, and what is left out. The byte writer, the
 * thrown exceptions' precomputed fragments, the decoder and the generated Jackson serializers all
 * follow it, so a second format changes this class and nothing generated.
 */
public final class Wire {

  /** The seed's body, {@code {"type","title","detail","see"}} then extensions. */
  public static final Wire JSON = new Wire(WireFormat.JSON, "application/json");

  /** The member names of {@link #JSON}, in order. */
  static final String TYPE = "type";
  static final String TITLE = "title";
  static final String DETAIL = "detail";
  static final String SEE = "see";

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
   * @throws UnsupportedOperationException for {@link WireFormat#PROBLEM_JSON}, which comes later
   */
  public static Wire of(WireFormat format) {
    if (format == WireFormat.JSON) {
      return JSON;
    }
    throw new UnsupportedOperationException("wire format " + format + " is not supported yet");
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
    return TYPE.equals(name) || TITLE.equals(name) || DETAIL.equals(name) || SEE.equals(name);
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
    write(exception.type(), exception.title(), exception.detail(), exception.see(),
        exception.extensions(), visitor);
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
    visitor.startObject();
    member(TYPE, type, visitor);
    member(TITLE, title, visitor);
    member(DETAIL, detail, visitor);
    member(SEE, see, visitor);
    if (extensions != null) {
      for (Map.Entry<String, Object> extension : extensions.entrySet()) {
        visitor.name(extension.getKey());
        value(extension.getValue(), visitor);
      }
    }
    visitor.endObject();
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
   * text and after it, for the direct path.
   */
  byte[][] fragmentsAroundDetail(String type, String title, String see) {
    // A string of its own, found by identity: the writer leaves its place empty.
    String hole = new String(new char[0]);
    JsonWriter writer = new JsonWriter(64).withHole(hole);
    write(type, title, hole, see, null, writer);
    byte[] body = writer.toByteArray();
    int at = writer.holeAt();
    return new byte[][] {
        java.util.Arrays.copyOfRange(body, 0, at), java.util.Arrays.copyOfRange(body, at, body.length)};
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  private static <X extends Exception> void member(String name, String value,
      MemberVisitor<X> visitor) throws X {
    if (value != null) {
      visitor.name(name);
      visitor.string(value);
    }
  }

  /**
   * Writes a plain Java value; anything else, and a number JSON cannot hold, as its string form.
   */
  private static <X extends Exception> void value(Object value, MemberVisitor<X> visitor) throws X {
    if (value == null) {
      visitor.nullValue();
    } else if (value instanceof String text) {
      visitor.string(text);
    } else if (value instanceof Boolean bool) {
      visitor.bool(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      visitor.number(((Number) value).longValue());
    } else if (value instanceof BigInteger number) {
      visitor.number(number);
    } else if (value instanceof BigDecimal number) {
      visitor.number(number);
    } else if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
      // NaN and the infinities are no JSON numbers: text, whatever the receiver's settings.
      visitor.string(number.toString());
    } else if (value instanceof Number number) {
      visitor.number(number.doubleValue());
    } else if (value instanceof Map<?, ?> map) {
      visitor.startObject();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        visitor.name(String.valueOf(member.getKey()));
        value(member.getValue(), visitor);
      }
      visitor.endObject();
    } else if (value instanceof Iterable<?> items) {
      visitor.startArray();
      for (Object item : items) {
        value(item, visitor);
      }
      visitor.endArray();
    } else {
      visitor.string(value.toString());
    }
  }
}

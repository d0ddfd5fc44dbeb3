package io.github.errata.runtime.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was read of a received body, with the HTTP status it came with: the members after the
 * catalog's fall-backs, the error it names (if the catalog knows it) and its typed arguments, and
 * for a body that could not be read whole, why and how it starts.
 */
public final class Received {
  private final Wire wire;
  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final String see;
  private final String instance;
  private final Map<String, Object> extensions;
  private final int index;
  private final ErrorSpec spec;
  private final Object[] arguments;
  private final String reason;
  private final String excerpt;

  Received(Wire wire, int status, String type, String title, String detail, String see,
      String instance, Map<String, Object> extensions, int index, ErrorSpec spec, Object[] arguments,
      String reason, String excerpt) {
    this.wire = wire;
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.see = see;
    this.instance = instance;
    this.extensions = extensions;
    this.index = index;
    this.spec = spec;
    this.arguments = arguments;
    this.reason = reason;
    this.excerpt = excerpt;
  }

  /** The catalog's wire, which the body is written back with. */
  public Wire wire() {
    return wire;
  }

  /** The HTTP status the body came with. */
  public int status() {
    return status;
  }

  /** The type: the catalog's own string for a known error, else as received, or null. */
  public String type() {
    return type;
  }

  /** The title as received; for a known error where there was none, the catalog's. */
  public String title() {
    return title;
  }

  /** The detail as received; for a known error where there was none, the title. */
  public String detail() {
    return detail;
  }

  /** The link as received; for a known error where there was none, the catalog's. */
  public String see() {
    return see;
  }

  /**
   * RFC 9457's {@code instance} where it was a string, or null; always null for the seed's format,
   * where a member so named is an extension.
   */
  public String instance() {
    return instance;
  }

  /** Other members, in the order received; unmodifiable, never null. */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /** The error's position in its catalog, or -1 where the catalog does not know the type. */
  public int index() {
    return index;
  }

  /** The error the type names, or null where the catalog does not know it. */
  public ErrorSpec spec() {
    return spec;
  }

  /**
   * The typed arguments read back out of the detail, in declaration order, or null where they
   * could not be (no detail, or one that does not fit the template in exactly one way).
   */
  public Object[] arguments() {
    return arguments;
  }

  /** Why the body could not be read whole, or null where it was. */
  public String reason() {
    return reason;
  }

  /**
   * The start of a body that could not be read whole, escaped to printable ASCII and ending in
   * {@code ...} where there was more; null where the body was read, or was empty.
   */
  public String excerpt() {
    return excerpt;
  }

  /**
   * The body written back: the members as here, then (on RFC 9457's wire, with the HTTP status as
   * {@code status} and the link as {@code type} for a known error) the typed arguments, then the
   * extensions.
   */
  public byte[] toJsonBytes() {
    if (!wire.isProblem()) {
      return wire.toJsonBytes(type, title, detail, see, extensions);
    }
    Map<String, Object> named = new LinkedHashMap<>();
    if (spec != null) {
      String[] names = spec.parameterArray();
      for (int i = 0; i < names.length; i++) {
        named.put(names[i], arguments == null ? null : arguments[i]);
      }
    }
    JsonWriter writer = new JsonWriter(128);
    wire.problem(see != null ? see : type, title, status, detail, instance, named, extensions,
        writer, writer);
    return writer.toByteArray();
  }
}

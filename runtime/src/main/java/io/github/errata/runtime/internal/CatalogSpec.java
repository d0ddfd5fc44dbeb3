package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import io.github.errata.runtime.DecodeLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One catalog as data: its wire and its errors, found by type in constant time, and the decode
 * entry points, which read any body into a {@link Received} and never throw.
 */
public final class CatalogSpec {
  private final Wire wire;
  private final ErrorSpec[] errors;
  private final Map<String, Integer> byType;
  /** By the type as the wire carries it: the identifier, or on RFC 9457's wire the link. */
  private final Map<String, Integer> byWireType;
  /** Open addressing over the types' UTF-8, so a received type is found without decoding it. */
  private final byte[][] keys;
  private final int[] slots;
  private final int mask;

  private CatalogSpec(WireFormat format, List<ErrorSpec> errors) {
    this.wire = Wire.of(format);
    this.errors = errors.toArray(new ErrorSpec[0]);
    this.byType = new HashMap<>();
    this.byWireType = wire.isProblem() ? new HashMap<>() : byType;
    int size = Integer.highestOneBit(Math.max(4, this.errors.length * 2) - 1) << 1;
    this.keys = new byte[size][];
    this.slots = new int[size];
    this.mask = size - 1;
    for (int i = 0; i < this.errors.length; i++) {
      ErrorSpec error = this.errors[i];
      if (error.wire() != wire) {
        throw new IllegalArgumentException("error " + error.type() + " is of wire "
            + error.wire().format() + ", not the catalog's " + format);
      }
      if (byType.put(error.type(), i) != null) {
        throw new IllegalArgumentException("two errors of type " + error.type());
      }
      if (wire.isProblem() && byWireType.put(error.wireType, i) != null) {
        throw new IllegalArgumentException("two errors of type URI " + error.wireType);
      }
      if (error.typeUtf8 != null) {
        int slot = JsonReader.hash(error.typeUtf8) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = error.typeUtf8;
        slots[slot] = i;
      }
    }
  }

  /**
   * A catalog.
   *
   * @param wire its wire format, the same as each error's
   * @param errors its errors, in declaration order
   * @return the catalog
   * @throws IllegalArgumentException where two errors share a type, or an error is of another wire
   */
  public static CatalogSpec of(WireFormat wire, ErrorSpec... errors) {
    return new CatalogSpec(wire, List.of(errors));
  }

  /**
   * A catalog.
   *
   * @param wire its wire format, the same as each error's
   * @param errors its errors, in declaration order
   * @return the catalog
   * @throws IllegalArgumentException where two errors share a type, or an error is of another wire
   */
  public static CatalogSpec of(WireFormat wire, List<ErrorSpec> errors) {
    return new CatalogSpec(wire, errors);
  }

  /** The catalog's wire. */
  public Wire wire() {
    return wire;
  }

  /** How many errors the catalog has. */
  public int size() {
    return errors.length;
  }

  /**
   * The error at a position.
   *
   * @param index its position, from 0
   * @return the error
   */
  public ErrorSpec error(int index) {
    return errors[index];
  }

  /**
   * The position of the error of a type.
   *
   * @param type a type, or null
   * @return its position, or -1 where the catalog has no error of that type
   */
  public int indexOf(String type) {
    if (type == null) {
      return -1;
    }
    Integer index = byType.get(type);
    return index == null ? -1 : index;
  }

  /**
   * The position of the error of a type as the wire carries it: the identifier, or on RFC 9457's
   * wire the link.
   *
   * @param wireType a received type, or null
   * @return its position, or -1 where the catalog has no error of that type
   */
  public int indexOfWire(String wireType) {
    if (wireType == null) {
      return -1;
    }
    Integer index = byWireType.get(wireType);
    return index == null ? -1 : index;
  }

  /**
   * The status of a body read without one, for the Jackson modules: the known error's own, else
   * the body's {@code status} member, else 0.
   *
   * @param wireType the received type, or null
   * @param member the received {@code status} member, or null
   * @return the status
   */
  public int statusOf(String wireType, Integer member) {
    int index = indexOfWire(wireType);
    return index >= 0 ? errors[index].status() : member != null ? member : 0;
  }

  /** The position of the error whose type is the string the reader scanned last, or -1. */
  int indexOfScanned(JsonReader reader) {
    int slot = reader.stringHash() & mask;
    while (keys[slot] != null) {
      if (reader.stringIs(keys[slot])) {
        return slots[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Reads a body in memory, where it lies.
   *
   * @param status the HTTP status it came with
   * @param body the body, or null
   * @param limits the bounds of reading it; null for {@link DecodeLimits#DEFAULT}
   * @return what was read; never null
   */
  public Received read(int status, byte[] body, DecodeLimits limits) {
    DecodeLimits bounds = limits != null ? limits : DecodeLimits.DEFAULT;
    if (body == null || body.length == 0) {
      return empty(status);
    }
    int cap = bounds.maxBodyBytes();
    int to = Math.min(body.length, cap);
    String cut = body.length > cap ? Source.Reasons.longerThan(cap) : null;
    return read(status, body, to, cut, bounds, body.length);
  }

  /** Reads the first {@code to} bytes of a body in memory, in whatever encoding it is. */
  private Received read(int status, byte[] body, int to, String cut, DecodeLimits bounds,
      int length) {
    Encoding.Detected detected = Encoding.detect(body, 0, Math.min(to, 4));
    JsonReader reader;
    if (detected.encoding() == Encoding.UTF_8) {
      reader = new JsonReader(body, detected.mark(), to, cut, bounds.maxDepth(),
          bounds.maxStringLength());
    } else {
      Encoding.Transcoded text = detected.encoding().toUtf8(body, detected.mark(), to, cut);
      reader = new JsonReader(text.utf8(), 0, text.utf8().length, text.endReason(),
          bounds.maxDepth(), bounds.maxStringLength());
    }
    return parse(status, reader, body, to, length, null);
  }

  /**
   * Reads a body from a stream, no further than the limits allow. The stream is left open.
   *
   * @param status the HTTP status it came with
   * @param body the body, or null
   * @param limits the bounds of reading it; null for {@link DecodeLimits#DEFAULT}
   * @return what was read; never null
   */
  public Received read(int status, InputStream body, DecodeLimits limits) {
    DecodeLimits bounds = limits != null ? limits : DecodeLimits.DEFAULT;
    if (body == null) {
      return empty(status);
    }
    Source source = new Source(body, bounds.maxBodyBytes());
    byte[] head = new byte[4];
    int n = 0;
    try {
      while (n < head.length) {
        int read = source.read(head, n, head.length - n);
        if (read < 0) {
          break;
        }
        n += read;
      }
    } catch (JsonReader.Failure e) {
      // The source keeps the failure and gives it again when the reader asks for more.
    }
    if (n == 0 && source.empty()) {
      return empty(status);
    }
    Encoding.Detected detected = Encoding.detect(head, 0, n);
    if (detected.encoding() == Encoding.UTF_8) {
      JsonReader reader = new JsonReader(source, head, detected.mark(), n - detected.mark(),
          bounds.maxDepth(), bounds.maxStringLength());
      return parse(status, reader, null, 0, 0, source);
    }
    // Text in UTF-16 or UTF-32 is read whole (within the cap) and turned into UTF-8 first.
    byte[] all = Arrays.copyOf(head, Math.max(64, n * 2));
    String cut = null;
    try {
      for (int read; (read = source.read(all, n, all.length - n)) >= 0; ) {
        n += read;
        if (n == all.length) {
          all = Arrays.copyOf(all, all.length * 2);
        }
      }
    } catch (JsonReader.Failure e) {
      cut = e.getMessage();
    }
    Encoding.Transcoded text = detected.encoding().toUtf8(all, detected.mark(), n, cut);
    JsonReader reader = new JsonReader(text.utf8(), 0, text.utf8().length, text.endReason(),
        bounds.maxDepth(), bounds.maxStringLength());
    return parse(status, reader, null, 0, 0, source);
  }

  /**
   * Reads a body given as text. Only as much as the cap allows is encoded; a lone surrogate,
   * which UTF-8 cannot carry, ends the text there.
   *
   * @param status the HTTP status it came with
   * @param body the body, or null
   * @param limits the bounds of reading it; null for {@link DecodeLimits#DEFAULT}
   * @return what was read; never null
   */
  public Received read(int status, String body, DecodeLimits limits) {
    DecodeLimits bounds = limits != null ? limits : DecodeLimits.DEFAULT;
    if (body == null || body.isEmpty()) {
      return empty(status);
    }
    int cap = bounds.maxBodyBytes();
    // Every char is at least one byte, so one char more than the cap is already too long.
    int chars = (int) Math.min(body.length(), cap + 1L);
    int lone = firstLoneSurrogate(body, chars);
    byte[] bytes = body.substring(0, lone >= 0 ? lone : chars).getBytes(StandardCharsets.UTF_8);
    String cut = bytes.length > cap ? Source.Reasons.longerThan(cap)
        : lone >= 0 ? "the body is not readable: the text holds a lone surrogate at char " + lone
            + ", which UTF-8 cannot carry" : null;
    int to = Math.min(bytes.length, cap);
    return read(status, bytes, to, cut, bounds, lone >= 0 ? bytes.length + 1 : bytes.length);
  }

  private static int firstLoneSurrogate(String text, int length) {
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads the body, and where that fails, says why and how it starts: from the source, or from
   * the first {@code to} of {@code length} bytes in memory.
   */
  private Received parse(int status, JsonReader reader, byte[] bytes, int to, int length,
      Source source) {
    BodyReader body = new BodyReader(this);
    String reason;
    try {
      body.read(reader);
      return body.received(status, null, null);
    } catch (JsonReader.Failure e) {
      reason = e.getMessage();
    } catch (RuntimeException e) {
      // Not expected of the reader; the promise never to throw holds all the same.
      reason = "the body could not be read: " + e;
    }
    String excerpt;
    if (source != null) {
      excerpt = source.excerpt();
    } else {
      int kept = Math.min(to, Source.EXCERPT_BYTES);
      excerpt = Source.Reasons.excerpt(bytes, 0, kept, length > kept);
    }
    return body.received(status, reason, excerpt);
  }

  private Received empty(int status) {
    return received(status, -1, null, null, null, null, null, NO_STATUS, Map.of(),
        "the body is empty", null);
  }

  /**
   * What a body given by its members reads as: for {@code fromBody} and the Jackson modules,
   * which have read the members themselves.
   *
   * @param status the HTTP status it came with
   * @param type the type, or null
   * @param title the title, or null
   * @param detail the detail, or null
   * @param see the link, or null
   * @param extensions other members, in order, or null; the wire's own members among them are
   *     left out
   * @return what was read; never null
   */
  public Received fromMembers(int status, String type, String title, String detail, String see,
      Map<String, Object> extensions) {
    return fromMembers(status, type, title, NO_STATUS, detail, see, null, extensions);
  }

  /**
   * What an RFC 9457 body given by its members reads as: for {@code fromBody} and the Jackson
   * modules of a PROBLEM_JSON catalog, whose body record carries the typed arguments among its
   * extensions.
   *
   * @param status the HTTP status it came with
   * @param type the type URI, or null
   * @param title the title, or null
   * @param statusMember the {@code status} member, or null
   * @param detail the detail, or null
   * @param instance the instance, or null
   * @param extensions other members, in order, or null; the wire's own members among them are
   *     left out
   * @return what was read; never null
   */
  public Received fromMembers(int status, String type, String title, Integer statusMember,
      String detail, String instance, Map<String, Object> extensions) {
    return fromMembers(status, type, title, statusMember == null ? NO_STATUS : statusMember,
        detail, null, instance, extensions);
  }

  private Received fromMembers(int status, String type, String title, Object statusMember,
      String detail, String see, String instance, Map<String, Object> extensions) {
    Map<String, Object> extras = Map.of();
    if (extensions != null && !extensions.isEmpty()) {
      Map<String, Object> copy = new LinkedHashMap<>(extensions);
      copy.keySet().removeIf(wire::isMember);
      extras = Collections.unmodifiableMap(copy);
    }
    return received(status, indexOfWire(type), type, title, detail, see, instance, statusMember,
        extras, null, null);
  }

  /** What stands for a body without a {@code status} member (JSON null is a value). */
  static final Object NO_STATUS = new Object();

  /**
   * The members read, with the catalog's fall-backs and the arguments where the type is known. On
   * RFC 9457's wire the arguments are read from their members first, and a {@code status} member
   * other than the HTTP status (which wins) is kept among the extensions as {@code status}.
   */
  Received received(int status, int index, String type, String title, String detail, String see,
      String instance, Object statusMember, Map<String, Object> extensions, String reason,
      String excerpt) {
    Map<String, Object> extras = extensions;
    ErrorSpec error = index < 0 ? null : errors[index];
    boolean strayStatus = statusMember != NO_STATUS
        && !(statusMember instanceof Integer number && number == status);
    if (wire.isProblem() && (strayStatus || error != null && !error.parameterNames().isEmpty())) {
      extras = new LinkedHashMap<>(extensions);
    }
    Object[] arguments = null;
    if (error != null) {
      arguments = wire.isProblem() ? error.readMembers(extras, title, detail)
          : error.readArgumentsInAnyLanguage(title, detail);
    }
    if (extras != extensions) {
      if (strayStatus) {
        extras.put(Wire.STATUS, statusMember);
      }
      extras = Collections.unmodifiableMap(extras);
    }
    if (error == null) {
      return new Received(wire, status, type, title, detail, see, instance, extras, -1, null,
          null, reason, excerpt);
    }
    String titled = title != null ? title : error.title();
    return new Received(wire, status, error.type(), titled, detail != null ? detail : titled,
        see != null ? see : error.see(), instance, extras, index, error, arguments, reason,
        excerpt);
  }
}

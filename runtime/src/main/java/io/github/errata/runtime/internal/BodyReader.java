package io.github.errata.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one error body, member by member, keeping what it read before a failure. Where the type
 * names a known error, the title, link and a fixed detail are compared with the catalog's own
 * UTF-8 and, where equal, the catalog's strings are reused rather than decoded again.
 */
final class BodyReader {
  private static final byte[] TYPE = utf8(Wire.TYPE);
  private static final byte[] TITLE = utf8(Wire.TITLE);
  private static final byte[] DETAIL = utf8(Wire.DETAIL);
  private static final byte[] SEE = utf8(Wire.SEE);

  private final CatalogSpec catalog;
  private String type;
  private ErrorSpec spec;
  private int index = -1;
  private String title;
  private String detail;
  private String see;
  private Map<String, Object> extensions;

  BodyReader(CatalogSpec catalog) {
    this.catalog = catalog;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Reads the body: one object, then nothing but whitespace. */
  void read(JsonReader reader) throws JsonReader.Failure {
    int c = reader.next();
    if (c != '{') {
      throw JsonReader.failAt("expected a JSON object, found " + found(c),
          c < 0 ? reader.offset() : reader.offset() - 1);
    }
    c = reader.next();
    if (c != '}') {
      members(reader, c);
    }
    c = reader.peek();
    if (c >= 0) {
      throw reader.fail("more content after the JSON object, " + JsonReader.describe(c));
    }
  }

  private static String found(int c) {
    return switch (c) {
      case -1 -> "nothing";
      case '[' -> "an array";
      case '"' -> "a string";
      case 't' -> "true";
      case 'f' -> "false";
      case 'n' -> "null";
      default -> c == '-' || c >= '0' && c <= '9' ? "a number" : JsonReader.describe(c);
    };
  }

  private void members(JsonReader reader, int first) throws JsonReader.Failure {
    int c = first;
    for (;;) {
      if (c != '"') {
        throw c < 0 ? reader.fail("it ends before the object's end")
            : JsonReader.failAt("expected a member name, found " + JsonReader.describe(c),
                reader.offset() - 1);
      }
      reader.scanString();
      byte[] member = member(reader);
      String name = member == null ? reader.string() : null;
      c = reader.next();
      if (c != ':') {
        throw c < 0 ? reader.fail("it ends before the object's end")
            : JsonReader.failAt("expected ':' after a member name, found "
                + JsonReader.describe(c), reader.offset() - 1);
      }
      c = reader.next();
      if (member == null) {
        Object value = reader.value(c, 2, true);
        if (extensions == null) {
          extensions = new LinkedHashMap<>();
        }
        extensions.put(name, value);
      } else if (c == '"') {
        text(reader, member);
      } else {
        // Of another JSON type the member counts as absent (RFC 9457, section 3.1): checked,
        // then dropped, and what was read before it stays.
        reader.value(c, 2, false);
      }
      c = reader.next();
      if (c == '}') {
        return;
      }
      if (c != ',') {
        throw c < 0 ? reader.fail("it ends before the object's end")
            : JsonReader.failAt("expected ',' or '}' after a member, found "
                + JsonReader.describe(c), reader.offset() - 1);
      }
      c = reader.next();
    }
  }

  /** Which of the four members a name is, or null for an extension. */
  private static byte[] member(JsonReader reader) {
    if (reader.stringEscaped()) {
      // An escaped name, such as "\u0074ype", is the member all the same.
      String name = reader.string();
      return name.equals(Wire.TYPE) ? TYPE : name.equals(Wire.TITLE) ? TITLE
          : name.equals(Wire.DETAIL) ? DETAIL : name.equals(Wire.SEE) ? SEE : null;
    }
    return switch (reader.stringLength()) {
      case 3 -> reader.stringIs(SEE) ? SEE : null;
      case 4 -> reader.stringIs(TYPE) ? TYPE : null;
      case 5 -> reader.stringIs(TITLE) ? TITLE : null;
      case 6 -> reader.stringIs(DETAIL) ? DETAIL : null;
      default -> null;
    };
  }

  /** One of the four members, its opening quote just consumed. */
  private void text(JsonReader reader, byte[] member) throws JsonReader.Failure {
    if (member == TYPE) {
      reader.scanString();
      index = reader.stringEscaped() ? catalog.indexOf(reader.string()) : catalog.indexOfScanned(reader);
      spec = index >= 0 ? catalog.error(index) : null;
      type = spec != null ? spec.type() : reader.string();
    } else if (member == TITLE) {
      title = spec != null && reader.skipString(spec.titleJson, spec.title().length()) ? spec.title()
          : scanned(reader);
    } else if (member == DETAIL) {
      detail = spec != null && spec.fixedDetail != null
          && reader.skipString(spec.fixedDetailJson, spec.fixedDetail.length()) ? spec.fixedDetail
          : scanned(reader);
    } else {
      see = spec != null && spec.see() != null && reader.skipString(spec.seeJson, spec.see().length())
          ? spec.see() : scanned(reader);
    }
  }

  private static String scanned(JsonReader reader) throws JsonReader.Failure {
    reader.scanString();
    return reader.string();
  }

  /**
   * What was read, as a known error where the type names one (with the catalog's fall-backs and
   * the arguments read back out of the detail), otherwise as received.
   *
   * @param reason why the body was not read whole, or null
   * @param excerpt its start, or null
   */
  Received received(int status, String reason, String excerpt) {
    Map<String, Object> extras = extensions == null ? Map.of()
        : Collections.unmodifiableMap(extensions);
    return catalog.received(status, index, type, title, detail, see, extras, reason, excerpt);
  }
}

package io.github.errata.runtime.internal.jackson3;

import io.github.errata.runtime.internal.JsonWriter;
import io.github.errata.runtime.internal.MemberSink;
import io.github.errata.runtime.internal.Wire;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * The runtime's wire, event by event, onto a Jackson 3 generator, so a mapper writes exactly
 * {@code toJsonBytes()}. The wire's own member names go out encoded once. A text with a
 * surrogate is written as the runtime writes it: neither Jackson can carry a lone one, a
 * generator writing chars would put it out raw, and Jackson 3 writes a pair as four UTF-8 bytes
 * where the runtime escapes it.
 */
final class GeneratorMembers implements MemberSink<JsonGenerator, RuntimeException> {
  private static final SerializedString TYPE = new SerializedString(Wire.TYPE);
  private static final SerializedString TITLE = new SerializedString(Wire.TITLE);
  private static final SerializedString DETAIL = new SerializedString(Wire.DETAIL);
  private static final SerializedString SEE = new SerializedString(Wire.SEE);
  private static final SerializedString STATUS = new SerializedString(Wire.STATUS);
  private static final SerializedString INSTANCE = new SerializedString(Wire.INSTANCE);

  private static final CharacterEscapes NON_ASCII = new NonAsciiEscapes();

  /** The one sink: it holds nothing, each event names its generator. */
  static final GeneratorMembers SINK = new GeneratorMembers();

  private GeneratorMembers() {}

  /**
   * The wire's own name, encoded once, where the name is the wire's constant itself (the wire
   * walks its members by those constants); null for any other name. Any string equal to one of
   * them writes the same bytes, so a name found by identity alone is never wrong.
   */
  private static SerializableString known(String name) {
    if (name == Wire.TYPE) {
      return TYPE;
    } else if (name == Wire.TITLE) {
      return TITLE;
    } else if (name == Wire.DETAIL) {
      return DETAIL;
    } else if (name == Wire.SEE) {
      return SEE;
    } else if (name == Wire.STATUS) {
      return STATUS;
    } else if (name == Wire.INSTANCE) {
      return INSTANCE;
    }
    return null;
  }

  @Override
  public void startObject(JsonGenerator generator) {
    generator.writeStartObject();
  }

  @Override
  public void endObject(JsonGenerator generator) {
    generator.writeEndObject();
  }

  @Override
  public void startArray(JsonGenerator generator) {
    generator.writeStartArray();
  }

  @Override
  public void endArray(JsonGenerator generator) {
    generator.writeEndArray();
  }

  /**
   * A member name. A name with a lone surrogate is written with its non-ASCII escaped, by escapes
   * that cover every non-ASCII char, set for that name alone (Jackson 3 has no highest unescaped
   * char to raise).
   */
  @Override
  public void name(JsonGenerator generator, String name) {
    SerializableString known = known(name);
    if (known != null) {
      generator.writeName(known);
      return;
    }
    if (!JsonWriter.hasLoneSurrogate(name)) {
      generator.writeName(name);
      return;
    }
    CharacterEscapes escapes = generator.getCharacterEscapes();
    generator.setCharacterEscapes(NON_ASCII);
    generator.writeName(name);
    generator.setCharacterEscapes(escapes);
  }

  @Override
  public void string(JsonGenerator generator, String value) {
    if (JsonWriter.hasSurrogate(value)) {
      generator.writeRawValue(new String(JsonWriter.jsonString(value), StandardCharsets.UTF_8));
    } else {
      generator.writeString(value);
    }
  }

  @Override
  public void number(JsonGenerator generator, long value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(JsonGenerator generator, double value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(JsonGenerator generator, BigInteger value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(JsonGenerator generator, BigDecimal value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(JsonGenerator generator, boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue(JsonGenerator generator) {
    generator.writeNull();
  }

  /** Escapes of every non-ASCII char, each as a backslash, u and four upper-case hex digits. */
  private static final class NonAsciiEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    @Override
    public int[] getEscapeCodesForAscii() {
      return standardAsciiEscapesForJSON();
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return c < 0x80 ? null : new SerializedString(String.format("\\u%04X", c));
    }
  }
}

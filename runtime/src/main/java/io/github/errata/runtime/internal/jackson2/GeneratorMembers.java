package io.github.errata.runtime.internal.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.errata.runtime.internal.JsonWriter;
import io.github.errata.runtime.internal.MemberSink;
import io.github.errata.runtime.internal.Wire;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The runtime's wire, event by event, onto a Jackson 2 generator, so a mapper writes exactly
 * {@code toJsonBytes()}. The wire's own member names go out encoded once. A text with a
 * surrogate is written as the runtime writes it: neither Jackson can carry a lone one, and a
 * generator writing chars would put it out raw.
 */
final class GeneratorMembers implements MemberSink<JsonGenerator, IOException> {
  private static final SerializedString TYPE = new SerializedString(Wire.TYPE);
  private static final SerializedString TITLE = new SerializedString(Wire.TITLE);
  private static final SerializedString DETAIL = new SerializedString(Wire.DETAIL);
  private static final SerializedString SEE = new SerializedString(Wire.SEE);
  private static final SerializedString STATUS = new SerializedString(Wire.STATUS);
  private static final SerializedString INSTANCE = new SerializedString(Wire.INSTANCE);

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
  public void startObject(JsonGenerator generator) throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject(JsonGenerator generator) throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray(JsonGenerator generator) throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray(JsonGenerator generator) throws IOException {
    generator.writeEndArray();
  }

  /**
   * A member name. A name with a lone surrogate is written with its non-ASCII escaped, by raising
   * the generator's escaping for that name alone.
   */
  @Override
  public void name(JsonGenerator generator, String name) throws IOException {
    SerializableString known = known(name);
    if (known != null) {
      generator.writeFieldName(known);
      return;
    }
    if (!JsonWriter.hasLoneSurrogate(name)) {
      generator.writeFieldName(name);
      return;
    }
    int highest = generator.getHighestEscapedChar();
    // 0 means nothing is escaped for being high; a lower setting is the user's, kept.
    generator.setHighestNonEscapedChar(highest > 0 && highest < 0x7f ? highest : 0x7f);
    generator.writeFieldName(name);
    generator.setHighestNonEscapedChar(highest);
  }

  @Override
  public void string(JsonGenerator generator, String value) throws IOException {
    if (JsonWriter.hasSurrogate(value)) {
      generator.writeRawValue(new String(JsonWriter.jsonString(value), StandardCharsets.UTF_8));
    } else {
      generator.writeString(value);
    }
  }

  @Override
  public void number(JsonGenerator generator, long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(JsonGenerator generator, double value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(JsonGenerator generator, BigInteger value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(JsonGenerator generator, BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void bool(JsonGenerator generator, boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue(JsonGenerator generator) throws IOException {
    generator.writeNull();
  }
}

package io.github.errata.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A member visitor over jackson-core's generator, as a generated Jackson 2 serializer writes: the
 * reference the runtime's own writer is held to byte for byte. A text with a lone surrogate is
 * written with every non-ASCII char escaped, as the generated codec always did.
 */
final class JacksonVisitor implements MemberVisitor<IOException> {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator generator;

  JacksonVisitor(JsonGenerator generator) {
    this.generator = generator;
  }

  /** A body as jackson-core writes it through this visitor. */
  static byte[] write(Walk walk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      walk.accept(new JacksonVisitor(generator));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What is written. */
  interface Walk {
    void accept(JacksonVisitor visitor) throws IOException;
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    text(name, true);
  }

  @Override
  public void string(String value) throws IOException {
    text(value, false);
  }

  private void text(String text, boolean name) throws IOException {
    boolean escape = JsonWriter.hasLoneSurrogate(text);
    int highest = generator.getHighestEscapedChar();
    if (escape) {
      generator.setHighestNonEscapedChar(highest > 0 && highest < 0x7f ? highest : 0x7f);
    }
    if (name) {
      generator.writeFieldName(text);
    } else {
      generator.writeString(text);
    }
    if (escape) {
      generator.setHighestNonEscapedChar(highest);
    }
  }

  @Override
  public void number(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(double value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigInteger value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    generator.writeNull();
  }
}

package io.github.errata.runtime.internal.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.errata.WireFormat;
import io.github.errata.runtime.internal.MemberSink;
import io.github.errata.runtime.internal.Wire;
import java.io.IOException;

/**
 * Writes a catalog's body record as the wire body: the base of each generated module's
 * {@code BodySerializer}, which hands the record's members to the wire.
 *
 * @param <B> the catalog's body record
 */
public abstract class ErrorBodySerializer<B> extends StdSerializer<B> {
  private static final long serialVersionUID = 1L;

  private final WireFormat format;

  /**
   * For a catalog.
   *
   * @param type the catalog's body record
   * @param format the catalog's wire
   */
  protected ErrorBodySerializer(Class<B> type, WireFormat format) {
    super(type);
    this.format = format;
  }

  @Override
  public final void serialize(B value, JsonGenerator generator, SerializerProvider context)
      throws IOException {
    write(value, Wire.of(format), generator, GeneratorMembers.SINK);
  }

  /**
   * Walks a body's members through the wire.
   *
   * @param body the body
   * @param wire the catalog's wire
   * @param generator where they go
   * @param members the sink that writes them to it
   * @throws IOException where the generator fails
   */
  protected abstract void write(B body, Wire wire, JsonGenerator generator,
      MemberSink<JsonGenerator, IOException> members) throws IOException;
}

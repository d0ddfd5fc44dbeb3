package io.github.errata.runtime.internal.jackson3;

import io.github.errata.WireFormat;
import io.github.errata.runtime.internal.MemberSink;
import io.github.errata.runtime.internal.Wire;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a catalog's body record as the wire body: the base of each generated module's
 * {@code BodySerializer}, which hands the record's members to the wire.
 *
 * @param <B> the catalog's body record
 */
public abstract class ErrorBodySerializer<B> extends StdSerializer<B> {
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
  public final void serialize(B value, JsonGenerator generator, SerializationContext context)
      {
    write(value, Wire.of(format), generator, GeneratorMembers.SINK);
  }

  /**
   * Walks a body's members through the wire.
   *
   * @param body the body
   * @param wire the catalog's wire
   * @param generator where they go
   * @param members the sink that writes them to it
   */
  protected abstract void write(B body, Wire wire, JsonGenerator generator,
      MemberSink<JsonGenerator, RuntimeException> members);
}

package io.github.errata.runtime.internal.jackson3;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.internal.Wire;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a catalog's exceptions as the wire body, the same bytes as {@code toJsonBytes()}: the
 * base of each generated module's {@code ExceptionSerializer}, which names the catalog's base
 * exception and wire.
 *
 * @param <E> the catalog's base exception
 */
public abstract class ErrorSerializer<E extends ApiErrorException> extends StdSerializer<E> {
  private final WireFormat format;

  /**
   * For a catalog.
   *
   * @param type the catalog's base exception
   * @param format the catalog's wire
   */
  protected ErrorSerializer(Class<E> type, WireFormat format) {
    super(type);
    this.format = format;
  }

  @Override
  public final void serialize(E value, JsonGenerator generator, SerializationContext context)
      {
    Wire.of(format).write(value, generator, GeneratorMembers.SINK);
  }
}

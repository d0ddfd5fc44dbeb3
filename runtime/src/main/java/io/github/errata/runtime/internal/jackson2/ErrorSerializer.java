package io.github.errata.runtime.internal.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.internal.Wire;
import java.io.IOException;

/**
 * Writes a catalog's exceptions as the wire body, the same bytes as {@code toJsonBytes()}: the
 * base of each generated module's {@code ExceptionSerializer}, which names the catalog's base
 * exception and wire.
 *
 * @param <E> the catalog's base exception
 */
public abstract class ErrorSerializer<E extends ApiErrorException> extends StdSerializer<E> {
  private static final long serialVersionUID = 1L;

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
  public final void serialize(E value, JsonGenerator generator, SerializerProvider context)
      throws IOException {
    Wire.of(format).write(value, generator, GeneratorMembers.SINK);
  }
}

package io.github.errata.runtime.internal.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a catalog's body record, keeping every member: the base of each generated module's
 * {@code BodyDeserializer}, which makes the record from the members read.
 *
 * @param <B> the catalog's body record
 */
public abstract class ErrorBodyDeserializer<B> extends StdDeserializer<B> {
  private static final long serialVersionUID = 1L;

  /**
   * For a catalog.
   *
   * @param type the catalog's body record
   */
  protected ErrorBodyDeserializer(Class<B> type) {
    super(type);
  }

  @Override
  public final B deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    return body(context.readValue(parser, Map.class));
  }

  /**
   * The body of the members read.
   *
   * @param members every member, in order, as plain Java values
   * @return the body
   */
  protected abstract B body(Map<?, ?> members);
}

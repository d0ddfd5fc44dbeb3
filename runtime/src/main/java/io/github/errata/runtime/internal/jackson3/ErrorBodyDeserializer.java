package io.github.errata.runtime.internal.jackson3;

import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a catalog's body record, keeping every member: the base of each generated module's
 * {@code BodyDeserializer}, which makes the record from the members read.
 *
 * @param <B> the catalog's body record
 */
public abstract class ErrorBodyDeserializer<B> extends StdDeserializer<B> {
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
      {
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

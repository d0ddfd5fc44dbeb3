package io.github.errata.runtime.internal.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.errata.runtime.ApiErrorException;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a body as a catalog's typed exception: the base of each generated module's
 * {@code ExceptionDeserializer}, which makes the exception from the members read. Asked for one of
 * the catalog's subclasses, it gives that subclass, and a body of another error is an input
 * mismatch.
 *
 * @param <E> the catalog's base exception
 */
public abstract class ErrorDeserializer<E extends ApiErrorException> extends StdDeserializer<E>
    implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final Class<E> base;
  private final Class<? extends E> asked;

  /**
   * For a catalog.
   *
   * @param base the catalog's base exception
   */
  protected ErrorDeserializer(Class<E> base) {
    this(base, base);
  }

  private ErrorDeserializer(Class<E> base, Class<? extends E> asked) {
    super(asked);
    this.base = base;
    this.asked = asked;
  }

  /**
   * The exception of the members read: the typed subclass where the catalog knows the type.
   *
   * @param members every member, in order, as plain Java values
   * @return the exception; never null
   */
  protected abstract E exception(Map<?, ?> members);

  /** The deserializer of the subclass asked for, which a body must be. */
  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context,
      BeanProperty property) {
    JavaType type = context.getContextualType();
    if (type == null || type.getRawClass() == asked || !base.isAssignableFrom(type.getRawClass())) {
      return this;
    }
    ErrorDeserializer<E> catalog = this instanceof Narrowed<E> narrowed ? narrowed.catalog : this;
    return new Narrowed<>(catalog, type.getRawClass().asSubclass(base));
  }

  @Override
  public final E deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    E exception = exception(context.readValue(parser, Map.class));
    if (!asked.isInstance(exception)) {
      return context.reportInputMismatch(this, "a body of type %s is not a %s", exception.type(),
          asked.getSimpleName());
    }
    return exception;
  }

  /** The catalog's deserializer, held to the subclass asked for. */
  private static final class Narrowed<E extends ApiErrorException> extends ErrorDeserializer<E> {
    private static final long serialVersionUID = 1L;

    private final ErrorDeserializer<E> catalog;

    Narrowed(ErrorDeserializer<E> catalog, Class<? extends E> asked) {
      super(catalog.base, asked);
      this.catalog = catalog;
    }

    @Override
    protected E exception(Map<?, ?> members) {
      return catalog.exception(members);
    }
  }
}

package io.github.errata.processor.internal.model;

import com.palantir.javapoet.ClassName;

/**
 * A major version of Jackson databind, named by its types: the processor never depends on
 * Jackson, it writes code that does where the user's compile classpath has it. What differs
 * between Jackson 2 and 3 is here; the module's writer is one, parameterised by this.
 */
public enum JacksonFlavour {
  /** {@code com.fasterxml.jackson.databind}: Jackson 2. */
  JACKSON_2("JacksonModule", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind",
      "SerializerProvider", "JsonSerializer", "JsonDeserializer", "IOException"),
  /** {@code tools.jackson.databind}: Jackson 3, whose exceptions are unchecked. */
  JACKSON_3("Jackson3Module", "tools.jackson.core", "tools.jackson.databind",
      "SerializationContext", "ValueSerializer", "ValueDeserializer", null);

  private final String suffix;
  private final String core;
  private final String databind;
  private final String serializationContext;
  private final String serializer;
  private final String deserializer;
  private final String ioException;

  JacksonFlavour(String suffix, String core, String databind, String serializationContext,
      String serializer, String deserializer, String ioException) {
    this.suffix = suffix;
    this.core = core;
    this.databind = databind;
    this.serializationContext = serializationContext;
    this.serializer = serializer;
    this.deserializer = deserializer;
    this.ioException = ioException;
  }

  /** The suffix of the generated module's name: {@code JourneyJacksonModule}, {@code JourneyJackson3Module}. */
  public String moduleSuffix() {
    return suffix;
  }

  /** A type whose presence on the compile classpath means this databind is there. */
  public String marker() {
    return simpleModule().canonicalName();
  }

  /** The generator a serializer writes to. */
  public ClassName jsonGenerator() {
    return ClassName.get(core, "JsonGenerator");
  }

  /** The parser a deserializer reads from. */
  public ClassName jsonParser() {
    return ClassName.get(core, "JsonParser");
  }

  /** The version a module reports. */
  public ClassName version() {
    return ClassName.get(core, "Version");
  }

  /** The module base class, which registers serializers by type. */
  public ClassName simpleModule() {
    return ClassName.get(databind + ".module", "SimpleModule");
  }

  /** The context a serializer is given. */
  public ClassName serializationContext() {
    return ClassName.get(databind, serializationContext);
  }

  /** The context a deserializer is given. */
  public ClassName deserializationContext() {
    return ClassName.get(databind, "DeserializationContext");
  }

  /** A resolved type, as a contextual deserializer is asked for. */
  public ClassName javaType() {
    return ClassName.get(databind, "JavaType");
  }

  /** A property, for a contextual deserializer. */
  public ClassName beanProperty() {
    return ClassName.get(databind, "BeanProperty");
  }

  /** The serializer base class of the annotations' {@code using}. */
  public ClassName serializer() {
    return ClassName.get(databind, serializer);
  }

  /** The deserializer base class of the annotations' {@code using}. */
  public ClassName deserializer() {
    return ClassName.get(databind, deserializer);
  }

  /** The serializer base class the generated serializers extend. */
  public ClassName stdSerializer() {
    return ClassName.get(databind + ".ser.std", "StdSerializer");
  }

  /** The deserializer base class the generated deserializers extend. */
  public ClassName stdDeserializer() {
    return ClassName.get(databind + ".deser.std", "StdDeserializer");
  }

  /** Jackson 2 only: where a deserializer learns the type it is asked for. */
  public ClassName contextualDeserializer() {
    return ClassName.get(databind + ".deser", "ContextualDeserializer");
  }

  /** The annotation that names a type's serializer, so a plain mapper needs no module. */
  public ClassName jsonSerialize() {
    return ClassName.get(databind + ".annotation", "JsonSerialize");
  }

  /** The annotation that names a type's deserializer. */
  public ClassName jsonDeserialize() {
    return ClassName.get(databind + ".annotation", "JsonDeserialize");
  }

  /** The checked exception serializers declare, or null where Jackson's are unchecked. */
  public ClassName ioException() {
    return ioException == null ? null : ClassName.get("java.io", ioException);
  }

  /** Whether this is Jackson 2, whose contextual deserializers implement an interface. */
  public boolean isJackson2() {
    return this == JACKSON_2;
  }
}

package io.github.errata.processor.internal.model;

import com.palantir.javapoet.ClassName;

/**
 * A major version of Jackson databind, named by its types: the processor never depends on
 * Jackson, it writes code that does where the user's compile classpath has it. What differs
 * between Jackson 2 and 3 is here; the module's writer is one, parameterised by this. The
 * serializers themselves are the runtime's, one package per Jackson; a generated module only
 * subclasses them with what differs per catalog.
 */
public enum JacksonFlavour {
  /** {@code com.fasterxml.jackson.databind}: Jackson 2. */
  JACKSON_2("JacksonModule", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind",
      "jackson2", "IOException"),
  /** {@code tools.jackson.databind}: Jackson 3, whose exceptions are unchecked. */
  JACKSON_3("Jackson3Module", "tools.jackson.core", "tools.jackson.databind", "jackson3", null);

  private static final String RUNTIME_INTERNAL = "io.github.errata.runtime.internal.";

  private final String suffix;
  private final String core;
  private final String databind;
  private final String glue;
  private final String ioException;

  JacksonFlavour(String suffix, String core, String databind, String glue, String ioException) {
    this.suffix = suffix;
    this.core = core;
    this.databind = databind;
    this.glue = RUNTIME_INTERNAL + glue;
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

  /** The version a module reports. */
  public ClassName version() {
    return ClassName.get(core, "Version");
  }

  /** The module base class, which registers serializers by type. */
  public ClassName simpleModule() {
    return ClassName.get(databind + ".module", "SimpleModule");
  }

  /**
   * One of the runtime's serializers or deserializers for this Jackson, which the module's
   * nested classes extend: {@code ErrorSerializer}, {@code ErrorBodySerializer},
   * {@code ErrorBodyDeserializer}, {@code ErrorDeserializer}.
   *
   * @param simpleName the class's simple name
   * @return the class, in the runtime's package for this Jackson
   */
  public ClassName glue(String simpleName) {
    return ClassName.get(glue, simpleName);
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

  /** Whether this is Jackson 2, whose serializers are serializable. */
  public boolean isJackson2() {
    return this == JACKSON_2;
  }
}

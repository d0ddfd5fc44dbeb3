package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;

/**
 * Jackson 2's types, by name: the processor never depends on Jackson, it only writes code that
 * does when Jackson is on the user's classpath.
 */
final class JacksonTypes {
  static final String CORE = "com.fasterxml.jackson.core";
  static final String DATABIND = "com.fasterxml.jackson.databind";

  static final ClassName JSON_FACTORY = ClassName.get(CORE, "JsonFactory");
  static final ClassName JSON_GENERATOR = ClassName.get(CORE, "JsonGenerator");
  static final ClassName JSON_PARSER = ClassName.get(CORE, "JsonParser");
  static final ClassName JSON_TOKEN = ClassName.get(CORE, "JsonToken");
  static final ClassName JSON_PARSE_EXCEPTION = ClassName.get(CORE, "JsonParseException");
  static final ClassName JSON_PROCESSING_EXCEPTION = ClassName.get(CORE, "JsonProcessingException");
  static final ClassName STREAM_READ_CONSTRAINTS = ClassName.get(CORE, "StreamReadConstraints");
  static final ClassName STREAM_READ_FEATURE = ClassName.get(CORE, "StreamReadFeature");
  static final ClassName STREAM_CONSTRAINTS_EXCEPTION = ClassName.get(CORE + ".exc", "StreamConstraintsException");
  static final ClassName SERIALIZED_STRING = ClassName.get(CORE + ".io", "SerializedString");
  static final ClassName VERSION = ClassName.get(CORE, "Version");

  static final ClassName SIMPLE_MODULE = ClassName.get(DATABIND + ".module", "SimpleModule");
  /**
   * Module.SetupContext, named through SimpleModule, which inherits it: importing Jackson's
   * {@code Module} would shadow {@code java.lang.Module} in the generated file.
   */
  static final ClassName SETUP_CONTEXT = SIMPLE_MODULE.nestedClass("SetupContext");
  static final ClassName STD_SERIALIZER = ClassName.get(DATABIND + ".ser.std", "StdSerializer");
  static final ClassName STD_DESERIALIZER = ClassName.get(DATABIND + ".deser.std", "StdDeserializer");
  static final ClassName SERIALIZER_PROVIDER = ClassName.get(DATABIND, "SerializerProvider");
  static final ClassName DESERIALIZATION_CONTEXT = ClassName.get(DATABIND, "DeserializationContext");
  static final ClassName DESERIALIZATION_CONFIG = ClassName.get(DATABIND, "DeserializationConfig");
  static final ClassName BEAN_DESCRIPTION = ClassName.get(DATABIND, "BeanDescription");
  static final ClassName JAVA_TYPE = ClassName.get(DATABIND, "JavaType");
  static final ClassName JSON_DESERIALIZER = ClassName.get(DATABIND, "JsonDeserializer");
  static final ClassName DESERIALIZERS_BASE = ClassName.get(DATABIND + ".deser", "Deserializers", "Base");

  private JacksonTypes() {}
}

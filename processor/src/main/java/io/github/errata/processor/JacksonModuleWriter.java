package io.github.errata.processor;

import static io.github.errata.processor.JacksonTypes.BEAN_DESCRIPTION;
import static io.github.errata.processor.JacksonTypes.DESERIALIZATION_CONFIG;
import static io.github.errata.processor.JacksonTypes.DESERIALIZATION_CONTEXT;
import static io.github.errata.processor.JacksonTypes.DESERIALIZERS_BASE;
import static io.github.errata.processor.JacksonTypes.JAVA_TYPE;
import static io.github.errata.processor.JacksonTypes.JSON_DESERIALIZER;
import static io.github.errata.processor.JacksonTypes.JSON_GENERATOR;
import static io.github.errata.processor.JacksonTypes.JSON_PARSER;
import static io.github.errata.processor.JacksonTypes.SERIALIZER_PROVIDER;
import static io.github.errata.processor.JacksonTypes.SETUP_CONTEXT;
import static io.github.errata.processor.JacksonTypes.SIMPLE_MODULE;
import static io.github.errata.processor.JacksonTypes.STD_DESERIALIZER;
import static io.github.errata.processor.JacksonTypes.STD_SERIALIZER;
import static io.github.errata.processor.JacksonTypes.VERSION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the Jackson 2 module: streaming serializers and deserializers for the body and the
 * exception, all delegating to the generated codec.
 */
final class JacksonModuleWriter {

  private JacksonModuleWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    GeneratedNames names = model.names();
    ClassName self = names.jacksonModule();
    ClassName codec = names.jsonCodec();
    ClassName reader = codec.nestedClass("BodyReader");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the module.\n")
        .addStatement("super($S, $T.unknownVersion())", self.simpleName(), VERSION)
        .addStatement("addSerializer($T.class, new BodySerializer())", names.body())
        .addStatement("addSerializer($T.class, new ExceptionSerializer())", names.exception())
        .addStatement("addDeserializer($T.class, new BodyDeserializer())", names.body());
    TypeSpec type = GeneratedCode.mark(TypeSpec.classBuilder(self), catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(SIMPLE_MODULE)
        .addJavadoc("Teaches a Jackson {@code ObjectMapper} the errors of {@code $L}: register it with "
                + "{@code mapper.registerModule(new $T())}.\n\n"
                + "<p>Writes {@link $T} and every {@link $T} as the wire body. Reads a body as either; "
                + "read as the exception, or as one of its subclasses, it gives the typed subclass "
                + "(with the catalog's status, or 0 for an unknown type), and a body of another "
                + "error than the subclass asked for is an input mismatch. Streaming code: no "
                + "reflection, no bean introspection.\n",
            model.catalogName(), self, names.body(), names.exception())
        .addField(GeneratedCode.serialVersionUid())
        .addMethod(constructor.build())
        .addMethod(MethodSpec.methodBuilder("setupModule")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(SETUP_CONTEXT, "context")
            .addJavadoc("Registers the serializers and deserializers, and the lookup that gives each "
                + "exception type its deserializer.\n")
            .addStatement("super.setupModule(context)")
            .addStatement("context.addDeserializers(new ExceptionDeserializers())")
            .build())
        .addType(serializer("BodySerializer", names.body(),
            CodeBlock.of("$T.write(generator, value)", codec)))
        .addType(serializer("ExceptionSerializer", names.exception(),
            CodeBlock.of("$T.write(generator, value.type(), value.title(), value.detail(), "
                + "value.see(), value.extensions())", codec)))
        .addType(bodyDeserializer(names.body(), reader))
        .addType(exceptionDeserializers(names))
        .addType(exceptionDeserializer(names, reader))
        .build();
    return GeneratedCode.file(model, type);
  }

  private static TypeSpec serializer(String name, ClassName handled, CodeBlock write) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_SERIALIZER, handled))
        .addField(GeneratedCode.serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super($T.class)", handled)
            .build())
        .addMethod(MethodSpec.methodBuilder("serialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(handled, "value")
            .addParameter(JSON_GENERATOR, "generator")
            .addParameter(SERIALIZER_PROVIDER, "provider")
            .addException(IOException.class)
            .addStatement(write)
            .build())
        .build();
  }

  private static TypeSpec bodyDeserializer(ClassName body, ClassName reader) {
    return TypeSpec.classBuilder("BodyDeserializer")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, body))
        .addField(GeneratedCode.serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super($T.class)", body)
            .build())
        .addMethod(MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(body)
            .addParameter(JSON_PARSER, "parser")
            .addParameter(DESERIALIZATION_CONTEXT, "context")
            .addException(IOException.class)
            .addStatement("$T reader = new $T()", reader, reader)
            .addStatement("reader.read(parser)")
            .addStatement("return reader.toBody()")
            .build())
        .build();
  }

  /**
   * Finds the deserializer of the base exception and of each subclass: Jackson looks deserializers
   * up by the exact type asked for, and one lookup serves a catalog of any size.
   */
  private static TypeSpec exceptionDeserializers(GeneratedNames names) {
    TypeVariableName t = TypeVariableName.get("T", names.exception());
    return TypeSpec.classBuilder("ExceptionDeserializers")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(DESERIALIZERS_BASE)
        .addMethod(MethodSpec.methodBuilder("findBeanDeserializer")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(JSON_DESERIALIZER, WildcardTypeName.subtypeOf(Object.class)))
            .addParameter(JAVA_TYPE, "type")
            .addParameter(DESERIALIZATION_CONFIG, "config")
            .addParameter(BEAN_DESCRIPTION, "description")
            .addStatement("Class<?> raw = type.getRawClass()")
            .beginControlFlow("if (!$T.class.isAssignableFrom(raw))", names.exception())
            .addStatement("return null")
            .endControlFlow()
            .addStatement("return deserializer(raw.asSubclass($T.class))", names.exception())
            .build())
        .addMethod(MethodSpec.methodBuilder("deserializer")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addTypeVariable(t)
            .returns(ParameterizedTypeName.get(names.jacksonModule().nestedClass("ExceptionDeserializer"), t))
            .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
            .addStatement("return new ExceptionDeserializer<>(type)")
            .build())
        .build();
  }

  /** One deserializer for the base and every subclass, each checking the type it was asked for. */
  private static TypeSpec exceptionDeserializer(GeneratedNames names, ClassName reader) {
    TypeVariableName t = TypeVariableName.get("T", names.exception());
    return TypeSpec.classBuilder("ExceptionDeserializer")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariable(t)
        .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, t))
        .addField(GeneratedCode.serialVersionUid())
        .addField(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type",
            Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
            .addStatement("super(type)")
            .addStatement("this.type = type")
            .build())
        .addMethod(MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(t)
            .addParameter(JSON_PARSER, "parser")
            .addParameter(DESERIALIZATION_CONTEXT, "context")
            .addException(IOException.class)
            .addStatement("$T reader = new $T()", reader, reader)
            .addStatement("reader.read(parser)")
            .addStatement("$T body = reader.toBody()", names.body())
            .addStatement("int status = $T.fromType(body.type()).map($T::status).orElse(0)",
                names.errorEnum(), names.errorEnum())
            .addStatement("$T exception = $T.fromBody(status, body)", names.exception(),
                names.exception())
            .beginControlFlow("if (!type.isInstance(exception))")
            .addStatement("return context.reportInputMismatch(this, $S, body.type(), "
                + "type.getSimpleName())", "a body of type %s is not a %s")
            .endControlFlow()
            .addStatement("return type.cast(exception)")
            .build())
        .build();
  }
}

package io.github.errata.processor;

import static io.github.errata.processor.JacksonTypes.DESERIALIZATION_CONTEXT;
import static io.github.errata.processor.JacksonTypes.JSON_GENERATOR;
import static io.github.errata.processor.JacksonTypes.JSON_PARSER;
import static io.github.errata.processor.JacksonTypes.SERIALIZER_PROVIDER;
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
    TypeSpec type = GeneratedCode.mark(TypeSpec.classBuilder(self), catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(SIMPLE_MODULE)
        .addJavadoc("Teaches a Jackson {@code ObjectMapper} the errors of {@code $L}: register it with "
                + "{@code mapper.registerModule(new $T())}.\n\n"
                + "<p>Writes {@link $T} and every {@link $T} as the wire body; reads a body into "
                + "either, a {@link $T} as its typed subclass (with the catalog's status, or 0 for "
                + "an unknown type). Streaming code: no reflection, no bean introspection.\n",
            model.catalogName(), self, names.body(), names.exception(), names.exception())
        .addField(GeneratedCode.serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the module.\n")
            .addStatement("super($S, $T.unknownVersion())", self.simpleName(), VERSION)
            .addStatement("addSerializer($T.class, new BodySerializer())", names.body())
            .addStatement("addSerializer($T.class, new ExceptionSerializer())", names.exception())
            .addStatement("addDeserializer($T.class, new BodyDeserializer())", names.body())
            .addStatement("addDeserializer($T.class, new ExceptionDeserializer())", names.exception())
            .build())
        .addType(serializer("BodySerializer", names.body(),
            CodeBlock.of("$T.write(generator, value)", codec)))
        .addType(serializer("ExceptionSerializer", names.exception(),
            CodeBlock.of("$T.write(generator, value.toBody())", codec)))
        .addType(deserializer("BodyDeserializer", names.body(), reader,
            CodeBlock.of("reader.toBody()")))
        .addType(deserializer("ExceptionDeserializer", names.exception(), reader,
            CodeBlock.of("$T.fromBody($T.fromType(reader.toBody().type()).map($T::status).orElse(0), "
                    + "reader.toBody())",
                names.exception(), names.errorEnum(), names.errorEnum())))
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

  private static TypeSpec deserializer(String name, ClassName handled, ClassName reader,
      CodeBlock result) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, handled))
        .addField(GeneratedCode.serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super($T.class)", handled)
            .build())
        .addMethod(MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(handled)
            .addParameter(JSON_PARSER, "parser")
            .addParameter(DESERIALIZATION_CONTEXT, "context")
            .addException(IOException.class)
            .addStatement("$T reader = new $T()", reader, reader)
            .addStatement("reader.read(parser)")
            .addStatement("return $L", result)
            .build())
        .build();
  }
}

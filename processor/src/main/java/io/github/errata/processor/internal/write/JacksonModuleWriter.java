package io.github.errata.processor.internal.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.processor.internal.model.JacksonFlavour;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a catalog's Jackson module, for Jackson 2 or Jackson 3 by its {@link JacksonFlavour}:
 * serializers that walk the runtime's wire through a {@code JsonGenerator}, so they write exactly
 * {@code toJsonBytes()}, and deserializers that give the typed exception. The same serializers
 * are named by {@code @JsonSerialize} and {@code @JsonDeserialize} on the base exception and the
 * body (see {@link #annotations}), so a plain mapper with nothing registered writes the body too.
 */
public final class JacksonModuleWriter implements Output {

  private static final ClassName WIRE = ClassName.get("io.github.errata.runtime.internal", "Wire");
  private static final ClassName MEMBER_VISITOR =
      ClassName.get("io.github.errata.runtime.internal", "MemberVisitor");
  private static final ClassName JSON_WRITER =
      ClassName.get("io.github.errata.runtime.internal", "JsonWriter");

  private final JacksonFlavour flavour;

  /**
   * The output for one Jackson.
   *
   * @param flavour which Jackson
   */
  public JacksonModuleWriter(JacksonFlavour flavour) {
    this.flavour = flavour;
  }

  @Override
  public boolean appliesTo(CatalogModel model) {
    return model.jackson().contains(flavour);
  }

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(module(names, flavour));
  }

  private static ClassName module(GeneratedNames names, JacksonFlavour flavour) {
    return names.stemmed(flavour.moduleSuffix());
  }

  /**
   * The annotations that make every Jackson on the classpath use the module's serializer and
   * deserializer of a type, with nothing registered.
   *
   * @param model the catalog
   * @param of {@code Exception} or {@code Body}: which of the module's pairs
   * @return one {@code @JsonSerialize} and one {@code @JsonDeserialize} per Jackson present
   */
  static List<AnnotationSpec> annotations(CatalogModel model, String of) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    for (JacksonFlavour flavour : model.jackson()) {
      ClassName module = module(model.names(), flavour);
      annotations.add(AnnotationSpec.builder(flavour.jsonSerialize())
          .addMember("using", "$T.class", module.nestedClass(of + "Serializer"))
          .build());
      annotations.add(AnnotationSpec.builder(flavour.jsonDeserialize())
          .addMember("using", "$T.class", module.nestedClass(of + "Deserializer"))
          .build());
    }
    return annotations;
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    GeneratedNames names = model.names();
    ClassName self = module(names, flavour);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(flavour.simpleModule())
        .addJavadoc("Teaches a Jackson $L mapper the errors of {@code $L}: register it with "
                + "{@code addModule(new $T())}.\n\n"
                + "<p>Writes {@link $T} and every {@link $T} as the wire body, the same bytes as "
                + "{@code toJsonBytes()}. Reads a body as either; read as the exception, or as one of "
                + "its subclasses, it gives the typed subclass (with the catalog's status, or 0 for "
                + "an unknown type), and a body of another error than the subclass asked for is an "
                + "input mismatch. The annotations on those types name the same serializers, so a "
                + "mapper does this with nothing registered too.\n",
            flavour.isJackson2() ? "2" : "3", model.catalogName(), self, names.body(),
            names.exception())
        .addField(GeneratedCode.serialVersionUid())
        .addField(FieldSpec.builder(WIRE, "WIRE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($T.$L)", WIRE, RuntimeTypes.WIRE_FORMAT, model.wire().format())
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the module.\n")
            .addStatement("super($S, $T.unknownVersion())", self.simpleName(), flavour.version())
            .addStatement("addSerializer($T.class, new BodySerializer())", names.body())
            .addStatement("addSerializer($T.class, new ExceptionSerializer())", names.exception())
            .addStatement("addDeserializer($T.class, new BodyDeserializer())", names.body())
            .addStatement("addDeserializer($T.class, new ExceptionDeserializer())",
                names.exception())
            .build())
        .addType(serializer(names.body(), "Body", CodeBlock.of("WIRE.write($L, value.extensions(), "
            + "new Members(generator))", model.wire().memberNames().stream()
                .map(m -> CodeBlock.of("value.$N()", m)).collect(CodeBlock.joining(", ")))))
        .addType(serializer(names.exception(), "Exception",
            CodeBlock.of("WIRE.write(value, new Members(generator))")))
        .addType(bodyDeserializer(names))
        .addType(exceptionDeserializer(model))
        .addType(members());
    if (!flavour.isJackson2()) {
      type.addField(FieldSpec.builder(characterEscapes(), "NON_ASCII", Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .initializer("new NonAsciiEscapes()")
          .build())
          .addType(nonAsciiEscapes());
    }
    return List.of(new GeneratedFile.JavaType(type));
  }

  private MethodSpec.Builder throwing(MethodSpec.Builder method) {
    ClassName io = flavour.ioException();
    return io == null ? method : method.addException(io);
  }

  private TypeSpec.Builder nested(String name, TypeName superclass, String doc, Object... args) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(superclass)
        .addJavadoc(doc, args);
    if (flavour.isJackson2()) {
      // Jackson 2's serializers are Serializable; Jackson 3's are not.
      type.addField(GeneratedCode.serialVersionUid());
    }
    return type;
  }

  private TypeSpec serializer(ClassName of, String name, CodeBlock write) {
    return nested(name + "Serializer", ParameterizedTypeName.get(flavour.stdSerializer(), of),
            "Writes a {@link $T} as the wire body.\n", of)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the serializer; Jackson does too, from the annotation.\n")
            .addStatement("super($T.class)", of)
            .build())
        .addMethod(throwing(MethodSpec.methodBuilder("serialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(of, "value")
                .addParameter(flavour.jsonGenerator(), "generator")
                .addParameter(flavour.serializationContext(), "context"))
            .addStatement(write)
            .build())
        .build();
  }

  private TypeSpec bodyDeserializer(GeneratedNames names) {
    return nested("BodyDeserializer", ParameterizedTypeName.get(flavour.stdDeserializer(),
            names.body()), "Reads a {@link $T}, keeping every member.\n", names.body())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the deserializer; Jackson does too, from the annotation.\n")
            .addStatement("super($T.class)", names.body())
            .build())
        .addMethod(throwing(MethodSpec.methodBuilder("deserialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.body())
                .addParameter(flavour.jsonParser(), "parser")
                .addParameter(flavour.deserializationContext(), "context"))
            .addStatement("return $T.of(context.readValue(parser, $T.class))", names.body(),
                Map.class)
            .build())
        .build();
  }

  private TypeSpec exceptionDeserializer(CatalogModel model) {
    GeneratedNames names = model.names();
    ClassName exception = names.exception();
    TypeName subtype = ParameterizedTypeName.get(ClassName.get(Class.class),
        WildcardTypeName.subtypeOf(exception));
    TypeSpec.Builder type = nested("ExceptionDeserializer",
        ParameterizedTypeName.get(flavour.stdDeserializer(), exception),
        "Reads a body as the typed {@link $T}, or as the subclass asked for.\n", exception)
        .addField(subtype, "type", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the deserializer; Jackson does too, from the annotation.\n")
            .addStatement("this($T.class)", exception)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(subtype, "type")
            .addStatement("super(type)")
            .addStatement("this.type = type")
            .build());
    if (flavour.isJackson2()) {
      type.addSuperinterface(flavour.contextualDeserializer());
    }
    return type
        .addMethod(MethodSpec.methodBuilder("createContextual")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(flavour.deserializer(),
                WildcardTypeName.subtypeOf(Object.class)))
            .addParameter(flavour.deserializationContext(), "context")
            .addParameter(flavour.beanProperty(), "property")
            .addJavadoc("The deserializer of the subclass asked for, which a body must be.\n")
            .addStatement("$T asked = context.getContextualType()", flavour.javaType())
            .beginControlFlow("if (asked == null || !$T.class.isAssignableFrom(asked.getRawClass()))",
                exception)
            .addStatement("return this")
            .endControlFlow()
            .addStatement("return new ExceptionDeserializer(asked.getRawClass().asSubclass($T.class))",
                exception)
            .build())
        .addMethod(throwing(MethodSpec.methodBuilder("deserialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(exception)
                .addParameter(flavour.jsonParser(), "parser")
                .addParameter(flavour.deserializationContext(), "context"))
            .addStatement("$T body = $T.of(context.readValue(parser, $T.class))", names.body(),
                names.body(), Map.class)
            .addStatement(model.wire().isProblem()
                ? CodeBlock.of("int status = $T.CATALOG.statusOf(body.type(), body.status())",
                    names.errorEnum())
                : CodeBlock.of("int status = $T.fromType(body.type()).map($T::status).orElse(0)",
                    names.errorEnum(), names.errorEnum()))
            .addStatement("$T exception = $T.fromBody(status, body)", exception, exception)
            .beginControlFlow("if (!type.isInstance(exception))")
            .addStatement("return context.reportInputMismatch(this, \"a body of type %s is not a %s\", "
                + "body.type(), type.getSimpleName())")
            .endControlFlow()
            .addStatement("return exception")
            .build())
        .build();
  }

  /**
   * The runtime's wire, event by event, onto a generator. A text with a lone surrogate, which
   * UTF-8 cannot carry, is written as the runtime writes it, every non-ASCII char escaped: left to
   * itself, a generator writing chars puts the surrogate out raw, and one writing UTF-8 may join it
   * to the next char.
   */
  private TypeSpec members() {
    ClassName thrown = flavour.ioException() == null
        ? ClassName.get(RuntimeException.class) : flavour.ioException();
    TypeSpec.Builder type = TypeSpec.classBuilder("Members")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(MEMBER_VISITOR, thrown))
        .addField(flavour.jsonGenerator(), "generator", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(flavour.jsonGenerator(), "generator")
            .addStatement("this.generator = generator")
            .build())
        .addMethod(event("startObject", null, "generator.writeStartObject()"))
        .addMethod(event("endObject", null, "generator.writeEndObject()"))
        .addMethod(event("startArray", null, "generator.writeStartArray()"))
        .addMethod(event("endArray", null, "generator.writeEndArray()"))
        .addMethod(name())
        .addMethod(throwing(MethodSpec.methodBuilder("string")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "value"))
            // A text with a surrogate is written as the runtime writes it: Jackson 3 writes a pair
            // as four UTF-8 bytes where the runtime and Jackson 2 escape it, and neither Jackson
            // can carry a lone one.
            .beginControlFlow("if ($T.hasSurrogate(value))", JSON_WRITER)
            .addStatement("$T writer = new $T(value.length() * 6 + 2)", JSON_WRITER, JSON_WRITER)
            .addStatement("writer.string(value)")
            .addStatement("generator.writeRawValue(new String(writer.toByteArray(), $T.UTF_8))",
                StandardCharsets.class)
            .nextControlFlow("else")
            .addStatement("generator.writeString(value)")
            .endControlFlow()
            .build())
        .addMethod(event("number", TypeName.LONG, "generator.writeNumber(value)"))
        .addMethod(event("number", TypeName.DOUBLE, "generator.writeNumber(value)"))
        .addMethod(event("number", ClassName.get(BigInteger.class), "generator.writeNumber(value)"))
        .addMethod(event("number", ClassName.get(BigDecimal.class), "generator.writeNumber(value)"))
        .addMethod(event("bool", TypeName.BOOLEAN, "generator.writeBoolean(value)"))
        .addMethod(event("nullValue", null, "generator.writeNull()"));
    return type.build();
  }

  private MethodSpec event(String name, TypeName parameter, String call) {
    MethodSpec.Builder method = throwing(MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC));
    if (parameter != null) {
      method.addParameter(parameter, "value");
    }
    return method.addStatement(call).build();
  }

  /**
   * A member name. A name with a lone surrogate is written with its non-ASCII escaped by raising
   * the generator's escaping for that name alone: Jackson 2 by its highest unescaped char,
   * Jackson 3, which has no such setting, by escapes that cover every non-ASCII char.
   */
  private MethodSpec name() {
    MethodSpec.Builder method = throwing(MethodSpec.methodBuilder("name")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "name"));
    String write = flavour.isJackson2() ? "generator.writeFieldName(name)" : "generator.writeName(name)";
    method.beginControlFlow("if (!$T.hasLoneSurrogate(name))", JSON_WRITER)
        .addStatement(write)
        .addStatement("return")
        .endControlFlow();
    if (flavour.isJackson2()) {
      return method.addStatement("int highest = generator.getHighestEscapedChar()")
          .addComment("0 means nothing is escaped for being high; a lower setting is the user's, kept.")
          .addStatement("generator.setHighestNonEscapedChar(highest > 0 && highest < 0x7f ? highest : 0x7f)")
          .addStatement(write)
          .addStatement("generator.setHighestNonEscapedChar(highest)")
          .build();
    }
    return method.addStatement("$T escapes = generator.getCharacterEscapes()", characterEscapes())
        .addStatement("generator.setCharacterEscapes(NON_ASCII)")
        .addStatement(write)
        .addStatement("generator.setCharacterEscapes(escapes)")
        .build();
  }

  private ClassName characterEscapes() {
    return ClassName.get(flavour.jsonGenerator().packageName() + ".io", "CharacterEscapes");
  }

  /** Jackson 3 only: escapes of every non-ASCII char, each as a backslash, u and four upper-case hex digits. */
  private TypeSpec nonAsciiEscapes() {
    ClassName serializable = ClassName.get(flavour.jsonGenerator().packageName(), "SerializableString");
    return TypeSpec.classBuilder("NonAsciiEscapes")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(characterEscapes())
        .addField(GeneratedCode.serialVersionUid())
        .addMethod(MethodSpec.methodBuilder("getEscapeCodesForAscii")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int[].class)
            .addStatement("return standardAsciiEscapesForJSON()")
            .build())
        .addMethod(MethodSpec.methodBuilder("getEscapeSequence")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(serializable)
            .addParameter(int.class, "c")
            .addStatement("return c < 0x80 ? null : new $T(String.format(\"\\\\u%04X\", c))",
                ClassName.get(flavour.jsonGenerator().packageName() + ".io", "SerializedString"))
            .build())
        .build();
  }
}

package io.github.errata.processor.internal.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.processor.internal.model.JacksonFlavour;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a catalog's Jackson module, for Jackson 2 or Jackson 3 by its {@link JacksonFlavour}: four
 * small subclasses of the runtime's serializers and deserializers for that Jackson, which write
 * exactly {@code toJsonBytes()} and read the typed exception, holding only what differs per
 * catalog (its types, its wire, how its body record is made and read). The same classes are named
 * by {@code @JsonSerialize} and {@code @JsonDeserialize} on the base exception and the body (see
 * {@link #annotations}), so a plain mapper with nothing registered writes the body too.
 */
public final class JacksonModuleWriter implements Output {

  private static final ClassName WIRE = ClassName.get("io.github.errata.runtime.internal", "Wire");
  private static final ClassName MEMBER_SINK =
      ClassName.get("io.github.errata.runtime.internal", "MemberSink");

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
    CodeBlock wire = CodeBlock.of("$T.$L", RuntimeTypes.WIRE_FORMAT, model.wire().format());
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
        .addType(bodySerializer(model, wire))
        .addType(nested("ExceptionSerializer", "ErrorSerializer", names.exception(),
                "Writes every {@link $T} as the wire body.\n", names.exception())
            .addMethod(constructor("serializer", CodeBlock.of("super($T.class, $L)",
                names.exception(), wire)))
            .build())
        .addType(nested("BodyDeserializer", "ErrorBodyDeserializer", names.body(),
                "Reads a {@link $T}, keeping every member.\n", names.body())
            .addMethod(constructor("deserializer", CodeBlock.of("super($T.class)", names.body())))
            .addMethod(fromMembers("body", names.body())
                .addStatement("return $T.of(members)", names.body())
                .build())
            .build())
        .addType(exceptionDeserializer(model));
    return List.of(new GeneratedFile.JavaType(type));
  }

  /** A nested class that subclasses one of the runtime's serializers for this catalog. */
  private TypeSpec.Builder nested(String name, String glue, ClassName of, String doc,
      Object... args) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(flavour.glue(glue), of))
        .addJavadoc(doc, args);
    if (flavour.isJackson2()) {
      // Jackson 2's serializers are Serializable; Jackson 3's are not.
      type.addField(GeneratedCode.serialVersionUid());
    }
    return type;
  }

  private static MethodSpec constructor(String what, CodeBlock superCall) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the $L; Jackson does too, from the annotation.\n", what)
        .addStatement(superCall)
        .build();
  }

  /** The method that makes a value of the members a mapper read. */
  private static MethodSpec.Builder fromMembers(String name, ClassName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(returns)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class),
            WildcardTypeName.subtypeOf(Object.class), WildcardTypeName.subtypeOf(Object.class)),
            "members");
  }

  /** The body serializer, which hands the record's members to the wire in the wire's order. */
  private TypeSpec bodySerializer(CatalogModel model, CodeBlock wire) {
    ClassName body = model.names().body();
    ClassName thrown = flavour.ioException() == null
        ? ClassName.get(RuntimeException.class) : flavour.ioException();
    MethodSpec.Builder write = MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(body, "body")
        .addParameter(WIRE, "wire")
        .addParameter(flavour.jsonGenerator(), "generator")
        .addParameter(ParameterizedTypeName.get(MEMBER_SINK, flavour.jsonGenerator(), thrown),
            "members")
        .addStatement("wire.write($L, body.extensions(), generator, members)", model.wire().memberNames()
            .stream().map(m -> CodeBlock.of("body.$N()", m)).collect(CodeBlock.joining(", ")));
    if (flavour.ioException() != null) {
      write.addException(flavour.ioException());
    }
    return nested("BodySerializer", "ErrorBodySerializer", body,
            "Writes a {@link $T} as the wire body.\n", body)
        .addMethod(constructor("serializer", CodeBlock.of("super($T.class, $L)", body, wire)))
        .addMethod(write.build())
        .build();
  }

  /** The exception deserializer: the typed exception of the body read, with its status. */
  private TypeSpec exceptionDeserializer(CatalogModel model) {
    GeneratedNames names = model.names();
    ClassName exception = names.exception();
    return nested("ExceptionDeserializer", "ErrorDeserializer", exception,
            "Reads a body as the typed {@link $T}, or as the subclass asked for.\n", exception)
        .addMethod(constructor("deserializer", CodeBlock.of("super($T.class)", exception)))
        .addMethod(fromMembers("exception", exception)
            .addStatement("$T body = $T.of(members)", names.body(), names.body())
            .addStatement(model.wire().isProblem()
                ? CodeBlock.of("int status = $T.CATALOG.statusOf(body.type(), body.status())",
                    names.errorEnum())
                : CodeBlock.of("int status = $T.fromType(body.type()).map($T::status).orElse(0)",
                    names.errorEnum(), names.errorEnum()))
            .addStatement("return $T.fromBody(status, body)", exception)
            .build())
        .build();
  }
}

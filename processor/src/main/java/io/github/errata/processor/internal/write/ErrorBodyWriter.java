package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.processor.internal.model.WireModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes the wire body record: the wire's members, and every other member received, in order. */
public final class ErrorBodyWriter implements Output {

  /** {@code Map<String, Object>}, the type of extensions. */
  private static final TypeName STRING_OBJECT_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), ClassName.get(Object.class));

  /** Creates the output. */
  public ErrorBodyWriter() {}

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(names.body());
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    WireModel wire = model.wire();
    CodeBlock members = wire.memberNames().stream().map(m -> CodeBlock.of("$S", m))
        .collect(CodeBlock.joining(", "));
    MethodSpec.Builder canonical = MethodSpec.compactConstructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates a body; the extensions are copied, less any member the wire defines.\n");
    MethodSpec.Builder plain = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A body without extensions, as a server sends it.\n\n");
    TypeSpec.Builder type = TypeSpec.recordBuilder(model.names().body())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotations(JacksonModuleWriter.annotations(model, "Body"))
        .addJavadoc("The JSON body of an error of {@code $L}, as sent and received: $L.\n\n",
            model.catalogName(), wire.bodyDescription());
    for (WireModel.Member member : wire.members()) {
      canonical.addParameter(String.class, member.name());
      plain.addParameter(String.class, member.name())
          .addJavadoc("@param $L the $L$L\n", member.name(), member.name(),
              member.required() ? "" : ", or null");
      type.addJavadoc("@param $L $L $L\n", member.name(), GeneratedCode.doc(member.description()),
          member.required() ? "Null where a received body had none." : "Null where there is none.");
    }
    type.addJavadoc("@param extensions every other member, in order, as plain Java values (String, "
        + "Boolean, numbers, null, List, Map); never null, unmodifiable\n");
    canonical.addParameter(STRING_OBJECT_MAP, "extensions")
        .beginControlFlow("if (extensions == null || extensions.isEmpty())")
        .addStatement("extensions = $T.of()", Map.class)
        .nextControlFlow("else")
        .addComment("A copy, so the body cannot change under its holder; LinkedHashMap keeps the")
        .addComment("received order and, unlike Map.copyOf, JSON nulls. The wire's members are")
        .addComment("never extensions, so a body cannot be written with a member twice.")
        .addStatement("$T<String, Object> copy = new $T<>(extensions)", Map.class, LinkedHashMap.class)
        .addStatement("copy.keySet().removeAll($T.of($L))", Set.class, members)
        .addStatement("extensions = $T.unmodifiableMap(copy)", Collections.class)
        .endControlFlow();
    plain.addStatement("this($L, $T.of())", String.join(", ", wire.memberNames()), Map.class);
    type.recordConstructor(canonical.build()).addMethod(plain.build());
    if (!model.jackson().isEmpty()) {
      addOfMembers(type, model);
    }
    return List.of(new GeneratedFile.JavaType(type));
  }

  /** What the Jackson modules read a body through: members as a mapper reads any JSON object. */
  private static void addOfMembers(TypeSpec.Builder type, CatalogModel model) {
    ClassName body = model.names().body();
    type.addMethod(MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.STATIC)
            .returns(body)
            .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class),
                WildcardTypeName.subtypeOf(Object.class), WildcardTypeName.subtypeOf(Object.class)),
                "members")
            .addJavadoc("A body from the members a mapper read: the wire's members where they are "
                + "strings (of another JSON type, they count as absent), every other member an "
                + "extension.\n")
            .addStatement("$T<String, Object> extensions = new $T<>()", Map.class, LinkedHashMap.class)
            .addStatement("members.forEach((name, value) -> extensions.put($T.valueOf(name), value))",
                String.class)
            .addStatement("return new $T($L, extensions)", body, model.wire().memberNames().stream()
                .map(m -> CodeBlock.of("text(members.get($S))", m)).collect(CodeBlock.joining(", ")))
            .build())
        .addMethod(MethodSpec.methodBuilder("text")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(Object.class, "value")
            .addStatement("return value instanceof String text ? text : null")
            .build());
  }
}

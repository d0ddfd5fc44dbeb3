package io.github.errata.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Writes the wire body record: the four members, and every other member received, kept in order. */
final class ErrorBodyWriter {

  /** The body's own members, in wire order; every other member is an extension. */
  static final List<String> MEMBERS = List.of("type", "title", "detail", "see");

  private ErrorBodyWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    GeneratedNames names = model.names();
    MethodSpec canonical = MethodSpec.compactConstructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates a body; the extensions are copied, less any of the four members.\n")
        .addParameter(String.class, "type")
        .addParameter(String.class, "title")
        .addParameter(String.class, "detail")
        .addParameter(String.class, "see")
        .addParameter(ParameterSpec.builder(ExceptionWriter.STRING_OBJECT_MAP, "extensions").build())
        .beginControlFlow("if (extensions == null || extensions.isEmpty())")
        .addStatement("extensions = $T.of()", Map.class)
        .nextControlFlow("else")
        .addComment("A copy, so the body cannot change under its holder; LinkedHashMap keeps the")
        .addComment("received order and, unlike Map.copyOf, JSON nulls. The four members are never")
        .addComment("extensions, so a body cannot be written with a member twice.")
        .addStatement("$T<String, Object> copy = new $T<>(extensions)", Map.class, LinkedHashMap.class)
        .addStatement("copy.keySet().removeAll($T.of($L))", Set.class,
            MEMBERS.stream().map(m -> CodeBlock.of("$S", m)).collect(CodeBlock.joining(", ")))
        .addStatement("extensions = $T.unmodifiableMap(copy)", Collections.class)
        .endControlFlow()
        .build();
    TypeSpec type = GeneratedCode.mark(TypeSpec.recordBuilder(names.body()), catalog)
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(canonical)
        .addJavadoc("The JSON body of an error of {@code $L}, as sent and received: "
                + "{@code {\"type\", \"title\", \"detail\", \"see\"}}, then any other members.\n\n"
                + "@param type the stable machine identifier, such as {@code OBJECT_NOT_FOUND}; "
                + "null where a received body had none\n"
                + "@param title a short human title; null where a received body had none\n"
                + "@param detail what went wrong, for people; null where a received body had none\n"
                + "@param see a link to the error's documentation; null where there is none\n"
                + "@param extensions every other member, in order, as plain Java values (String, "
                + "Boolean, numbers, null, List, Map); never null, unmodifiable\n",
            model.catalogName())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A body without extensions, as a server sends it.\n\n"
                + "@param type the type\n@param title the title\n@param detail the detail\n"
                + "@param see the link, or null\n")
            .addParameter(String.class, "type")
            .addParameter(String.class, "title")
            .addParameter(String.class, "detail")
            .addParameter(String.class, "see")
            .addStatement("this(type, title, detail, see, $T.of())", Map.class)
            .build())
        .build();
    return GeneratedCode.file(model, type);
  }
}

package io.github.errata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Writes the error enum: one constant per error, named by its type, with its fixed facts. */
final class ErrorEnumWriter {

  private ErrorEnumWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    ClassName self = model.names().errorEnum();
    TypeSpec.Builder type = GeneratedCode.mark(TypeSpec.enumBuilder(self), catalog)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(GeneratedCode.javadoc(model.description(),
            "Every error of the API, declared by {@code $L}: its wire type, HTTP status, title, "
                + "documentation link and whether a client may retry.\n",
            model.catalogName()));
    for (ErrorModel error : model.errors()) {
      CodeBlock see = error.see() == null
          ? CodeBlock.of("null")
          : CodeBlock.of("$T.$L", model.names().links(), error.type());
      type.addEnumConstant(error.type(), TypeSpec.anonymousClassBuilder("$L, $L, $L, $L",
              error.status(), GeneratedCode.string(error.title()), see, error.retryable())
          .addJavadoc(GeneratedCode.javadoc(error.description(), "$L $L\n",
              error.status(), GeneratedCode.text(error.title())))
          .build());
    }
    type.addField(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "title", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "see", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "retryable", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(int.class, "status")
            .addParameter(String.class, "title")
            .addParameter(String.class, "see")
            .addParameter(boolean.class, "retryable")
            .addStatement("this.status = status")
            .addStatement("this.title = title")
            .addStatement("this.see = see")
            .addStatement("this.retryable = retryable")
            .build())
        .addMethod(getter("type", String.class, "name()",
            "The wire identifier of this error, sent as a body's {@code type} member.\n"))
        .addMethod(getter("status", int.class, "status", "The HTTP status sent with this error.\n"))
        .addMethod(getter("title", String.class, "title",
            "The catalog's title of this error: for people, never for matching.\n"))
        .addMethod(getter("see", String.class, "see",
            "The link to this error's documentation, or null where it has none.\n"))
        .addMethod(getter("isRetryable", boolean.class, "retryable",
            "Whether a client may retry the same request later.\n"))
        .addMethod(fromType(self))
        .addType(index(self));
    return GeneratedCode.file(model, type.build());
  }

  private static MethodSpec getter(String name, Class<?> type, String expression, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc(doc)
        .addStatement("return $L", expression)
        .build();
  }

  private static MethodSpec fromType(ClassName self) {
    return MethodSpec.methodBuilder("fromType")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(String.class, "type")
        .addJavadoc("Returns the error whose wire type is {@code type}, in constant time.\n\n"
            + "@param type a received type, or null\n"
            + "@return the error, or empty where {@code type} is null or not in the catalog\n")
        .addStatement("return type == null ? $T.empty() : $T.ofNullable(Index.BY_TYPE.get(type))",
            Optional.class, Optional.class)
        .build();
  }

  /** A nested holder, so the index cannot clash with a constant and is built on first use. */
  private static TypeSpec index(ClassName self) {
    TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
    return TypeSpec.classBuilder("Index")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(map, "BY_TYPE", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", HashMap.class)
            .build())
        .addStaticBlock(CodeBlock.builder()
            .beginControlFlow("for ($T error : values())", self)
            .addStatement("BY_TYPE.put(error.type(), error)")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}

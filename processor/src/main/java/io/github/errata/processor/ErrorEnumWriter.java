package io.github.errata.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the error type: an enum with one constant per error, named by its type, with its fixed
 * facts; or, for a catalog too large for an enum, a final class with the same members.
 */
final class ErrorEnumWriter {

  private ErrorEnumWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    ClassName self = model.names().errorEnum();
    TypeSpec.Builder type = model.errorsAsEnum() ? enumType(model) : classType(model);
    GeneratedCode.mark(type, catalog)
        .addModifiers(Modifier.PUBLIC)
        .addField(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "title", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "see", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "retryable", Modifier.PRIVATE, Modifier.FINAL)
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

  private static CodeBlock description(CatalogModel model) {
    return GeneratedCode.javadoc(model.description(),
        "Every error of the API, declared by {@code $L}: its wire type, HTTP status, title, "
            + "documentation link and whether a client may retry.\n",
        model.catalogName());
  }

  private static CodeBlock constantDoc(ErrorModel error) {
    return GeneratedCode.javadoc(error.description(), "$L $L\n",
        error.status(), GeneratedCode.text(error.title()));
  }

  /** The arguments every error's constant is made with, after any the form adds first. */
  private static CodeBlock facts(CatalogModel model, ErrorModel error) {
    CodeBlock see = error.see() == null
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.$L", model.names().links(), error.type());
    return CodeBlock.of("$L, $L, $L, $L",
        error.status(), GeneratedCode.string(error.title()), see, error.retryable());
  }

  /** The constructor, after any parameters the form puts first. */
  private static MethodSpec factsConstructor(MethodSpec.Builder constructor) {
    return constructor
        .addParameter(int.class, "status")
        .addParameter(String.class, "title")
        .addParameter(String.class, "see")
        .addParameter(boolean.class, "retryable")
        .addStatement("this.status = status")
        .addStatement("this.title = title")
        .addStatement("this.see = see")
        .addStatement("this.retryable = retryable")
        .build();
  }

  private static TypeSpec.Builder enumType(CatalogModel model) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(model.names().errorEnum())
        .addJavadoc(description(model));
    for (ErrorModel error : model.errors()) {
      type.addEnumConstant(error.type(), TypeSpec.anonymousClassBuilder(facts(model, error))
          .addJavadoc(constantDoc(error))
          .build());
    }
    return type.addMethod(factsConstructor(MethodSpec.constructorBuilder()));
  }

  /**
   * The error type of a catalog with more errors than an enum can hold: a final class whose
   * constants are made in methods of {@link CatalogModel#CHUNK} errors each, so that no method
   * outgrows the JVM's limit, and assigned from them in the one initialiser they must be in.
   */
  private static TypeSpec.Builder classType(CatalogModel model) {
    ClassName self = model.names().errorEnum();
    List<ErrorModel> errors = model.errors();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.FINAL)
        // Serializable as an enum is: an exception's field holds one.
        .addSuperinterface(Serializable.class)
        .addField(GeneratedCode.serialVersionUid())
        .addJavadoc(description(model))
        .addJavadoc("\n<p>A final class rather than an enum: the catalog's $L errors are more than "
            + "an enum can hold, since javac initialises all of an enum's constants in one method, "
            + "whose bytecode the JVM caps at 64 KiB. Each error is one constant: compare them with "
            + "{@code ==}.\n", errors.size());
    CodeBlock.Builder init = CodeBlock.builder()
        .addStatement("$T[] made = new $T[$L]", self, self, errors.size());
    for (int from = 0; from < errors.size(); from += CatalogModel.CHUNK) {
      int to = Math.min(from + CatalogModel.CHUNK, errors.size());
      String chunk = "make" + from / CatalogModel.CHUNK;
      init.addStatement("$L(made)", chunk);
      MethodSpec.Builder maker = MethodSpec.methodBuilder(chunk)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(ArrayTypeName.of(self), "made");
      for (int i = from; i < to; i++) {
        ErrorModel error = errors.get(i);
        maker.addStatement("made[$L] = new $T($S, $L, $L)", i, self, error.type(), i,
            facts(model, error));
      }
      type.addMethod(maker.build());
    }
    init.addStatement("constants = made");
    for (int i = 0; i < errors.size(); i++) {
      ErrorModel error = errors.get(i);
      type.addField(FieldSpec.builder(self, error.type(),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(constantDoc(error))
          .build());
      init.addStatement("$L = made[$L]", error.type(), i);
    }
    return type
        .addField(ArrayTypeName.of(self), "constants", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .addStaticBlock(init.build())
        .addField(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "ordinal", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(factsConstructor(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "name")
            .addParameter(int.class, "ordinal")
            .addStatement("this.name = name")
            .addStatement("this.ordinal = ordinal")))
        .addMethod(getter("name", String.class, "name",
            "The name of this constant, which is its wire type.\n"))
        .addMethod(getter("ordinal", int.class, "ordinal",
            "The position of this error in the catalog, from zero.\n"))
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name")
            .build())
        .addMethod(MethodSpec.methodBuilder("readResolve")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addException(InvalidObjectException.class)
            .addJavadoc("A deserialized error is the constant of its name, as an enum's is, so that "
                + "{@code ==} holds.\n\n@return the constant of this error's type\n"
                + "@throws InvalidObjectException where the catalog has no error of that type\n")
            .addStatement("$T constant = Index.BY_TYPE.get(name)", self)
            .beginControlFlow("if (constant == null)")
            .addStatement("throw new $T(\"no error of type \" + name + \" in this catalog\")",
                InvalidObjectException.class)
            .endControlFlow()
            .addStatement("return constant")
            .build())
        .addMethod(MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("Every error, in the catalog's order.\n\n@return a new array of them\n")
            .addStatement("return constants.clone()")
            .build());
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

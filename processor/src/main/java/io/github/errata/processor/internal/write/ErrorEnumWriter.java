package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.processor.internal.model.ParameterModel;
import io.github.errata.processor.internal.model.TranslationModel;
import io.github.errata.runtime.internal.ArgumentKind;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the error type: an enum with one constant per error, named by its type, and each error's
 * facts as data for the runtime (an {@code ErrorSpec}); or, for a catalog too large for an enum,
 * a final class with the same members.
 */
public final class ErrorEnumWriter implements Output {

  /** Creates the output. */
  public ErrorEnumWriter() {}

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(names.errorEnum());
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    ClassName self = model.names().errorEnum();
    TypeSpec.Builder type = model.errorsAsEnum() ? enumType(model) : classType(model);
    type.addModifiers(Modifier.PUBLIC)
        .addField(specs(model))
        .addField(FieldSpec.builder(RuntimeTypes.CATALOG_SPEC, "CATALOG", Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The catalog as the runtime writes and reads it.\n")
            .initializer("$T.of($T.$L, SPECS)", RuntimeTypes.CATALOG_SPEC, RuntimeTypes.WIRE_FORMAT,
                model.wire().format())
            .build());
    if (model.errorsAsEnum()) {
      type.addField(FieldSpec.builder(ArrayTypeName.of(self), "CONSTANTS", Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .initializer("values()")
          .build());
    }
    if (model.errors().size() > CatalogModel.CHUNK) {
      addSpecChunks(type, model);
    }
    type.addMethod(MethodSpec.methodBuilder("spec")
            .returns(RuntimeTypes.ERROR_SPEC)
            .addStatement("return SPECS[ordinal()]")
            .build())
        .addMethod(getter("type", String.class, "type",
            "The wire identifier of this error, sent as a body's {@code type} member.\n"))
        .addMethod(getter("status", int.class, "status", "The HTTP status sent with this error.\n"))
        .addMethod(getter("title", String.class, "title",
            "The catalog's title of this error: for people, never for matching.\n"))
        .addMethod(getter("see", String.class, "see",
            "The link to this error's documentation, or null where it has none.\n"))
        .addMethod(getter("isRetryable", boolean.class, "retryable",
            "Whether a client may retry the same request later.\n"))
        .addMethod(fromType(self, model.errorsAsEnum() ? "CONSTANTS" : "constants"));
    return List.of(new GeneratedFile.JavaType(type));
  }

  private static CodeBlock typeDoc(CatalogModel model) {
    return CodeBlock.of("Every error declared by {@code $L}: its wire type, HTTP status, title, "
        + "documentation link and whether a client may retry.\n", model.catalogName());
  }

  private static CodeBlock constantDoc(ErrorModel error) {
    return CodeBlock.of("{@code $L} $L Thrown as {@link $T}.\n", error.status(),
        GeneratedCode.text(error.title()), error.exceptionName());
  }

  /** The facts of every error, as a literal array or, past one chunk, filled by chunk methods. */
  private static FieldSpec specs(CatalogModel model) {
    FieldSpec.Builder field = FieldSpec.builder(ArrayTypeName.of(RuntimeTypes.ERROR_SPEC), "SPECS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Each error's facts, in the order of the constants.\n");
    if (model.errors().size() > CatalogModel.CHUNK) {
      return field.initializer("specs()").build();
    }
    CodeBlock.Builder array = CodeBlock.builder().add("{\n").indent();
    List<ErrorModel> errors = model.errors();
    for (int i = 0; i < errors.size(); i++) {
      array.add("$L$L\n", spec(model, errors.get(i)), i + 1 < errors.size() ? "," : "");
    }
    return field.initializer(array.unindent().add("}").build()).build();
  }

  /**
   * Methods of {@link CatalogModel#CHUNK} errors each, so that no method outgrows the JVM's limit
   * of 64 KiB of bytecode.
   */
  private static void addSpecChunks(TypeSpec.Builder type, CatalogModel model) {
    ArrayTypeName array = ArrayTypeName.of(RuntimeTypes.ERROR_SPEC);
    List<ErrorModel> errors = model.errors();
    MethodSpec.Builder all = MethodSpec.methodBuilder("specs")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(array)
        .addStatement("$T specs = new $T[$L]", array, RuntimeTypes.ERROR_SPEC, errors.size());
    for (int from = 0; from < errors.size(); from += CatalogModel.CHUNK) {
      String chunk = "specs" + from / CatalogModel.CHUNK;
      all.addStatement("$L(specs)", chunk);
      MethodSpec.Builder method = MethodSpec.methodBuilder(chunk)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(array, "specs");
      for (int i = from; i < Math.min(from + CatalogModel.CHUNK, errors.size()); i++) {
        method.addStatement("specs[$L] = $L", i, spec(model, errors.get(i)));
      }
      type.addMethod(method.build());
    }
    type.addMethod(all.addStatement("return specs").build());
  }

  /** One error's facts: a builder call per fact the error has, one a line. */
  static CodeBlock spec(CatalogModel model, ErrorModel error) {
    CodeBlock.Builder spec = CodeBlock.builder()
        .add("$T.builder($T.$L, $S, $L, $L)", RuntimeTypes.ERROR_SPEC, RuntimeTypes.WIRE_FORMAT,
            model.wire().format(), error.type(), error.status(), GeneratedCode.string(error.title()))
        .indent().indent();
    if (error.see() != null) {
      spec.add("\n.see($T.$L)", model.names().links(), error.type());
    }
    for (ParameterModel parameter : error.parameters()) {
      if (parameter.kind() == ArgumentKind.ENUM) {
        spec.add("\n.enumParameter($S, $T.class)", parameter.name(), parameter.declaredType());
      } else {
        spec.add("\n.parameter($S, $T.$L)", parameter.name(), RuntimeTypes.ARGUMENT_KIND,
            parameter.kind());
      }
    }
    if (error.retryable()) {
      spec.add("\n.retryable()");
    }
    if (error.captureStackTrace()) {
      spec.add("\n.captureStackTrace()");
    }
    if (!error.detailIsTitle()) {
      spec.add("\n.detail($L)", GeneratedCode.string(error.templateSource()));
    }
    if (!model.translations().isEmpty() || !model.language().equals("en")) {
      spec.add("\n.language($S)", model.language());
    }
    for (TranslationModel translation : model.translations()) {
      if (translation.translates(error.type())) {
        String title = translation.titles().get(error.type());
        String detail = translation.detailSource(error.type());
        spec.add("\n.translation($S, $L, $L)", translation.language(),
            title == null ? "null" : GeneratedCode.string(title),
            detail == null ? "null" : GeneratedCode.string(detail));
      }
    }
    return spec.add("\n.build()")
        .unindent().unindent()
        .build();
  }

  private static TypeSpec.Builder enumType(CatalogModel model) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(model.names().errorEnum())
        .addJavadoc(typeDoc(model));
    for (ErrorModel error : model.errors()) {
      type.addEnumConstant(error.type(), TypeSpec.anonymousClassBuilder("")
          .addJavadoc(constantDoc(error))
          .build());
    }
    return type;
  }

  /**
   * The error type of a catalog with more errors than an enum can hold: a final class whose
   * constants are made in methods of {@link CatalogModel#CHUNK} errors each, and assigned from them
   * in the one initialiser they must be in.
   */
  private static TypeSpec.Builder classType(CatalogModel model) {
    ClassName self = model.names().errorEnum();
    List<ErrorModel> errors = model.errors();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.FINAL)
        // Serializable as an enum is: an exception's field holds one.
        .addSuperinterface(Serializable.class)
        .addField(GeneratedCode.serialVersionUid())
        .addJavadoc(typeDoc(model))
        .addJavadoc("\n<p>A final class rather than an enum: the catalog's $L errors are more than "
            + "an enum can hold, since javac initialises all of an enum's constants in one method, "
            + "whose bytecode the JVM caps at 64 KiB. Each error is one constant: compare them with "
            + "{@code ==}.\n", errors.size());
    CodeBlock.Builder init = CodeBlock.builder()
        .addStatement("$T[] made = new $T[$L]", self, self, errors.size())
        .beginControlFlow("for (int i = 0; i < made.length; i++)")
        .addStatement("made[i] = new $T(i)", self)
        .endControlFlow();
    for (int i = 0; i < errors.size(); i++) {
      ErrorModel error = errors.get(i);
      type.addField(FieldSpec.builder(self, error.type(),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(constantDoc(error))
          .build());
      init.addStatement("$L = made[$L]", error.type(), i);
    }
    init.addStatement("constants = made");
    return type
        .addField(ArrayTypeName.of(self), "constants", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .addStaticBlock(init.build())
        .addField(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "ordinal", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(int.class, "ordinal")
            .addStatement("this.name = SPECS[ordinal].type()")
            .addStatement("this.ordinal = ordinal")
            .build())
        .addMethod(MethodSpec.methodBuilder("name")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The name of this constant, which is its wire type.\n")
            .addStatement("return name")
            .build())
        .addMethod(MethodSpec.methodBuilder("ordinal")
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addJavadoc("The position of this error in the catalog, from zero.\n")
            .addStatement("return ordinal")
            .build())
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
            .addStatement("int index = CATALOG.indexOf(name)")
            .beginControlFlow("if (index < 0)")
            .addStatement("throw new $T(\"no error of type \" + name + \" in this catalog\")",
                InvalidObjectException.class)
            .endControlFlow()
            .addStatement("return constants[index]")
            .build())
        .addMethod(MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("Every error, in the catalog's order.\n\n@return a new array of them\n")
            .addStatement("return constants.clone()")
            .build());
  }

  private static MethodSpec getter(String name, Class<?> type, String specMethod, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc(doc)
        .addStatement("return spec().$L()", specMethod)
        .build();
  }

  private static MethodSpec fromType(ClassName self, String constants) {
    return MethodSpec.methodBuilder("fromType")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(String.class, "type")
        .addJavadoc("Returns the error whose wire type is {@code type}, in constant time.\n\n"
            + "@param type a received type, or null\n"
            + "@return the error, or empty where {@code type} is null or not in the catalog\n")
        .addStatement("int index = CATALOG.indexOf(type)")
        .addStatement("return index < 0 ? $T.empty() : $T.of($L[index])", Optional.class,
            Optional.class, constants)
        .build();
  }
}

package io.github.errata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the sealed exception base: what every error's exception has, how one is made from a
 * received body, and how a received detail is matched back to its template.
 */
final class ExceptionWriter {

  static final TypeName STRING_OBJECT_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));

  private ExceptionWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    GeneratedNames names = model.names();
    TypeSpec.Builder type = GeneratedCode.mark(TypeSpec.classBuilder(names.exception()), catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
        .superclass(RuntimeException.class)
        .addJavadoc(GeneratedCode.javadoc(model.description(),
            "The base of every exception of the errors declared by {@code $L}: one final subclass "
                + "per error, and {@link $T} for a received body of a type the catalog does not know.\n"
                + "\n<p>{@link #getMessage()} is the detail. {@link #toBody()} is the wire body to "
                + "send with {@link #status()}.\n",
            model.catalogName(), names.unknownException()));
    for (ErrorModel error : model.errors()) {
      type.addPermittedSubclass(error.exceptionName());
    }
    type.addPermittedSubclass(names.unknownException())
        .addField(GeneratedCode.serialVersionUid())
        .addField(names.errorEnum(), "error", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "type", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "title", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "detail", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "see", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(boolean.class, "received", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Whether this exception was made from a received body, rather than by the "
                + "server: its members then need not be the catalog's.\n")
            .build())
        .addField(FieldSpec.builder(STRING_OBJECT_MAP, "extensions",
                Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
            .addJavadoc("Transient: extension values are any JSON values, not all serializable; a "
                + "deserialized exception has none.\n")
            .build())
        .addMethod(thrownConstructor(names))
        .addMethod(decodedConstructor(names))
        .addMethod(unknownConstructor())
        .addMethod(canonicalConstructor(names))
        .addMethod(accessor("type", String.class, "type",
            "The wire identifier of this error, or null where a received body carried none.\n"))
        .addMethod(accessor("status", int.class, "status",
            "The HTTP status: the catalog's for a thrown exception, the received one for a decoded one.\n"))
        .addMethod(accessor("title", String.class, "title",
            "The title: for people, never for matching.\n"))
        .addMethod(accessor("detail", String.class, "detail",
            "The detail: for people, never for matching. It is also {@link #getMessage()}, but "
                + "for an unknown error received without one.\n"))
        .addMethod(accessor("see", String.class, "see",
            "The link to this error's documentation, or null where there is none.\n"))
        .addMethod(MethodSpec.methodBuilder("error")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), names.errorEnum()))
            .addJavadoc("The catalog's error, or empty for a body of a type the catalog does not know.\n")
            .addStatement("return $T.ofNullable(error)", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("isRetryable")
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addJavadoc("Whether a client may retry the same request later, as the catalog says.\n")
            .addStatement("return error != null && error.isRetryable()")
            .build())
        .addMethod(MethodSpec.methodBuilder("arguments")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(STRING_OBJECT_MAP)
            .addJavadoc("This error's typed arguments by parameter name, in declaration order: to log, "
                + "print or compare without knowing the subclass. A value is null where a received "
                + "detail could not be matched back to the template. Unmodifiable.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("extensions")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(STRING_OBJECT_MAP)
            .addJavadoc("Members of a received body that the catalog does not define, in the order "
                + "received; empty for a thrown exception. Unmodifiable.\n")
            .addStatement("return extensions == null ? $T.of() : extensions", Map.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toBody")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(names.body())
            .addJavadoc("The wire body of this exception, to send with {@link #status()}.\n")
            .addStatement("return new $T(type, title, detail, see, extensions())", names.body())
            .build())
        .addMethods(model.jsonCodec() ? DirectJsonWriter.baseMethods(names) : List.of())
        .addMethod(fromBody(model))
        .addMethods(model.errorsAsEnum() ? List.of() : fromBodyChunks(model))
        .addMethod(splitDetail())
        .addMethod(parseArgument())
        .addMethod(writesAs())
        .addMethod(MethodSpec.methodBuilder("orElse")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(String.class, "value")
            .addParameter(String.class, "fallback")
            .addStatement("return value != null ? value : fallback")
            .build());
    if (model.jsonCodec()) {
      type.addType(DirectJsonWriter.jsonBytesType(model));
    }
    return GeneratedCode.file(model, type.build());
  }

  private static MethodSpec thrownConstructor(GeneratedNames names) {
    return MethodSpec.constructorBuilder()
        .addJavadoc("For an exception thrown by the server: everything but the detail from the catalog.\n")
        .addParameter(names.errorEnum(), "error")
        .addParameter(String.class, "detail")
        .addParameter(Throwable.class, "cause")
        .addParameter(boolean.class, "captureStackTrace")
        .addStatement("this(error, error.type(), error.status(), error.title(), detail, error.see(), "
            + "$T.of(), cause, captureStackTrace, false)", Map.class)
        .build();
  }

  private static MethodSpec decodedConstructor(GeneratedNames names) {
    return MethodSpec.constructorBuilder()
        .addJavadoc("For a received body of a known type: what the body lacks comes from the catalog.\n")
        .addParameter(names.errorEnum(), "error")
        .addParameter(int.class, "status")
        .addParameter(names.body(), "body")
        .addParameter(boolean.class, "captureStackTrace")
        .addStatement("this(error, error.type(), status, orElse(body.title(), error.title()), "
            + "orElse(body.detail(), orElse(body.title(), error.title())), "
            + "orElse(body.see(), error.see()), body.extensions(), null, captureStackTrace, true)")
        .build();
  }

  private static MethodSpec unknownConstructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc("For a received body of an unknown type, or one that could not be read.\n")
        .addParameter(int.class, "status")
        .addParameter(String.class, "type")
        .addParameter(String.class, "title")
        .addParameter(String.class, "detail")
        .addParameter(String.class, "see")
        .addParameter(STRING_OBJECT_MAP, "extensions")
        .addParameter(boolean.class, "captureStackTrace")
        .addStatement("this(null, type, status, title, detail, see, extensions, null, captureStackTrace, "
            + "true)")
        .build();
  }

  private static MethodSpec canonicalConstructor(GeneratedNames names) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(names.errorEnum(), "error")
        .addParameter(String.class, "type")
        .addParameter(int.class, "status")
        .addParameter(String.class, "title")
        .addParameter(String.class, "detail")
        .addParameter(String.class, "see")
        .addParameter(STRING_OBJECT_MAP, "extensions")
        .addParameter(Throwable.class, "cause")
        .addParameter(boolean.class, "captureStackTrace")
        .addParameter(boolean.class, "received")
        .addComment("Skipping the stack trace is what makes a 4xx exception cheap: filling it in")
        .addComment("walks the whole stack, and a 4xx is control flow, not a bug to trace.")
        .addStatement("super(detail, cause, true, captureStackTrace)")
        .addStatement("this.error = error")
        .addStatement("this.type = type")
        .addStatement("this.status = status")
        .addStatement("this.title = title")
        .addStatement("this.detail = detail")
        .addStatement("this.see = see")
        .addStatement("this.extensions = extensions")
        .addStatement("this.received = received")
        .build();
  }

  private static MethodSpec accessor(String name, Class<?> type, String field, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(type)
        .addJavadoc(doc)
        .addStatement("return $L", field)
        .build();
  }

  private static MethodSpec fromBody(CatalogModel model) {
    GeneratedNames names = model.names();
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromBody")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.exception())
        .addParameter(int.class, "status")
        .addParameter(names.body(), "body")
        .addJavadoc("Makes the exception for a received body: the typed subclass where the catalog "
            + "knows its type, with its arguments matched back out of the detail, otherwise an "
            + "{@link $T}.\n\n"
            + "@param status the HTTP status the body came with\n"
            + "@param body the received body\n"
            + "@return the exception; never null\n", names.unknownException());
    if (model.errors().isEmpty()) {
      return method
          .addStatement("return new $T(status, body, null, null)", names.unknownException())
          .build();
    }
    method.addStatement("$T error = $T.fromType(body.type()).orElse(null)", names.errorEnum(), names.errorEnum())
        .beginControlFlow("if (error == null)")
        .addStatement("return new $T(status, body, null, null)", names.unknownException())
        .endControlFlow()
        .addCode("return switch (error$L) {\n$>", model.errorsAsEnum() ? "" : ".ordinal() / " + CatalogModel.CHUNK);
    if (model.errorsAsEnum()) {
      for (ErrorModel error : model.errors()) {
        method.addCode("case $L -> $T.decoded(status, body);\n", error.type(), error.exceptionName());
      }
    } else {
      int chunks = (model.errors().size() + CatalogModel.CHUNK - 1) / CatalogModel.CHUNK;
      for (int chunk = 0; chunk < chunks; chunk++) {
        method.addCode("$L -> fromBody$L(error.ordinal(), status, body);\n",
            chunk < chunks - 1 ? "case " + chunk : "default", chunk);
      }
    }
    return method.addCode("$<};\n").build();
  }

  /**
   * For a catalog too large for an enum: the part of {@code fromBody} for one chunk of errors,
   * by position, so that no method outgrows the JVM's 64 KiB limit.
   */
  private static List<MethodSpec> fromBodyChunks(CatalogModel model) {
    List<MethodSpec> methods = new ArrayList<>();
    List<ErrorModel> errors = model.errors();
    for (int from = 0; from < errors.size(); from += CatalogModel.CHUNK) {
      int to = Math.min(from + CatalogModel.CHUNK, errors.size());
      MethodSpec.Builder method = MethodSpec.methodBuilder("fromBody" + from / CatalogModel.CHUNK)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(model.names().exception())
          .addParameter(int.class, "ordinal")
          .addParameter(int.class, "status")
          .addParameter(model.names().body(), "body")
          .addCode("return switch (ordinal) {\n$>");
      for (int i = from; i < to; i++) {
        ErrorModel error = errors.get(i);
        // The last error is the default: the caller passes only ordinals of this chunk.
        method.addCode("$L -> $T.decoded(status, body);\n",
            i < to - 1 ? "case " + i : "default", error.exceptionName());
      }
      methods.add(method.addCode("$<};\n").build());
    }
    return methods;
  }

  private static MethodSpec splitDetail() {
    return MethodSpec.methodBuilder("splitDetail")
        .addModifiers(Modifier.STATIC)
        .returns(String[].class)
        .addParameter(String.class, "detail")
        .addParameter(String[].class, "literals")
        .varargs()
        .addJavadoc("Splits a received detail at a template's literal text, in time linear in the "
            + "detail's length. It is read from the left taking the first fit of each literal, and "
            + "from the right taking the last: a detail has one reading exactly when the two agree.\n"
            + "\n@param detail the received detail, or null\n"
            + "@param literals the text before, between and after the placeholders\n"
            + "@return the text of each placeholder in order, or null where the detail does not fit "
            + "the template or fits it in more than one way\n")
        .beginControlFlow("if (detail == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int count = literals.length - 1")
        .addStatement("int start = literals[0].length()")
        .addStatement("int end = detail.length() - literals[count].length()")
        .beginControlFlow("if (end < start || !detail.startsWith(literals[0]) || "
            + "!detail.endsWith(literals[count]))")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("String[] texts = new String[count]")
        .addStatement("int[] begins = new int[count]")
        .addStatement("int from = start")
        .beginControlFlow("for (int i = 1; i < count; i++)")
        .addStatement("begins[i - 1] = from")
        .addStatement("int at = detail.indexOf(literals[i], from)")
        .beginControlFlow("if (at < 0 || at + literals[i].length() > end)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("texts[i - 1] = detail.substring(from, at)")
        .addStatement("from = at + literals[i].length()")
        .endControlFlow()
        .addStatement("begins[count - 1] = from")
        .addStatement("texts[count - 1] = detail.substring(from, end)")
        .addComment("From the right, each literal where it last fits must be where it first fit.")
        .addStatement("int to = end")
        .beginControlFlow("for (int i = count - 1; i > 0; i--)")
        .addStatement("int at = detail.lastIndexOf(literals[i], to - literals[i].length())")
        .beginControlFlow("if (at + literals[i].length() != begins[i])")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("to = at")
        .endControlFlow()
        .addStatement("return texts")
        .build();
  }

  private static MethodSpec parseArgument() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("parseArgument")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(String.class, "text")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class),
            ClassName.get(String.class), t), "parse")
        .addJavadoc("A received argument's text as a value; {@code null} is null, which is how a "
            + "null argument is written.\n")
        .addStatement("return $S.equals(text) ? null : parse.apply(text)", "null")
        .build();
  }

  private static MethodSpec writesAs() {
    return MethodSpec.methodBuilder("writesAs")
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(Object.class, "value")
        .addParameter(String.class, "text")
        .addJavadoc("Whether a value is written into a detail as exactly this text: a reading that "
            + "would write the detail differently ({@code 007} for 7, say) is not the server's.\n")
        .addStatement("String written = value instanceof Enum<?> constant ? constant.name() "
            + ": String.valueOf(value)")
        .addStatement("return written.equals(text)")
        .build();
  }
}

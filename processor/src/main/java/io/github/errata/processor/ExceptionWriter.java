package io.github.errata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the sealed exception base: what every error's exception has, how one is made from a
 * received body, and how a received detail is matched back to its template.
 */
final class ExceptionWriter {

  /** Details longer than this are kept as sent but not matched: matching costs grow with length. */
  static final int MAX_MATCHED_DETAIL = 8192;

  static final TypeName EXTENSIONS =
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
        .addField(FieldSpec.builder(EXTENSIONS, "extensions",
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
            "The detail, which is also {@link #getMessage()}: for people, never for matching.\n"))
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
            .returns(EXTENSIONS)
            .addJavadoc("This error's typed arguments by parameter name, in declaration order: to log, "
                + "print or compare without knowing the subclass. A value is null where a received "
                + "detail could not be matched back to the template. Unmodifiable.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("extensions")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(EXTENSIONS)
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
        .addMethod(fromBody(model))
        .addMethod(matchDetail())
        .addMethod(MethodSpec.methodBuilder("orElse")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(String.class, "value")
            .addParameter(String.class, "fallback")
            .addStatement("return value != null ? value : fallback")
            .build());
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
            + "$T.of(), cause, captureStackTrace)", Map.class)
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
            + "orElse(body.see(), error.see()), body.extensions(), null, captureStackTrace)")
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
        .addParameter(EXTENSIONS, "extensions")
        .addParameter(boolean.class, "captureStackTrace")
        .addStatement("this(null, type, status, title, detail, see, extensions, null, captureStackTrace)")
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
        .addParameter(EXTENSIONS, "extensions")
        .addParameter(Throwable.class, "cause")
        .addParameter(boolean.class, "captureStackTrace")
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
        .addCode("return switch (error) {\n$>");
    for (ErrorModel error : model.errors()) {
      method.addCode("case $L -> $T.decoded(status, body);\n", error.type(), error.exceptionName());
    }
    return method.addCode("$<};\n").build();
  }

  private static MethodSpec matchDetail() {
    return MethodSpec.methodBuilder("matchDetail")
        .addModifiers(Modifier.STATIC)
        .returns(String[].class)
        .addParameter(String.class, "detail")
        .addParameter(Pattern.class, "greedy")
        .addParameter(Pattern.class, "lazy")
        .addJavadoc("Matches a received detail against a template's two patterns. A detail has one "
            + "reading exactly when the greedy and the lazy match agree.\n\n"
            + "@return the arguments' texts, or null where the detail does not match or is ambiguous\n")
        .beginControlFlow("if (detail == null || detail.length() > $L)", MAX_MATCHED_DETAIL)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T most = greedy.matcher(detail)", Matcher.class)
        .addStatement("$T least = lazy.matcher(detail)", Matcher.class)
        .beginControlFlow("if (!most.matches() || !least.matches())")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("String[] values = new String[most.groupCount()]")
        .beginControlFlow("for (int i = 0; i < values.length; i++)")
        .addStatement("values[i] = most.group(i + 1)")
        .beginControlFlow("if (!values[i].equals(least.group(i + 1)))")
        .addStatement("return null")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return values")
        .build();
  }
}

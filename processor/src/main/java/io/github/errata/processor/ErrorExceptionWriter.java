package io.github.errata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.DetailTemplate.Literal;
import io.github.errata.processor.DetailTemplate.Placeholder;
import io.github.errata.processor.DetailTemplate.Segment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes one error's final exception: public constructors that render the detail from the
 * typed arguments, an accessor per argument, and the way back from a received body, which
 * matches the detail against the template to recover the arguments.
 */
final class ErrorExceptionWriter {

  private ErrorExceptionWriter() {}

  static JavaFile write(CatalogModel model, ErrorModel error, TypeElement catalog) {
    GeneratedNames names = model.names();
    // The user's parameter names are fixed (they name the accessors); ours give way to them.
    NameAllocator allocator = new NameAllocator();
    for (ParameterModel parameter : error.parameters()) {
      allocator.newName(parameter.name(), parameter);
    }
    String cause = allocator.newName("cause");
    String status = allocator.newName("status");
    String body = allocator.newName("body");

    TypeSpec.Builder type = GeneratedCode.mark(TypeSpec.classBuilder(error.exceptionName()), catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.exception())
        .addJavadoc(GeneratedCode.javadoc(error.description(),
            "The error {@link $T#$L}: {@code $L} $L\n",
            names.errorEnum(), error.type(), error.status(), GeneratedCode.text(error.title())))
        .addField(GeneratedCode.serialVersionUid());
    for (ParameterModel parameter : error.parameters()) {
      type.addField(parameter.boxedType(), parameter.name(), Modifier.PRIVATE, Modifier.FINAL);
    }
    type.addMethod(delegatingConstructor(error))
        .addMethod(thrownConstructor(names, error, cause))
        .addMethod(decodedConstructor(names, error, status, body));
    for (ParameterModel parameter : error.parameters()) {
      type.addMethod(MethodSpec.methodBuilder(parameter.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(parameter.boxedType())
          .addJavadoc("Returns $L.\n\n<p>Null where a received detail could not be matched back "
                  + "to the template.\n",
              stripPeriod(parameterDoc(parameter)))
          .addStatement("return $N", parameter.name())
          .build());
    }
    type.addMethod(arguments(error))
        .addMethod(decoded(names, error));
    if (!error.parameters().isEmpty()) {
      type.addType(detailPattern(error));
    }
    return GeneratedCode.file(model, type.build());
  }

  private static MethodSpec arguments(ErrorModel error) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("arguments")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ExceptionWriter.EXTENSIONS);
    if (error.parameters().isEmpty()) {
      return method.addStatement("return $T.of()", Map.class).build();
    }
    method.addComment("LinkedHashMap: declaration order, and null for an argument not matched back.")
        .addStatement("$T<String, Object> arguments = new $T<>()", Map.class, LinkedHashMap.class);
    for (ParameterModel parameter : error.parameters()) {
      method.addStatement("arguments.put($S, $N)", parameter.name(), parameter.name());
    }
    return method.addStatement("return $T.unmodifiableMap(arguments)", Collections.class).build();
  }

  private static MethodSpec delegatingConstructor(ErrorModel error) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates this error, to throw or to send.\n");
    addParameters(constructor, error);
    List<String> arguments = new ArrayList<>();
    for (ParameterModel parameter : error.parameters()) {
      arguments.add(parameter.name());
    }
    arguments.add("null");
    return constructor.addStatement("this($L)", String.join(", ", arguments)).build();
  }

  private static MethodSpec thrownConstructor(GeneratedNames names, ErrorModel error, String cause) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates this error with a cause, to throw or to send.\n");
    addParameters(constructor, error);
    constructor.addJavadoc("@param $L the cause, kept on the server: it is never sent\n", cause)
        .addParameter(Throwable.class, cause)
        .addStatement("super($T.$L, $L, $N, $L)", names.errorEnum(), error.type(),
            renderDetail(error.detail(), error.parameters()), cause, error.captureStackTrace());
    for (ParameterModel parameter : error.parameters()) {
      constructor.addStatement("this.$N = $N", parameter.name(), parameter.name());
    }
    return constructor.build();
  }

  private static MethodSpec decodedConstructor(GeneratedNames names, ErrorModel error, String status,
      String body) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(int.class, status)
        .addParameter(names.body(), body)
        .addStatement("super($T.$L, $N, $N, $L)", names.errorEnum(), error.type(), status, body,
            error.captureStackTrace());
    for (ParameterModel parameter : error.parameters()) {
      constructor.addParameter(parameter.boxedType(), parameter.name())
          .addStatement("this.$N = $N", parameter.name(), parameter.name());
    }
    return constructor.build();
  }

  private static void addParameters(MethodSpec.Builder constructor, ErrorModel error) {
    if (!error.parameters().isEmpty()) {
      constructor.addJavadoc("\n");
    }
    for (ParameterModel parameter : error.parameters()) {
      constructor.addParameter(parameter.declaredType(), parameter.name())
          .addJavadoc("@param $L $L\n", parameter.name(), parameterDoc(parameter));
    }
  }

  private static String parameterDoc(ParameterModel parameter) {
    return parameter.description().isEmpty()
        ? "the {@code " + parameter.name() + "} argument of the detail"
        : GeneratedCode.doc(parameter.description());
  }

  private static String stripPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** The detail as a string concatenation of the template's literals and the arguments. */
  static CodeBlock renderDetail(DetailTemplate detail, List<ParameterModel> parameters) {
    List<CodeBlock> parts = new ArrayList<>();
    for (Segment segment : detail.segments()) {
      if (segment instanceof Literal literal) {
        parts.add(CodeBlock.of("$S", literal.text()));
      } else {
        ParameterModel parameter = parameter(parameters, ((Placeholder) segment).name());
        CodeBlock value = parameter.kind() == ParameterKind.ENUM
            ? CodeBlock.of("($N == null ? \"null\" : $N.name())", parameter.name(), parameter.name())
            : CodeBlock.of("$N", parameter.name());
        parts.add(parts.isEmpty() ? CodeBlock.of("$T.valueOf($L)", String.class, value) : value);
      }
    }
    return CodeBlock.join(parts, " + ");
  }

  private static MethodSpec decoded(GeneratedNames names, ErrorModel error) {
    ClassName self = error.exceptionName();
    MethodSpec.Builder method = MethodSpec.methodBuilder("decoded")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, "status")
        .addParameter(names.body(), "body")
        .addJavadoc("This error as received, its arguments matched back out of the detail.\n");
    List<ParameterModel> parameters = error.parameters();
    if (parameters.isEmpty()) {
      return method.addStatement("return new $T(status, body)", self).build();
    }
    List<String> order = placeholderOrder(error.detail());
    List<CodeBlock> converted = new ArrayList<>();
    boolean mayFail = false;
    for (ParameterModel parameter : parameters) {
      CodeBlock text = CodeBlock.of("values[$L]", order.indexOf(parameter.name()));
      converted.add(convert(parameter, text));
      mayFail |= parameter.kind() != ParameterKind.STRING && parameter.kind() != ParameterKind.BOOLEAN;
    }
    String nulls = parameters.stream().map(p -> "null").collect(Collectors.joining(", "));
    method.addStatement("String[] values = $T.matchDetail(body.detail(), DetailPattern.GREEDY, "
            + "DetailPattern.LAZY)", names.exception())
        .beginControlFlow("if (values != null)");
    if (mayFail) {
      method.beginControlFlow("try")
          .addStatement("return new $T(status, body, $L)", self, CodeBlock.join(converted, ", "))
          .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
          .addComment("The detail has the template's shape, but a value does not convert (a number")
          .addComment("out of range, say): keep the detail as sent, without arguments.")
          .endControlFlow();
    } else {
      method.addStatement("return new $T(status, body, $L)", self, CodeBlock.join(converted, ", "));
    }
    return method.endControlFlow()
        .addStatement("return new $T(status, body, $L)", self, nulls)
        .build();
  }

  private static CodeBlock convert(ParameterModel parameter, CodeBlock text) {
    return switch (parameter.kind()) {
      case STRING -> text;
      case INT -> CodeBlock.of("$T.valueOf($L)", Integer.class, text);
      case LONG -> CodeBlock.of("$T.valueOf($L)", Long.class, text);
      case BOOLEAN -> CodeBlock.of("$T.valueOf($L)", Boolean.class, text);
      case DOUBLE -> CodeBlock.of("$T.valueOf($L)", Double.class, text);
      case UUID -> CodeBlock.of("$T.fromString($L)", UUID.class, text);
      case ENUM -> CodeBlock.of("$T.valueOf($L)", parameter.declaredType(), text);
    };
  }

  /** The template's patterns, in a holder so they are compiled on the first decode only. */
  private static TypeSpec detailPattern(ErrorModel error) {
    return TypeSpec.classBuilder("DetailPattern")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(Pattern.class, "GREEDY", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S, $T.DOTALL)", Pattern.class,
                regex(error.detail(), error.parameters(), false), Pattern.class)
            .build())
        .addField(FieldSpec.builder(Pattern.class, "LAZY", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S, $T.DOTALL)", Pattern.class,
                regex(error.detail(), error.parameters(), true), Pattern.class)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }

  /**
   * The template as a regular expression: literals quoted, each parameter's first use a group,
   * a repeated use a back-reference to it.
   */
  static String regex(DetailTemplate detail, List<ParameterModel> parameters, boolean lazy) {
    StringBuilder regex = new StringBuilder();
    List<String> groups = new ArrayList<>();
    for (Segment segment : detail.segments()) {
      if (segment instanceof Literal literal) {
        regex.append(Pattern.quote(literal.text()));
      } else {
        String name = ((Placeholder) segment).name();
        int group = groups.indexOf(name);
        if (group >= 0) {
          regex.append("\\").append(group + 1);
        } else {
          groups.add(name);
          regex.append(group(parameter(parameters, name), lazy));
        }
      }
    }
    return regex.toString();
  }

  private static String group(ParameterModel parameter, boolean lazy) {
    if (parameter.kind() != ParameterKind.ENUM) {
      return parameter.kind().group(lazy);
    }
    if (parameter.enumConstants().isEmpty()) {
      return "(?!)";
    }
    // Alternation takes the first alternative that fits: longest first for greedy, shortest for lazy.
    Comparator<String> byLength = Comparator.comparingInt(String::length);
    return parameter.enumConstants().stream()
        .sorted(lazy ? byLength : byLength.reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(", ")"));
  }

  private static List<String> placeholderOrder(DetailTemplate detail) {
    List<String> order = new ArrayList<>();
    for (Segment segment : detail.segments()) {
      if (segment instanceof Placeholder placeholder && !order.contains(placeholder.name())) {
        order.add(placeholder.name());
      }
    }
    return order;
  }

  private static ParameterModel parameter(List<ParameterModel> parameters, String name) {
    for (ParameterModel parameter : parameters) {
      if (parameter.name().equals(name)) {
        return parameter;
      }
    }
    throw new IllegalArgumentException("no parameter " + name);
  }
}

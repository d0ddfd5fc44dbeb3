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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    return GeneratedCode.file(model, type.build());
  }

  private static MethodSpec arguments(ErrorModel error) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("arguments")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ExceptionWriter.STRING_OBJECT_MAP);
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
    addParameters(constructor, error, false);
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
    addParameters(constructor, error, true);
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

  private static void addParameters(MethodSpec.Builder constructor, ErrorModel error,
      boolean moreTags) {
    if (!error.parameters().isEmpty() || moreTags) {
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
        parts.add(GeneratedCode.string(literal.text()));
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
    // The method's own names first; the locals named after the parameters give way to them.
    NameAllocator locals = new NameAllocator();
    String status = locals.newName("status");
    String body = locals.newName("body");
    MethodSpec.Builder method = MethodSpec.methodBuilder("decoded")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, status)
        .addParameter(names.body(), body);
    List<ParameterModel> parameters = error.parameters();
    if (parameters.isEmpty()) {
      return method.addJavadoc("This error as received.\n")
          .addStatement("return new $T($N, $N)", self, status, body)
          .build();
    }
    method.addJavadoc("This error as received, its arguments read back out of the detail.\n");
    String texts = locals.newName("texts");
    List<String> appearances = placeholders(error.detail());
    List<CodeBlock> literals = new ArrayList<>();
    for (String literal : literalsAround(error.detail())) {
      literals.add(GeneratedCode.string(literal));
    }
    method.addStatement("String[] $N = $T.splitDetail($N.detail(), $L)", texts, names.exception(),
        body, CodeBlock.join(literals, ", "));

    CodeBlock.Builder read = CodeBlock.builder();
    List<CodeBlock> checks = new ArrayList<>();
    List<String> arguments = new ArrayList<>();
    boolean mayThrow = false;
    for (ParameterModel parameter : parameters) {
      String local = locals.newName(parameter.name(), parameter);
      arguments.add(local);
      int first = appearances.indexOf(parameter.name());
      CodeBlock text = CodeBlock.of("$N[$L]", texts, first);
      if (parameter.kind() == ParameterKind.STRING) {
        read.addStatement("$T $N = $L", parameter.boxedType(), local, text);
      } else {
        read.addStatement("$T $N = $T.parseArgument($L, $L)", parameter.boxedType(), local,
            names.exception(), text, parser(parameter));
        checks.add(CodeBlock.of("$T.writesAs($N, $L)", names.exception(), local, text));
        mayThrow |= parameter.kind() != ParameterKind.BOOLEAN;
      }
      for (int i = first + 1; i < appearances.size(); i++) {
        if (appearances.get(i).equals(parameter.name())) {
          checks.add(CodeBlock.of("$N[$L].equals($L)", texts, i, text));
        }
      }
    }
    CodeBlock create = CodeBlock.of("return new $T($N, $N, $L)", self, status, body,
        String.join(", ", arguments));
    method.beginControlFlow("if ($N != null)", texts);
    if (mayThrow) {
      method.beginControlFlow("try");
    }
    method.addCode(read.build());
    if (checks.isEmpty()) {
      method.addStatement(create);
    } else {
      method.addComment("Only the reading that writes back the same detail is the server's.")
          .beginControlFlow("if ($L)", CodeBlock.join(checks, " && "))
          .addStatement(create)
          .endControlFlow();
    }
    if (mayThrow) {
      method.nextControlFlow("catch ($T e)", IllegalArgumentException.class)
          .addComment("A value of the wrong form (a number out of range, say): no arguments, then.")
          .endControlFlow();
    }
    String nulls = parameters.stream().map(p -> "null").collect(Collectors.joining(", "));
    return method.endControlFlow()
        .addStatement("return new $T($N, $N, $L)", self, status, body, nulls)
        .build();
  }

  /** How a received text becomes a value of the parameter's type. */
  private static CodeBlock parser(ParameterModel parameter) {
    return switch (parameter.kind()) {
      case STRING -> throw new IllegalArgumentException("a String needs no parser");
      case INT -> CodeBlock.of("$T::valueOf", Integer.class);
      case LONG -> CodeBlock.of("$T::valueOf", Long.class);
      case BOOLEAN -> CodeBlock.of("$T::valueOf", Boolean.class);
      case DOUBLE -> CodeBlock.of("$T::valueOf", Double.class);
      case UUID -> CodeBlock.of("$T::fromString", UUID.class);
      case ENUM -> CodeBlock.of("$T::valueOf", parameter.declaredType());
    };
  }

  /** The placeholders' names in the order they appear, a repeated one each time it appears. */
  private static List<String> placeholders(DetailTemplate detail) {
    List<String> names = new ArrayList<>();
    for (Segment segment : detail.segments()) {
      if (segment instanceof Placeholder placeholder) {
        names.add(placeholder.name());
      }
    }
    return names;
  }

  /** The literal text before, between and after the placeholders: one more than there are. */
  private static List<String> literalsAround(DetailTemplate detail) {
    List<String> literals = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Segment segment : detail.segments()) {
      if (segment instanceof Literal literal) {
        current.append(literal.text());
      } else {
        literals.add(current.toString());
        current.setLength(0);
      }
    }
    literals.add(current.toString());
    return literals;
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

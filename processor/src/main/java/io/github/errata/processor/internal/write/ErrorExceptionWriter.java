package io.github.errata.processor.internal.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.processor.internal.model.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one final exception per error: public constructors from the typed arguments, one
 * accessor per argument, and the constructor the base uses for a received body. The runtime
 * formats the detail and matches a received one back; nothing of that is written here.
 */
public final class ErrorExceptionWriter implements Output {

  /** Creates the output. */
  public ErrorExceptionWriter() {}

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    List<GeneratedFile> files = new ArrayList<>();
    for (ErrorModel error : model.errors()) {
      files.add(new GeneratedFile.JavaType(write(model.names(), error)));
    }
    return files;
  }

  private static TypeSpec.Builder write(GeneratedNames names, ErrorModel error) {
    // The user's parameter names are fixed (they name the accessors); ours give way to them.
    NameAllocator allocator = new NameAllocator();
    for (ParameterModel parameter : error.parameters()) {
      allocator.newName(parameter.name(), parameter);
    }
    String cause = allocator.newName("cause");
    String received = allocator.newName("received");

    TypeSpec.Builder type = TypeSpec.classBuilder(error.exceptionName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.exception())
        .addJavadoc(GeneratedCode.javadoc(error.description(),
            "{@link $T#$L}: {@code $L} $L\n",
            names.errorEnum(), error.type(), error.status(), GeneratedCode.text(error.title())))
        .addField(GeneratedCode.serialVersionUid());

    MethodSpec.Builder plain = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates this error, to throw or to send.\n");
    MethodSpec.Builder withCause = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates this error with a cause, to throw or to send.\n\n");
    if (!error.parameters().isEmpty()) {
      plain.addJavadoc("\n");
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterModel parameter : error.parameters()) {
      String doc = parameterDoc(parameter);
      plain.addParameter(parameter.declaredType(), parameter.name())
          .addJavadoc("@param $L $L\n", parameter.name(), doc);
      withCause.addParameter(parameter.declaredType(), parameter.name())
          .addJavadoc("@param $L $L\n", parameter.name(), doc);
      arguments.add(CodeBlock.of("$N", parameter.name()));
    }
    CodeBlock values = arguments.isEmpty()
        ? CodeBlock.of("null")
        : CodeBlock.of("new $T[] {$L}", Object.class, CodeBlock.join(arguments, ", "));
    if (arguments.isEmpty()) {
      // this(null) would be ambiguous beside the constructor of a received body.
      plain.addStatement("super($T.$L, null, null)", names.errorEnum(), error.type());
    } else {
      arguments.add(CodeBlock.of("null"));
      plain.addStatement("this($L)", CodeBlock.join(arguments, ", "));
    }
    type.addMethod(plain.build())
        .addMethod(withCause
            .addJavadoc("@param $L the cause, kept on the server: it is never sent\n", cause)
            .addParameter(Throwable.class, cause)
            .addStatement("super($T.$L, $L, $N)", names.errorEnum(), error.type(), values, cause)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("This error as received.\n")
            .addParameter(RuntimeTypes.RECEIVED, received)
            .addStatement("super($T.$L, $N)", names.errorEnum(), error.type(), received)
            .build());
    for (int i = 0; i < error.parameters().size(); i++) {
      ParameterModel parameter = error.parameters().get(i);
      type.addMethod(MethodSpec.methodBuilder(parameter.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(parameter.boxedType())
          .addJavadoc("Returns $L.\n\n<p>Null where a received detail could not be matched back "
                  + "to the template.\n",
              stripPeriod(parameterDoc(parameter)))
          .addStatement("return ($T) argument($L)", parameter.boxedType(), i)
          .build());
    }
    return type;
  }

  private static String parameterDoc(ParameterModel parameter) {
    return parameter.description().isEmpty()
        ? "the {@code " + parameter.name() + "} argument of the detail"
        : GeneratedCode.doc(parameter.description());
  }

  private static String stripPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}

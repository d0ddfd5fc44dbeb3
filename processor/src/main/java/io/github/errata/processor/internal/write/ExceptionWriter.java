package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.runtime.ApiErrorException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the catalog's sealed base exception over the runtime's {@code ApiErrorException}: the
 * error it is, the body record, and the one place a received body becomes its typed subclass.
 */
public final class ExceptionWriter implements Output {

  /** Names the serialization machinery gives meaning to in a Serializable class. */
  private static final Set<String> SERIALIZATION_NAMES = Set.of("serialVersionUID",
      "serialPersistentFields", "writeReplace", "readResolve", "readObject", "writeObject",
      "readObjectNoData");

  /** Creates the output. */
  public ExceptionWriter() {}

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(names.exception());
  }

  /**
   * The name of every method without parameters that a generated exception has, from the
   * runtime's base up to {@code Object}, and of those written here: an accessor of the same name
   * would override or hide one (a method with parameters is only overloaded). The names the
   * serialization machinery gives meaning to. And {@code java} and {@code javax}, which would hide
   * the packages generated code names in full.
   */
  @Override
  public Set<String> reservedMemberNames() {
    Set<String> names = new TreeSet<>(List.of("error", "toBody", "java", "javax"));
    names.addAll(SERIALIZATION_NAMES);
    for (Class<?> type = ApiErrorException.class; type != null; type = type.getSuperclass()) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPrivate(method.getModifiers()) && !method.isSynthetic()
            && method.getParameterCount() == 0) {
          names.add(method.getName());
        }
      }
    }
    return names;
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    GeneratedNames names = model.names();
    ClassName errorEnum = names.errorEnum();
    TypeSpec.Builder type = TypeSpec.classBuilder(names.exception())
        .addModifiers(javax.lang.model.element.Modifier.PUBLIC,
            javax.lang.model.element.Modifier.ABSTRACT, javax.lang.model.element.Modifier.SEALED)
        .superclass(RuntimeTypes.API_ERROR_EXCEPTION)
        .addJavadoc(GeneratedCode.javadoc(model.description(),
            "The base of every exception of the errors declared by {@code $L}: one final subclass "
                + "per error, and {@link $T} for a received body of a type the catalog does not "
                + "know.\n",
            model.catalogName(), names.unknownException()))
        .addAnnotations(JacksonModuleWriter.annotations(model, "Exception"))
        .addField(GeneratedCode.serialVersionUid())
        .addField(errorEnum, "error", javax.lang.model.element.Modifier.PRIVATE,
            javax.lang.model.element.Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("For an exception thrown by the server.\n")
            .addParameter(errorEnum, "error")
            .addParameter(Object[].class, "arguments")
            .addParameter(Throwable.class, "cause")
            .addStatement("super(error.spec(), arguments, cause)")
            .addStatement("this.error = error")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("For a received body; {@code error} is null where the catalog does not know "
                + "its type.\n")
            .addParameter(errorEnum, "error")
            .addParameter(RuntimeTypes.RECEIVED, "received")
            .addStatement("super(error == null ? null : error.spec(), received)")
            .addStatement("this.error = error")
            .build())
        .addMethod(MethodSpec.methodBuilder("error")
            .addModifiers(javax.lang.model.element.Modifier.PUBLIC,
                javax.lang.model.element.Modifier.FINAL)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), errorEnum))
            .addJavadoc("The catalog's error, or empty for a body of a type the catalog does not "
                + "know.\n")
            .addStatement("return $T.ofNullable(error)", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toBody")
            .addModifiers(javax.lang.model.element.Modifier.PUBLIC,
                javax.lang.model.element.Modifier.FINAL)
            .returns(names.body())
            .addJavadoc("The wire body of this exception, to send with {@link #status()}.\n")
            .addStatement(toBody(model))
            .build())
        .addMethod(MethodSpec.methodBuilder("fromBody")
            .addModifiers(javax.lang.model.element.Modifier.PUBLIC,
                javax.lang.model.element.Modifier.STATIC)
            .returns(names.exception())
            .addParameter(int.class, "status")
            .addParameter(names.body(), "body")
            .addJavadoc("Makes the exception for a received body: the typed subclass where the "
                + "catalog knows its type, with its arguments $L, otherwise an {@link $T}.\n\n"
                + "@param status the HTTP status the body came with\n"
                + "@param body the received body\n"
                + "@return the exception; never null\n", model.wire().isProblem()
                    ? "read from their members (from the detail where a member is missing or of "
                        + "another type)" : "matched back out of the detail",
                names.unknownException())
            .addStatement("return decoded($T.CATALOG.fromMembers(status, $L, body.extensions()))",
                errorEnum, model.wire().memberNames().stream()
                    .map(m -> CodeBlock.of("body.$N()", m)).collect(CodeBlock.joining(", ")))
            .build());
    List<ClassName> permitted = new ArrayList<>();
    model.errors().forEach(error -> permitted.add(error.exceptionName()));
    permitted.add(names.unknownException());
    type.addPermittedSubclasses(permitted);
    addDecoded(type, model);
    return List.of(new GeneratedFile.JavaType(type));
  }

  /**
   * The body of this exception: the members by the accessors of their names; on RFC 9457's wire
   * the type is the link and the typed arguments go first among the extensions, as the wire says.
   */
  private static CodeBlock toBody(CatalogModel model) {
    GeneratedNames names = model.names();
    if (!model.wire().isProblem()) {
      return CodeBlock.of("return new $T($L, extensions())", names.body(),
          model.wire().memberNames().stream().map(m -> CodeBlock.of("$N()", m))
              .collect(CodeBlock.joining(", ")));
    }
    return CodeBlock.of("return new $T($T.CATALOG.wire().typeOf(this), $L, $T.CATALOG.wire()"
        + ".extensionsOf(this))", names.body(), names.errorEnum(),
        model.wire().memberNames().stream().skip(1).map(m -> CodeBlock.of("$N()", m))
            .collect(CodeBlock.joining(", ")), names.errorEnum());
  }

  /**
   * The one place a received body becomes an exception: a switch on the error's position in the
   * catalog, split into methods of {@link CatalogModel#CHUNK} errors for a large catalog.
   */
  private static void addDecoded(TypeSpec.Builder type, CatalogModel model) {
    GeneratedNames names = model.names();
    List<ErrorModel> errors = model.errors();
    MethodSpec.Builder decoded = MethodSpec.methodBuilder("decoded")
        .addModifiers(javax.lang.model.element.Modifier.STATIC)
        .returns(names.exception())
        .addParameter(RuntimeTypes.RECEIVED, "received")
        .addJavadoc("The exception for what the runtime read: the typed subclass of a known "
            + "error, otherwise an {@link $T}.\n", names.unknownException());
    if (errors.size() <= CatalogModel.CHUNK) {
      type.addMethod(decoded.addCode(cases(names, errors, 0, errors.size())).build());
      return;
    }
    decoded.addStatement("int index = received.index()")
        .beginControlFlow("if (index < 0)")
        .addStatement("return new $T(received)", names.unknownException())
        .endControlFlow()
        .addCode("return switch (index / $L) {\n$>", CatalogModel.CHUNK);
    for (int from = 0; from < errors.size(); from += CatalogModel.CHUNK) {
      String chunk = "decoded" + from / CatalogModel.CHUNK;
      decoded.addStatement("case $L -> $L(received)", from / CatalogModel.CHUNK, chunk);
      type.addMethod(MethodSpec.methodBuilder(chunk)
          .addModifiers(javax.lang.model.element.Modifier.PRIVATE,
              javax.lang.model.element.Modifier.STATIC)
          .returns(names.exception())
          .addParameter(RuntimeTypes.RECEIVED, "received")
          .addCode(cases(names, errors, from, Math.min(from + CatalogModel.CHUNK, errors.size())))
          .build());
    }
    decoded.addStatement("default -> new $T(received)", names.unknownException())
        .addCode("$<};\n");
    type.addMethod(decoded.build());
  }

  private static CodeBlock cases(GeneratedNames names, List<ErrorModel> errors, int from, int to) {
    CodeBlock.Builder code = CodeBlock.builder().add("return switch (received.index()) {\n$>");
    for (int i = from; i < to; i++) {
      code.addStatement("case $L -> new $T(received)", i, errors.get(i).exceptionName());
    }
    return code.addStatement("default -> new $T(received)", names.unknownException())
        .add("$<};\n")
        .build();
  }
}

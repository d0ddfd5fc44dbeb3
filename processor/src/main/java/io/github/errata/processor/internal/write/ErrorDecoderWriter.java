package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the client's one call: each form a line into the runtime's bounded reader, whose result
 * the base exception turns into the typed subclass.
 */
public final class ErrorDecoderWriter implements Output {

  /** Creates the output. */
  public ErrorDecoderWriter() {}

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(names.decoder());
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    GeneratedNames names = model.names();
    TypeSpec.Builder type = TypeSpec.classBuilder(names.decoder())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Turns any error response into the right {@link $T}: the typed subclass where "
            + "the body's type is in the catalog, {@link $T} otherwise. It never throws, whatever "
            + "the body: empty, HTML from a proxy, cut short, or hostile. It needs no JSON "
            + "library.\n\n"
            + "<p>Reading is bounded by {@link $T}; the forms without them use "
            + "{@link $T#DEFAULT}. A body that breaks off, or goes past a bound, gives what was read "
            + "before that point: the typed exception where its type was read and is known, with a "
            + "suppressed {@link java.io.IOException} saying why the rest was not read; otherwise "
            + "an {@link $T} whose {@code reason()} and {@code excerpt()} say the same.\n",
            names.exception(), names.unknownException(), RuntimeTypes.DECODE_LIMITS,
            RuntimeTypes.DECODE_LIMITS, names.unknownException())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<MethodSpec> methods = new ArrayList<>();
    for (TypeName body : List.<TypeName>of(TypeName.get(byte[].class), ClassName.get(String.class),
        ClassName.get(InputStream.class))) {
      methods.add(decode(names, body, false));
      methods.add(decode(names, body, true));
    }
    return List.of(new GeneratedFile.JavaType(type.addMethods(methods)));
  }

  private static MethodSpec decode(GeneratedNames names, TypeName body, boolean withLimits) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("decode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.exception())
        .addParameter(int.class, "httpStatus")
        .addParameter(body, "body")
        .addJavadoc("Decodes an error response.\n\n"
            + "@param httpStatus the response's status\n"
            + "@param body the response body, or null$L\n",
            body.equals(ClassName.get(InputStream.class)) ? "; read to its end or a bound, not closed" : "");
    if (!withLimits) {
      return method.addJavadoc("@return the exception; never null\n")
          .addStatement("return decode(httpStatus, body, $T.DEFAULT)", RuntimeTypes.DECODE_LIMITS)
          .build();
    }
    return method.addParameter(RuntimeTypes.DECODE_LIMITS, "limits")
        .addJavadoc("@param limits the bounds on reading it; null for {@link $T#DEFAULT}\n"
            + "@return the exception; never null\n", RuntimeTypes.DECODE_LIMITS)
        .addStatement("return $T.decoded($T.CATALOG.read(httpStatus, body, limits))",
            names.exception(), names.errorEnum())
        .build();
  }
}

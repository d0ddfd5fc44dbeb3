package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the exception for a received body the catalog does not know, or that could not be read:
 * it keeps the status and what was readable, and says why the rest was not.
 */
public final class UnknownExceptionWriter implements Output {

  /** Creates the output. */
  public UnknownExceptionWriter() {}

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(names.unknownException());
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    GeneratedNames names = model.names();
    TypeSpec.Builder type = TypeSpec.classBuilder(names.unknownException())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.exception())
        .addJavadoc("A received error that is not one of {@code $L}'s: a body of an unknown type, "
            + "or one that could not be read (not JSON, an HTML page from a proxy, cut short).\n\n"
            + "<p>It keeps the HTTP status, whatever members were readable, and for a body that "
            + "could not be read, why and a short escaped excerpt of it.\n", model.catalogName())
        .addField(GeneratedCode.serialVersionUid())
        .addField(String.class, "reason", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "excerpt", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("What was read of a body the catalog cannot read as one of its errors.\n")
            .addParameter(RuntimeTypes.RECEIVED, "received")
            .addStatement("super(null, received)")
            .addStatement("this.reason = received.reason()")
            .addStatement("this.excerpt = received.excerpt()")
            .build())
        .addMethod(MethodSpec.methodBuilder("reason")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("Why the body could not be read, or null where it was read and only its "
                + "type is unknown.\n")
            .addStatement("return reason")
            .build())
        .addMethod(MethodSpec.methodBuilder("excerpt")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The start of an unreadable body, with control and non-ASCII characters "
                + "escaped so it is safe to log; null where the body was read.\n")
            .addStatement("return excerpt")
            .build());
    return List.of(new GeneratedFile.JavaType(type));
  }
}

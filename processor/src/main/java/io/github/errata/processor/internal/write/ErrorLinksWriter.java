package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes the documentation links as compile-time constants, usable in annotations and switches. */
public final class ErrorLinksWriter implements Output {

  /** Creates the output. */
  public ErrorLinksWriter() {}

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(names.links());
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(model.names().links())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The documentation links of the errors declared by {@code $L}, as compile-time "
            + "constants.\n", model.catalogName())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (!model.docs().isEmpty()) {
      type.addField(constant("INDEX", model.docs(), "The documentation of every error.\n"));
    }
    for (ErrorModel error : model.errors()) {
      if (error.see() != null) {
        type.addField(constant(error.type(), error.see(),
            "The documentation of {@link " + model.names().errorEnum().simpleName() + "#"
                + error.type() + "}.\n"));
      }
    }
    return List.of(new GeneratedFile.JavaType(type));
  }

  private static FieldSpec constant(String name, String value, String doc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(GeneratedCode.string(value))
        .addJavadoc(doc)
        .build();
  }
}

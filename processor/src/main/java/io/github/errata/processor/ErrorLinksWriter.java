package io.github.errata.processor;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Writes the documentation links as compile-time constants, usable in annotations and switches. */
final class ErrorLinksWriter {

  private ErrorLinksWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    TypeSpec.Builder type = GeneratedCode.mark(TypeSpec.classBuilder(model.names().links()), catalog)
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
    return GeneratedCode.file(model, type.build());
  }

  private static FieldSpec constant(String name, String value, String doc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(GeneratedCode.string(value))
        .addJavadoc(doc)
        .build();
  }
}

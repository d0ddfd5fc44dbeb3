package io.github.errata.processor.internal.compat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.errata.processor.compat.CatalogDescription;
import io.github.errata.processor.compat.ErrorDescription;
import io.github.errata.processor.compat.ParameterDescription;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.ParameterModel;
import io.github.errata.runtime.internal.ArgumentKind;
import java.util.ArrayList;
import java.util.List;

/** Describes a validated catalog as its clients know it, for the compatibility check. */
public final class CatalogDescriptions {

  private CatalogDescriptions() {}

  /** The catalog as its clients know it; no type is retired in it (the baseline keeps those). */
  public static CatalogDescription of(CatalogModel model) {
    List<ErrorDescription> errors = new ArrayList<>();
    for (ErrorModel error : model.errors()) {
      List<ParameterDescription> parameters = new ArrayList<>();
      for (ParameterModel parameter : error.parameters()) {
        parameters.add(new ParameterDescription(parameter.name(), typeName(parameter)));
      }
      errors.add(new ErrorDescription(error.methodName(), error.type(), error.status(),
          error.retryable(), parameters, error.templateSource(), error.title(),
          error.see() == null ? "" : error.see(), error.description().strip(),
          error.captureStackTrace() ? "captured" : "skipped", error.example()));
    }
    return new CatalogDescription(model.catalogName(), model.names().stem(),
        model.wire().format().name(), errors, List.of());
  }

  /**
   * The type as a stable string: a primitive or a {@code java.lang} box by its simple name, an
   * enum as {@code enum} and its canonical name, anything else by its canonical name.
   */
  static String typeName(ParameterModel parameter) {
    TypeName type = parameter.declaredType();
    String name = type instanceof ClassName className && className.packageName().equals("java.lang")
        ? className.simpleName() : type.toString();
    return parameter.kind() == ArgumentKind.ENUM ? "enum " + name : name;
  }
}

package io.github.errata.processor.internal.model;

import com.palantir.javapoet.TypeName;
import io.github.errata.runtime.internal.ArgumentKind;
import java.util.List;

/**
 * One typed argument of an error.
 *
 * @param name the parameter name, also the name of its accessor
 * @param declaredType the type as the catalog declares it (a primitive stays primitive)
 * @param kind how the value is written into a detail and read back from one
 * @param enumConstants for an enum, its constants in declaration order; otherwise empty
 * @param description the {@code @param} text of the catalog method's Javadoc, or empty
 */
public record ParameterModel(
    String name, TypeName declaredType, ArgumentKind kind, List<String> enumConstants,
    String description) {

  /** The type of the field and accessor: the box of a primitive, which is null when unknown. */
  public TypeName boxedType() {
    return declaredType.isPrimitive() ? declaredType.box() : declaredType;
  }
}

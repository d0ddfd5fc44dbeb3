package io.github.errata.processor.internal;

import com.palantir.javapoet.ClassName;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import java.util.List;
import java.util.Set;

/**
 * One kind of generated file, Java or resource: whether it applies to a catalog, which type names
 * it takes, which member names it reserves, and what it writes. {@link Outputs} lists them all;
 * {@link OutputFiler} marks and files what they write, so an output never touches the
 * {@code Filer}, {@code @Generated} or the originating element.
 */
public interface Output {

  /**
   * Whether this output writes anything for the catalog.
   *
   * @param model the catalog
   * @return true by default
   */
  default boolean appliesTo(CatalogModel model) {
    return true;
  }

  /**
   * The catalog-wide top-level types this output writes, whether or not it applies to a catalog
   * (a type name must not depend on the classpath), so that the parser can refuse a catalog whose
   * names are taken.
   *
   * @param names the catalog's package and stem
   * @return the types; empty for a resource, or for a type per error (named in the model)
   */
  default List<ClassName> typeNames(GeneratedNames names) {
    return List.of();
  }

  /**
   * Names a parameter of an error cannot take, because its accessor or field would clash with a
   * member of a type this output writes.
   *
   * @return the names; empty by default
   */
  default Set<String> reservedMemberNames() {
    return Set.of();
  }

  /**
   * Writes this output's files for a catalog it applies to.
   *
   * @param model the catalog
   * @return the files, in a stable order
   */
  List<GeneratedFile> write(CatalogModel model);
}

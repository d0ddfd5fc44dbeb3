package io.github.errata.processor.internal;

import com.palantir.javapoet.ClassName;
import io.github.errata.processor.internal.docs.CatalogJsonWriter;
import io.github.errata.processor.internal.docs.DocsPageWriter;
import io.github.errata.processor.internal.docs.OpenApiWriter;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.processor.internal.model.JacksonFlavour;
import io.github.errata.processor.internal.write.ErrorBodyWriter;
import io.github.errata.processor.internal.write.ErrorDecoderWriter;
import io.github.errata.processor.internal.write.ErrorEnumWriter;
import io.github.errata.processor.internal.write.ErrorExceptionWriter;
import io.github.errata.processor.internal.write.ErrorLinksWriter;
import io.github.errata.processor.internal.write.ExceptionWriter;
import io.github.errata.processor.internal.write.JacksonModuleWriter;
import io.github.errata.processor.internal.write.ResponseExceptionMapperWriter;
import io.github.errata.processor.internal.write.UnknownExceptionWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry: every file generated for a catalog is one output here, one line each. Names
 * taken and names reserved are derived from this list, never kept by hand beside it.
 */
public final class Outputs {

  /** Every output, in the order its files are written. */
  public static final List<Output> ALL = List.of(
      new ErrorEnumWriter(),
      new ErrorLinksWriter(),
      new ExceptionWriter(),
      new ErrorExceptionWriter(),
      new UnknownExceptionWriter(),
      new ErrorBodyWriter(),
      new ErrorDecoderWriter(),
      new JacksonModuleWriter(JacksonFlavour.JACKSON_2),
      new JacksonModuleWriter(JacksonFlavour.JACKSON_3),
      new ResponseExceptionMapperWriter(),
      new DocsPageWriter(),
      new CatalogJsonWriter(),
      new OpenApiWriter());

  private Outputs() {}

  /**
   * The catalog-wide types every output may write for a catalog, whatever its classpath.
   *
   * @param names the catalog's package and stem
   * @return the types, in registry order
   */
  public static List<ClassName> catalogTypes(GeneratedNames names) {
    return ALL.stream().flatMap(output -> output.typeNames(names).stream()).toList();
  }

  /**
   * The names no parameter may take, from every output.
   *
   * @return the names, sorted
   */
  public static Set<String> reservedParameterNames() {
    Set<String> names = new TreeSet<>();
    ALL.forEach(output -> names.addAll(output.reservedMemberNames()));
    return names;
  }
}

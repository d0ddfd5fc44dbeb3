package io.github.errata.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The names of the types generated for one catalog, all in the catalog's package and all
 * starting with its stem.
 *
 * @param packageName the catalog's package, empty for the unnamed package
 * @param stem the stem, such as {@code Journey}
 */
record GeneratedNames(String packageName, String stem) {

  ClassName errorEnum() {
    return ClassName.get(packageName, stem + "Error");
  }

  ClassName links() {
    return ClassName.get(packageName, stem + "ErrorLinks");
  }

  ClassName exception() {
    return ClassName.get(packageName, stem + "Exception");
  }

  ClassName unknownException() {
    return ClassName.get(packageName, "Unknown" + stem + "Exception");
  }

  ClassName body() {
    return ClassName.get(packageName, stem + "ErrorBody");
  }

  ClassName jsonCodec() {
    return ClassName.get(packageName, stem + "JsonCodec");
  }

  ClassName jacksonModule() {
    return ClassName.get(packageName, stem + "JacksonModule");
  }

  ClassName decoder() {
    return ClassName.get(packageName, stem + "ErrorDecoder");
  }

  /** The exception subclass for the error declared by {@code methodName}. */
  ClassName errorException(String methodName) {
    return ClassName.get(packageName, NameRules.capitalize(methodName) + "Exception");
  }

  /** Every catalog-wide generated type, whether or not Jackson is present. */
  List<ClassName> catalogTypes() {
    return List.of(errorEnum(), links(), exception(), unknownException(), body(), jsonCodec(),
        jacksonModule(), decoder());
  }
}

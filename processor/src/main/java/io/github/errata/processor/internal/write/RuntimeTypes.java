package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;

/** The types of {@code errata-runtime} and the annotations that generated code names. */
final class RuntimeTypes {
  private static final String RUNTIME = "io.github.errata.runtime";
  private static final String INTERNAL = RUNTIME + ".internal";

  static final ClassName API_ERROR_EXCEPTION = ClassName.get(RUNTIME, "ApiErrorException");
  static final ClassName DECODE_LIMITS = ClassName.get(RUNTIME, "DecodeLimits");
  static final ClassName ERROR_SPEC = ClassName.get(INTERNAL, "ErrorSpec");
  static final ClassName CATALOG_SPEC = ClassName.get(INTERNAL, "CatalogSpec");
  static final ClassName ARGUMENT_KIND = ClassName.get(INTERNAL, "ArgumentKind");
  static final ClassName RECEIVED = ClassName.get(INTERNAL, "Received");
  static final ClassName ERRATA_VERSION = ClassName.get(INTERNAL, "ErrataVersion");
  static final ClassName WIRE_FORMAT = ClassName.get("io.github.errata", "WireFormat");

  private RuntimeTypes() {}
}

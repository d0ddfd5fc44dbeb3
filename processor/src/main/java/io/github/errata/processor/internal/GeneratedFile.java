package io.github.errata.processor.internal;

import com.palantir.javapoet.TypeSpec;

/** A file an {@link Output} writes, before {@link OutputFiler} marks and files it. */
public sealed interface GeneratedFile {

  /**
   * A Java type in the catalog's package, without {@code @Generated}: the filer adds it, and the
   * originating element, then builds the type.
   *
   * @param type the type, not yet built
   */
  record JavaType(TypeSpec.Builder type) implements GeneratedFile {}

  /**
   * A resource in the class output, such as {@code META-INF/errata/...json}, as UTF-8.
   *
   * @param path its path in the jar
   * @param text its content
   */
  record Resource(String path, String text) implements GeneratedFile {}
}

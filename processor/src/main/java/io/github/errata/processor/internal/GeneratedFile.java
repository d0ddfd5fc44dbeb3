package io.github.errata.processor.internal;

import com.palantir.javapoet.TypeSpec;

/** A file an {@link Output} writes, before {@link OutputFiler} marks and files it. */
public sealed interface GeneratedFile {

  /**
   * A Java type in the catalog's package, without {@code @Generated}, which the filer adds.
   *
   * @param type the type
   */
  record JavaType(TypeSpec type) implements GeneratedFile {}

  /**
   * A resource in the class output, such as {@code META-INF/errata/...json}, as UTF-8.
   *
   * @param path its path in the jar
   * @param text its content
   */
  record Resource(String path, String text) implements GeneratedFile {}
}

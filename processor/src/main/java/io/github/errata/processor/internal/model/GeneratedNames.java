package io.github.errata.processor.internal.model;

import com.palantir.javapoet.ClassName;

/**
 * Where the types generated for one catalog go, and how they are named: all in the catalog's
 * package and all starting with its stem. Each output picks its own names from here.
 *
 * @param packageName the catalog's package, empty for the unnamed package
 * @param stem the stem, such as {@code Journey}
 */
public record GeneratedNames(String packageName, String stem) {

  /** A type of the catalog's package named {@code stem + suffix}, such as {@code JourneyError}. */
  public ClassName stemmed(String suffix) {
    return ClassName.get(packageName, stem + suffix);
  }

  /** The error enum, which every output refers to. */
  public ClassName errorEnum() {
    return stemmed("Error");
  }

  /** The links' constants. */
  public ClassName links() {
    return stemmed("ErrorLinks");
  }

  /** The sealed base exception. */
  public ClassName exception() {
    return stemmed("Exception");
  }

  /** The exception for a body the catalog does not know. */
  public ClassName unknownException() {
    return ClassName.get(packageName, "Unknown" + stem + "Exception");
  }

  /** The wire body record. */
  public ClassName body() {
    return stemmed("ErrorBody");
  }

  /** The decoder. */
  public ClassName decoder() {
    return stemmed("ErrorDecoder");
  }

  /** The exception subclass for the error declared by {@code methodName}. */
  public ClassName errorException(String methodName) {
    return ClassName.get(packageName,
        Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1) + "Exception");
  }
}

package io.github.errata.processor;

import io.github.errata.StackTrace;
import java.util.List;

/**
 * A validated catalog: everything the writers need, as plain data.
 *
 * @param catalogName the catalog interface's canonical name, as the user wrote it
 * @param names the names of every type generated for the catalog
 * @param docs the catalog's documentation base URL, or empty
 * @param description the catalog's Javadoc, or empty
 * @param errors the errors, in declaration order
 * @param jsonCodec whether jackson-core is available, so the codec and decoder are generated
 * @param jacksonModule whether jackson-databind is available, so the module is generated
 * @param unknownStackTrace when the unknown exception captures its stack trace: the catalog's
 *     policy, applied to the status it was received with
 */
record CatalogModel(
    String catalogName,
    GeneratedNames names,
    String docs,
    String description,
    List<ErrorModel> errors,
    boolean jsonCodec,
    boolean jacksonModule,
    StackTrace unknownStackTrace) {

  /**
   * The most errors generated as an enum. javac initialises all of an enum's constants in one
   * method, whose bytecode the JVM caps at 64 KiB: about 26 bytes a constant here.
   */
  static final int ENUM_CAPACITY = 2000;

  /**
   * The most errors a catalog may declare. Past {@link #ENUM_CAPACITY} the error type is a final
   * class whose constants take 8 bytes each of its initialiser, which the same cap bounds.
   */
  static final int MAX_ERRORS = 6000;

  /** Generated code that would grow with the catalog is split into methods of this many errors. */
  static final int CHUNK = 500;

  /** Whether the error type is an enum, as it is for every catalog up to {@link #ENUM_CAPACITY}. */
  boolean errorsAsEnum() {
    return errors.size() <= ENUM_CAPACITY;
  }
}

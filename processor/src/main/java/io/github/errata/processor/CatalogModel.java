package io.github.errata.processor;

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
 * @param unknownStackTrace when the unknown exception captures its stack trace
 */
record CatalogModel(
    String catalogName,
    GeneratedNames names,
    String docs,
    String description,
    List<ErrorModel> errors,
    boolean jsonCodec,
    boolean jacksonModule,
    StackTracePolicy unknownStackTrace) {

  /** When an exception captures its stack trace, decided per error at compile time. */
  enum StackTracePolicy {
    /** Always capture. */
    ALWAYS,
    /** Never capture. */
    NEVER,
    /** Capture for a 5xx status only (only the unknown exception decides this at run time). */
    BY_STATUS
  }
}

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
    StackTrace unknownStackTrace) {}

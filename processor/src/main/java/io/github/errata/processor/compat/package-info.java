/**
 * The compatibility check of a catalog against its committed baseline, as plain data and plain
 * functions: what a catalog's clients know of it ({@link CatalogDescription}), the baseline files
 * ({@link BaselineFiles}), the comparison of two descriptions ({@link CatalogComparison}) and the
 * {@code check}, {@code accept} and {@code update} commands ({@link CompatibilityCheck}).
 *
 * <p>Nothing here depends on {@code javax.lang.model}: the annotation processor builds a
 * description from its model, and a build plugin or a test helper can use the same classes.
 */
package io.github.errata.processor.compat;

/**
 * Not public API: what generated code shares, kept here once rather than generated into every
 * catalog. Anything in this package may change in any release; call only the generated types and
 * the public types of {@code io.github.errata.runtime}.
 */
package io.github.errata.runtime.internal;

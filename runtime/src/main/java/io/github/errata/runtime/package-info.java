/**
 * What every generated error catalog shares: {@link io.github.errata.runtime.ApiErrorException},
 * the base of every catalog's exceptions; {@link io.github.errata.runtime.ErrorDecoder}, what a
 * client adapter needs of a catalog; and {@link io.github.errata.runtime.DecodeLimits}, the bounds
 * of reading one body.
 */
package io.github.errata.runtime;

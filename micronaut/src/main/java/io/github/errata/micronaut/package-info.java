/**
 * Errata for Micronaut 4: {@link io.github.errata.micronaut.ApiErrorExceptionHandler} makes any
 * catalog's exception thrown from a controller answer with its own status and body, with no code;
 * {@link io.github.errata.micronaut.ErrataClient} on a declarative {@code @Client} interface makes
 * its error responses throw the catalog's typed exceptions.
 */
package io.github.errata.micronaut;

/**
 * Errata for Jakarta REST 3.1 and 4.0. On a server, {@link io.github.errata.jaxrs.ErrataFeature}
 * (found through {@code META-INF/services}, so with no code; Quarkus REST finds its mapper through
 * the jar's Jandex index instead) answers any catalog's exception with its status, media type and
 * body; on a client, {@link io.github.errata.jaxrs.ErrataClientFilter}
 * turns an error response back into the catalog's typed exception.
 */
package io.github.errata.jaxrs;

/**
 * For the framework adapters ({@code errata-spring}, {@code errata-jaxrs},
 * {@code errata-micronaut}, and any an application writes for another framework): what every
 * adapter does alike, written once. {@link io.github.errata.runtime.http.ErrorResponse} is what a
 * server sends for a catalog's exception (status, headers, exact body bytes) and how it logs it;
 * {@link io.github.errata.runtime.http.RetryAfter} writes and reads the {@code Retry-After} header.
 *
 * <p>Application code rarely needs this package: the adapters call it.
 */
package io.github.errata.runtime.http;

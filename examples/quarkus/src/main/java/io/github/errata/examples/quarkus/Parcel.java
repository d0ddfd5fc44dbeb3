package io.github.errata.examples.quarkus;

import java.util.UUID;

/**
 * A parcel, as the API answers it: a typed entity that Quarkus REST writes with Jackson.
 *
 * @param id its ID
 * @param grams what it weighs
 */
public record Parcel(UUID id, int grams) {
}

package io.github.errata.benchmarks;

/**
 * The databind baseline's wire body: the four members of Errata's body as a plain record, written
 * and read by an {@code ObjectMapper} with nothing registered.
 */
public record PlainErrorBody(String type, String title, String detail, String see) {}

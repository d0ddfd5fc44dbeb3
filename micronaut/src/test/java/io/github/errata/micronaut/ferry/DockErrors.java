package io.github.errata.micronaut.ferry;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import io.github.errata.WireFormat;

/**
 * A second catalog, in RFC 9457 ({@code application/problem+json}), so the tests see the media
 * type come from the catalog, not from the adapter.
 */
@ErrorCatalog(docs = "https://errata.example/dock/problems", wire = WireFormat.PROBLEM_JSON)
public interface DockErrors {

  /**
   * The berth is taken at that hour.
   *
   * @param berth the berth
   * @param hour the hour asked for
   */
  @ApiError(status = 409, title = "Berth taken.", detail = "Berth {berth} is taken at {hour}:00.")
  void berthTaken(String berth, int hour);

  /** The harbour master's office is closed. */
  @ApiError(status = 503, title = "Office closed.", retryable = true)
  void officeClosed();
}

package io.github.errata.examples.quarkus;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import java.util.UUID;

/**
 * The errors of a parcel service's API: the example's own catalog, compiled by the processor in
 * this module's build, so the build proves the chain from catalog to Quarkus's wire and back.
 */
@ErrorCatalog(docs = "https://docs.example.com/parcel-errors")
public interface ParcelErrors {

  /**
   * No parcel has that ID.
   *
   * @param parcelId the parcel asked for
   */
  @ApiError(status = 404, title = "Parcel not found.", detail = "No parcel with ID '{parcelId}'.")
  void parcelNotFound(UUID parcelId);

  /**
   * The parcel weighs more than the service carries.
   *
   * @param grams what the parcel weighs
   * @param maxGrams the most the service carries
   */
  @ApiError(status = 422, title = "Parcel too heavy.",
      detail = "A parcel of {grams} g is over the limit of {maxGrams} g.")
  void parcelTooHeavy(int grams, int maxGrams);

  /** Too many requests from this client; it may retry later. */
  @ApiError(status = 429, title = "Too Many Requests.",
      detail = "Request rate limit exceeded. Try again later.", retryable = true)
  void tooManyRequests();

  /**
   * A carrier's tracking service is not answering; the client may retry later.
   *
   * @param carrier the carrier
   */
  @ApiError(status = 503, title = "Carrier unavailable.",
      detail = "The {carrier} tracking service is not answering.", retryable = true)
  void carrierUnavailable(Carrier carrier);
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the inventory API; one detail runs two placeholders together. */
@ErrorCatalog(docs = "https://inventory.example.com/errors")
public interface AdjacentPlaceholders {

  /** The quantity asked for is more than is in stock. */
  @ApiError(status = 409, title = "Not enough stock.",
      detail = "Only {amount}{unit} left in stock") // expect-warning: errata.ambiguous-template
  void notEnoughStock(int amount, String unit);
}

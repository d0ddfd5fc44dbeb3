package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the Journey API; its default stem Journey makes the enum JourneyError too. */
@ErrorCatalog(docs = "https://docs.journeyapps.com/api-errors")
public interface JourneyError { // expect: errata.name-collision

  /** No object has the ID that was asked for. */
  @ApiError(status = 404, title = "Object not found.", detail = "No object with ID '{id}'")
  void objectNotFound(String id);
}

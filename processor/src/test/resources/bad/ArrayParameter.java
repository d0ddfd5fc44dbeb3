package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the batch API, with arguments that are arrays. */
@ErrorCatalog(docs = "https://batch.example.com/errors")
public interface ArrayParameter {

  /** Some items of the batch were rejected. */
  @ApiError(status = 400, title = "Items rejected.", detail = "Rejected items: {ids}")
  void itemsRejected(String[] ids); // expect: errata.parameter-type

  /** Some items of the batch are duplicates. */
  @ApiError(status = 400, title = "Duplicate items.", detail = "Duplicates: {ids}")
  void duplicateItems(long... ids); // expect: errata.parameter-type
}

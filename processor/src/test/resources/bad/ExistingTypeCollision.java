package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the shop API, in a package that already has a NotFoundException. */
@ErrorCatalog(docs = "https://shop.example.com/errors")
public interface ExistingTypeCollision {

  /** No product has the ID that was asked for. */
  @ApiError(status = 404, title = "Product not found.", detail = "No product with ID '{id}'")
  void notFound(String id); // expect: errata.name-collision
}

/** The package's own exception, written by hand before the catalog existed. */
class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** An annotation type is an interface to reflection, but not a catalog. */
@ErrorCatalog(docs = "https://media.example.com/errors") // expect: errata.catalog-kind
public @interface CatalogOnAnnotationType {

  /** An annotation member cannot be an error. */
  @ApiError(status = 415, title = "Unsupported media.")
  String mediaType() default "";
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/**
 * Errors of a catalog with a lower-case stem, whose parameters are named like the types that the
 * generated exceptions name: as fields and locals there, they would hide those types.
 */
@ErrorCatalog(docs = "https://shop.example.com/errors", name = "shop")
public interface ParameterHidesType {

  /** A parameter named like the generated base exception. */
  @ApiError(status = 400, title = "Bad order.", detail = "Bad order {shopException}")
  void badOrder(
      String shopException); // expect: errata.parameter-name

  /** A parameter named like the generated error enum. */
  @ApiError(status = 400, title = "Bad cart.", detail = "Bad cart {shopError}")
  void badCart(
      String shopError); // expect: errata.parameter-name

  /** A parameter named like the enum that another parameter takes. */
  @ApiError(status = 400, title = "Bad size.", detail = "Bad size {size} for {kind}")
  void badSize(
      String size, // expect: errata.parameter-name
      size kind);
}

/** Sizes, a type named in lower case. */
enum size {
  SMALL,
  LARGE
}

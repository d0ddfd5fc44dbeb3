package nested;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** A shop whose errors are declared inside it, with an enum of its own as an argument. */
public class Shop {

  /** What a shop sells. */
  enum Department { GROCERY, HARDWARE }

  private Shop() {}

  /** Errors returned by the shop API, declared as a member of {@link Shop}. */
  @ErrorCatalog(docs = "https://shop.example.com/errors")
  public interface ShopErrors {

    /** The department is closed today. */
    @ApiError(status = 409, title = "Department closed.", detail = "The {department} department is closed")
    void departmentClosed(Department department);
  }

  /** Errors of the shop's back office: a private catalog still generates public types. */
  @ErrorCatalog(docs = "https://shop.example.com/back-office/errors")
  private interface BackOfficeErrors {

    /** The ledger cannot be reached. */
    @ApiError(status = 503, title = "Ledger unavailable.")
    void ledgerUnavailable();
  }
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import java.util.UUID;

/** Errors of the ledger API, whose author named parameters like the types they hold. */
@ErrorCatalog(docs = "https://ledger.example.com/errors")
public interface UpperCaseParameter {

  /** The entry does not exist. */
  @ApiError(status = 404, title = "Entry not found.", detail = "No entry {UUID}.")
  void entryNotFound(UUID UUID); // expect: errata.parameter-name
}

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** A registry whose catalog takes an enum that generated code could not name. */
public class InaccessibleEnumParameter {

  private enum Region { EU, US }

  private InaccessibleEnumParameter() {}

  /** Errors returned by the registry API. */
  @ErrorCatalog(docs = "https://registry.example.com/errors")
  public interface RegistryErrors {

    /** The region does not accept new records. */
    @ApiError(status = 409, title = "Region closed.", detail = "Region {region} is closed")
    void regionClosed(Region region); // expect: errata.parameter-access
  }
}

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of a catalog in the unnamed package, as a script or a small tool might declare. */
@ErrorCatalog(docs = "https://tool.example.com/errors")
public interface UnnamedErrors {

  /** The input file does not exist. */
  @ApiError(status = 404, title = "No such file.", detail = "No file at {path}")
  void noSuchFile(String path);
}

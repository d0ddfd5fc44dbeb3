package empty;

import io.github.errata.ErrorCatalog;

/** A catalog with no errors yet: every received body decodes as the unknown exception. */
@ErrorCatalog(docs = "https://empty.example.com/errors")
public interface EmptyErrors {}

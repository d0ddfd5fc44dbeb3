package members;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the library API; constants, default and static methods are not errors. */
@ErrorCatalog(docs = "https://library.example.com/errors")
public interface LibraryErrors {

  /** A constant of the catalog: not an error. */
  int MAX_LOANS = 5;

  /** A second constant, of another type. */
  String DESK = "front";

  /** The book is already on loan. */
  @ApiError(status = 409, title = "Book on loan.", detail = "Book {isbn} is on loan")
  void bookOnLoan(String isbn);

  /**
   * A default method: helper code, not an error.
   *
   * @return the loan limit
   */
  default int loanLimit() {
    return MAX_LOANS;
  }

  /**
   * A static method: helper code, not an error.
   *
   * @param isbn a book number
   * @return whether it looks like an ISBN-13
   */
  static boolean looksLikeIsbn(String isbn) {
    return isbn != null && isbn.length() == 13;
  }

  /** A nested type of the catalog: not an error either. */
  enum Shelf { FICTION, REFERENCE }
}

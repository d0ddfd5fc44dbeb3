package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import java.util.Date;
import java.util.List;

/** Errors returned by the bookings API, with parameters of types that cannot go on the wire. */
@ErrorCatalog(docs = "https://bookings.example.com/errors")
public interface UnsupportedParameterType {

  /** The booking starts before bookings open. */
  @ApiError(status = 422, title = "Too early.", detail = "Bookings open on {opensOn}")
  void tooEarly(
      Date opensOn); // expect: errata.parameter-type

  /** The requested rooms are already booked. */
  @ApiError(status = 409, title = "Rooms taken.", detail = "Already booked: {rooms}")
  void roomsTaken(
      List<String> rooms); // expect: errata.parameter-type

  /** The booking code is not one of the known classes. */
  @ApiError(status = 422, title = "Unknown booking class.", detail = "No booking class '{code}'")
  void unknownBookingClass(
      char code); // expect: errata.parameter-type
}

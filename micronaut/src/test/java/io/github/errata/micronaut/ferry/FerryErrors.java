package io.github.errata.micronaut.ferry;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import java.util.UUID;

/**
 * Errors of a small ferry-booking API: errata-micronaut's own catalog, compiled in this module's
 * test build by Errata's processor in the same javac as Micronaut's, so that the build proves the
 * chain from catalog to Micronaut's server and client and back.
 */
@ErrorCatalog(docs = "https://errata.example/ferry/errors")
public interface FerryErrors {

  /**
   * No sailing has that number on that route.
   *
   * @param route the route's code
   * @param sailing the sailing asked for
   */
  @ApiError(status = 404, title = "Sailing not found.", detail = "No sailing {sailing} on route {route}.")
  void sailingNotFound(String route, int sailing);

  /**
   * The sailing has fewer free seats than were asked for.
   *
   * @param sailing the sailing
   * @param asked the seats asked for
   * @param free the seats still free
   * @param waitlist whether the booking may go on the waiting list
   */
  @ApiError(status = 409, title = "Sailing full.",
      detail = "Sailing {sailing} has {free} seats free, {asked} asked (waitlist: {waitlist}).")
  void sailingFull(long sailing, int asked, int free, boolean waitlist);

  /**
   * The booking's vehicle is too long for the deck.
   *
   * @param vehicle the vehicle's kind
   * @param metres its length
   * @param booking the booking
   */
  @ApiError(status = 422, title = "Vehicle too long.",
      detail = "A {vehicle} of {metres} m is too long for booking {booking}.")
  void vehicleTooLong(Vehicle vehicle, double metres, UUID booking);

  /** The booking system failed; the same request may succeed later. */
  @ApiError(status = 500, title = "Booking failed.", detail = "The booking system failed.",
      retryable = true)
  void bookingFailed();

  /** The port is closed by the weather. Retry after the delay the response gives. */
  @ApiError(status = 503, title = "Port closed.", detail = "The port is closed by the weather.",
      retryable = true)
  void portClosed();

  /** What a booking carries on deck. */
  enum Vehicle {
    /** A car. */
    CAR,
    /** A camper van. */
    CAMPER,
    /** A lorry. */
    LORRY
  }
}

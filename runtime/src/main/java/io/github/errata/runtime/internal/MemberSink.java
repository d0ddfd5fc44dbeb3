package io.github.errata.runtime.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Receives a body's JSON, event by event, in wire order, into a target it is handed with each
 * event: one stateless instance serves every call, so walking a body through it allocates nothing
 * (a Jackson serializer's sink writes to the call's {@code JsonGenerator}). {@link Wire} walks a
 * body through it; a {@link MemberVisitor} is the sink of itself.
 *
 * @param <C> what the events are written to
 * @param <X> what the receiver may throw: {@code IOException} for Jackson 2, an unchecked
 *     exception for Jackson 3 and the byte writer
 */
public interface MemberSink<C, X extends Exception> {

  /**
   * Opens an object: the body itself, or an extension's value.
   *
   * @param out the target
   * @throws X where the receiver fails
   */
  void startObject(C out) throws X;

  /**
   * Closes the object opened last.
   *
   * @param out the target
   * @throws X where the receiver fails
   */
  void endObject(C out) throws X;

  /**
   * Opens an array, an extension's value or part of one.
   *
   * @param out the target
   * @throws X where the receiver fails
   */
  void startArray(C out) throws X;

  /**
   * Closes the array opened last.
   *
   * @param out the target
   * @throws X where the receiver fails
   */
  void endArray(C out) throws X;

  /**
   * A member's name; its value follows. The wire's own names come as the very constants of
   * {@link Wire} ({@link Wire#TYPE} and the others), so a sink may know them by identity.
   *
   * @param out the target
   * @param name the name, which may hold any char, a lone surrogate included
   * @throws X where the receiver fails
   */
  void name(C out, String name) throws X;

  /**
   * A string value.
   *
   * @param out the target
   * @param value the text, which may hold any char, a lone surrogate included (see
   *     {@link JsonWriter#hasLoneSurrogate(String)})
   * @throws X where the receiver fails
   */
  void string(C out, String value) throws X;

  /**
   * A whole number that fits a long: from an Integer, Long, Short or Byte.
   *
   * @param out the target
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(C out, long value) throws X;

  /**
   * A finite floating-point number: from a Double or Float. NaN and the infinities come as
   * {@link #string(Object, String)}, as JSON cannot hold them.
   *
   * @param out the target
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(C out, double value) throws X;

  /**
   * A whole number of any size.
   *
   * @param out the target
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(C out, BigInteger value) throws X;

  /**
   * A decimal number of any size.
   *
   * @param out the target
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(C out, BigDecimal value) throws X;

  /**
   * A boolean value.
   *
   * @param out the target
   * @param value the value
   * @throws X where the receiver fails
   */
  void bool(C out, boolean value) throws X;

  /**
   * A null value.
   *
   * @param out the target
   * @throws X where the receiver fails
   */
  void nullValue(C out) throws X;
}

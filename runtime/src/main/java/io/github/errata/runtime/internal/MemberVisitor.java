package io.github.errata.runtime.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Receives a body's JSON, event by event, in wire order, into itself: the runtime's byte writer
 * is one. It is the {@link MemberSink} of itself (each event goes to the visitor it is handed,
 * which is this one where {@link Wire} walks a body through a visitor).
 *
 * @param <X> what the receiver may throw: {@code IOException} for Jackson 2, an unchecked
 *     exception for Jackson 3 and the byte writer
 */
public interface MemberVisitor<X extends Exception> extends MemberSink<MemberVisitor<X>, X> {

  /**
   * Opens an object: the body itself, or an extension's value.
   *
   * @throws X where the receiver fails
   */
  void startObject() throws X;

  /**
   * Closes the object opened last.
   *
   * @throws X where the receiver fails
   */
  void endObject() throws X;

  /**
   * Opens an array, an extension's value or part of one.
   *
   * @throws X where the receiver fails
   */
  void startArray() throws X;

  /**
   * Closes the array opened last.
   *
   * @throws X where the receiver fails
   */
  void endArray() throws X;

  /**
   * A member's name; its value follows.
   *
   * @param name the name, which may hold any char, a lone surrogate included
   * @throws X where the receiver fails
   */
  void name(String name) throws X;

  /**
   * A string value.
   *
   * @param value the text, which may hold any char, a lone surrogate included (see
   *     {@link JsonWriter#hasLoneSurrogate(String)})
   * @throws X where the receiver fails
   */
  void string(String value) throws X;

  /**
   * A whole number that fits a long: from an Integer, Long, Short or Byte.
   *
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(long value) throws X;

  /**
   * A finite floating-point number: from a Double or Float. NaN and the infinities come as
   * {@link #string(String)}, as JSON cannot hold them.
   *
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(double value) throws X;

  /**
   * A whole number of any size.
   *
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(BigInteger value) throws X;

  /**
   * A decimal number of any size.
   *
   * @param value the number
   * @throws X where the receiver fails
   */
  void number(BigDecimal value) throws X;

  /**
   * A boolean value.
   *
   * @param value the value
   * @throws X where the receiver fails
   */
  void bool(boolean value) throws X;

  /**
   * A null value.
   *
   * @throws X where the receiver fails
   */
  void nullValue() throws X;

  @Override
  default void startObject(MemberVisitor<X> out) throws X {
    out.startObject();
  }

  @Override
  default void endObject(MemberVisitor<X> out) throws X {
    out.endObject();
  }

  @Override
  default void startArray(MemberVisitor<X> out) throws X {
    out.startArray();
  }

  @Override
  default void endArray(MemberVisitor<X> out) throws X {
    out.endArray();
  }

  @Override
  default void name(MemberVisitor<X> out, String name) throws X {
    out.name(name);
  }

  @Override
  default void string(MemberVisitor<X> out, String value) throws X {
    out.string(value);
  }

  @Override
  default void number(MemberVisitor<X> out, long value) throws X {
    out.number(value);
  }

  @Override
  default void number(MemberVisitor<X> out, double value) throws X {
    out.number(value);
  }

  @Override
  default void number(MemberVisitor<X> out, BigInteger value) throws X {
    out.number(value);
  }

  @Override
  default void number(MemberVisitor<X> out, BigDecimal value) throws X {
    out.number(value);
  }

  @Override
  default void bool(MemberVisitor<X> out, boolean value) throws X {
    out.bool(value);
  }

  @Override
  default void nullValue(MemberVisitor<X> out) throws X {
    out.nullValue();
  }
}

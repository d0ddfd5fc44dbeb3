package io.github.errata.processor.compat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of one JSON object of a baseline file, read strictly: each must be there with its
 * type, and {@link #finish()} refuses any the format does not define. Errors name the member by
 * its path ({@code errors[2].status}).
 */
final class Members {

  private final Map<?, ?> members;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private Members(Map<?, ?> members, String path) {
    this.members = members;
    this.path = path;
  }

  /** The members of the value, which must be an object. */
  static Members of(Object value, String path) throws InvalidShape {
    if (!(value instanceof Map<?, ?> map)) {
      throw new InvalidShape(describe(path) + " must be a JSON object");
    }
    return new Members(map, path);
  }

  /** A member that is not of the shape the format describes; the message says which and why. */
  static final class InvalidShape extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidShape(String message) {
      super(message);
    }
  }

  boolean has(String name) {
    return members.containsKey(name);
  }

  String string(String name) throws InvalidShape {
    return typed(name, String.class, "a string");
  }

  boolean bool(String name) throws InvalidShape {
    return typed(name, Boolean.class, "true or false");
  }

  int integer(String name) throws InvalidShape {
    BigDecimal number = typed(name, BigDecimal.class, "a whole number");
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidShape(describe(at(name)) + " must be a whole number, and is " + number);
    }
  }

  List<Members> objects(String name) throws InvalidShape {
    List<?> elements = typed(name, List.class, "an array");
    List<Members> objects = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      objects.add(of(elements.get(i), at(name) + "[" + i + "]"));
    }
    return objects;
  }

  List<String> strings(String name) throws InvalidShape {
    List<?> elements = typed(name, List.class, "an array");
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      if (!(elements.get(i) instanceof String text)) {
        throw new InvalidShape(describe(at(name) + "[" + i + "]") + " must be a string");
      }
      strings.add(text);
    }
    return strings;
  }

  /** Refuses a member the format does not define, so that a typo cannot pass for a setting. */
  void finish() throws InvalidShape {
    for (Object name : members.keySet()) {
      if (!read.contains(name)) {
        throw new InvalidShape(describe(path) + " has a member \"" + name + "\" that the format"
            + " does not define");
      }
    }
  }

  private <T> T typed(String name, Class<T> type, String what) throws InvalidShape {
    read.add(name);
    if (!members.containsKey(name)) {
      throw new InvalidShape(describe(path) + " has no member \"" + name + "\"");
    }
    Object value = members.get(name);
    if (!type.isInstance(value)) {
      throw new InvalidShape(describe(at(name)) + " must be " + what);
    }
    return type.cast(value);
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String describe(String path) {
    return path.isEmpty() ? "the file" : "\"" + path + "\"";
  }
}

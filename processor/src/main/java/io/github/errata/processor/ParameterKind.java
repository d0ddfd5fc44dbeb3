package io.github.errata.processor;

/**
 * The supported kinds of error argument, with how each is matched back out of a received
 * detail. Each kind has a greedy and a lazy pattern: a detail whose greedy and lazy matches agree
 * has exactly one reading, which is how ambiguity is detected at run time.
 */
enum ParameterKind {
  STRING("(.*)", "(.*?)"),
  INT("(-?[0-9]+)", "(-?[0-9]+?)"),
  LONG("(-?[0-9]+)", "(-?[0-9]+?)"),
  BOOLEAN("(true|false)", "(true|false)"),
  DOUBLE(
      "(NaN|-?Infinity|-?[0-9]+\\.[0-9]+(?:E-?[0-9]+)?)",
      "(NaN|-?Infinity|-?[0-9]+?\\.[0-9]+?(?:E-?[0-9]+?)??)"),
  UUID(
      "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})",
      "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"),
  /** Enums are matched by an alternation of their constant names, built per parameter. */
  ENUM(null, null);

  private final String greedyGroup;
  private final String lazyGroup;

  ParameterKind(String greedyGroup, String lazyGroup) {
    this.greedyGroup = greedyGroup;
    this.lazyGroup = lazyGroup;
  }

  /** The capturing group that matches a value of this kind; enums supply their own. */
  String group(boolean lazy) {
    return lazy ? lazyGroup : greedyGroup;
  }
}

package io.github.errata.processor.compat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a catalog with its baseline and says what changed, each change with its verdict.
 *
 * <p>An error of the baseline is found in the catalog by its type (what deployed clients know it
 * by), else by its method (its type changed); one found by neither was removed, and an error of
 * the catalog matched by neither was added. A parameter is found by its name; a parameter whose
 * name is gone, at a place that now holds a new name, was renamed.
 */
public final class CatalogComparison {

  /** A placeholder or an escaped brace of a detail template, in the catalog's syntax. */
  private static final Pattern TEMPLATE_TOKEN = Pattern.compile("\\{\\{|}}|\\{([^{}]*)}");

  private final List<Finding> findings = new ArrayList<>();

  private CatalogComparison() {}

  /**
   * Every change from the baseline to the catalog as it is now, breaks, warnings and safe changes
   * alike: the catalog's first, then each error's in the order of the baseline, then the errors
   * added.
   */
  public static List<Finding> compare(CatalogDescription baseline, CatalogDescription current) {
    CatalogComparison comparison = new CatalogComparison();
    comparison.catalog(baseline, current);
    comparison.errors(baseline, current);
    return List.copyOf(comparison.findings);
  }

  private void catalog(CatalogDescription baseline, CatalogDescription current) {
    String was = baseline.qualifiedName() + " (stem " + baseline.stem() + ")";
    String now = current.qualifiedName() + " (stem " + current.stem() + ")";
    if (!was.equals(now)) {
      add(ChangeKind.RENAMED_CATALOG, baseline.qualifiedName(), was + " -> " + now, null,
          "catalog " + was + " is now " + now);
    }
    if (!baseline.wire().equals(current.wire())) {
      add(ChangeKind.CHANGED_WIRE, baseline.qualifiedName(), change(baseline.wire(), current.wire()),
          null, "the wire format of catalog " + current.qualifiedName() + " changed from "
              + baseline.wire() + " to " + current.wire());
    }
  }

  private void errors(CatalogDescription baseline, CatalogDescription current) {
    Map<String, ErrorDescription> byType = new HashMap<>();
    Map<String, ErrorDescription> byMethod = new HashMap<>();
    for (ErrorDescription error : current.errors()) {
      byType.put(error.type(), error);
      byMethod.put(error.method(), error);
    }
    Map<ErrorDescription, ErrorDescription> matches = new LinkedHashMap<>();
    Set<String> matchedMethods = new HashSet<>();
    for (ErrorDescription old : baseline.errors()) {
      ErrorDescription now = byType.get(old.type());
      if (now != null) {
        matches.put(old, now);
        matchedMethods.add(now.method());
      }
    }
    for (ErrorDescription old : baseline.errors()) {
      if (matches.containsKey(old)) {
        continue;
      }
      ErrorDescription now = byMethod.get(old.method());
      if (now != null && matchedMethods.add(now.method())) {
        matches.put(old, now);
      }
    }
    for (ErrorDescription old : baseline.errors()) {
      ErrorDescription now = matches.get(old);
      if (now == null) {
        add(ChangeKind.REMOVED_ERROR, old.type(), old.method() + "()", null,
            "error " + old.method() + "() (" + old.type() + ") was removed");
      } else {
        error(old, now);
      }
    }
    Set<String> retired = Set.copyOf(baseline.retiredTypes());
    for (ErrorDescription now : current.errors()) {
      if (retired.contains(now.type())) {
        add(ChangeKind.RETIRED_TYPE, now.type(), now.method() + "()", now.method(),
            now.method() + "() has the type " + now.type() + ", which is retired");
      } else if (!matchedMethods.contains(now.method())) {
        add(ChangeKind.ADDED_ERROR, now.type(), now.method() + "()", now.method(),
            "error " + now.method() + "() (" + now.type() + ") was added");
      }
    }
  }

  private void error(ErrorDescription old, ErrorDescription now) {
    String subject = now.method() + "() (" + old.type() + ")";
    String at = now.method();
    if (!old.type().equals(now.type())) {
      add(ChangeKind.CHANGED_TYPE, old.type(), change(old.type(), now.type()), at,
          "the type of " + now.method() + "() changed from " + old.type() + " to " + now.type());
    }
    if (!old.method().equals(now.method())) {
      add(ChangeKind.RENAMED_METHOD, old.type(), change(old.method() + "()", now.method() + "()"), at,
          "error " + old.type() + " is now declared by " + now.method() + "(), no longer by "
              + old.method() + "()");
    }
    if (old.status() != now.status()) {
      add(ChangeKind.CHANGED_STATUS, old.type(), change(old.status(), now.status()), at,
          "the status of " + subject + " changed from " + old.status() + " to " + now.status());
    }
    if (old.retryable() && !now.retryable()) {
      add(ChangeKind.NOT_RETRYABLE, old.type(), change(true, false), at,
          subject + " is no longer retryable");
    } else if (!old.retryable() && now.retryable()) {
      add(ChangeKind.MADE_RETRYABLE, old.type(), change(false, true), at,
          subject + " is now retryable");
    }
    Map<String, String> oldNames = parameters(old, now, subject);
    detail(old, now, subject, oldNames);
    if (!old.title().equals(now.title())) {
      add(ChangeKind.CHANGED_TITLE, old.type(), quoted(old.title(), now.title()), at,
          "the title of " + subject + " changed");
    }
    if (!old.link().equals(now.link())) {
      add(ChangeKind.CHANGED_LINK, old.type(), change(orNone(old.link()), orNone(now.link())), at,
          "the link of " + subject + " changed from " + orNone(old.link()) + " to " + orNone(now.link()));
    }
    if (!old.description().equals(now.description())) {
      add(ChangeKind.CHANGED_DESCRIPTION, old.type(), quoted(old.description(), now.description()), at,
          "the description of " + subject + " changed");
    }
    if (!old.stackTrace().equals(now.stackTrace())) {
      add(ChangeKind.CHANGED_STACK_TRACE, old.type(), change(old.stackTrace(), now.stackTrace()), at,
          "the stack-trace policy of " + subject + " changed from " + old.stackTrace() + " to "
              + now.stackTrace());
    }
    if (!old.example().equals(now.example())) {
      add(ChangeKind.CHANGED_EXAMPLE, old.type(), change(old.example(), now.example()), at,
          "the example of " + subject + " changed");
    }
  }

  /**
   * Reports the changes of the parameters, and returns the old name of each parameter of the
   * catalog as it is now, where it has one.
   */
  private Map<String, String> parameters(ErrorDescription old, ErrorDescription now, String subject) {
    Map<String, ParameterDescription> oldByName = byName(old.parameters());
    Map<String, ParameterDescription> nowByName = byName(now.parameters());
    Map<String, String> oldNames = new HashMap<>();
    for (String name : nowByName.keySet()) {
      if (oldByName.containsKey(name)) {
        oldNames.put(name, name);
      }
    }
    // A name gone, at a place that now holds a new name: the same parameter, renamed.
    int common = Math.min(old.parameters().size(), now.parameters().size());
    for (int i = 0; i < common; i++) {
      String was = old.parameters().get(i).name();
      String is = now.parameters().get(i).name();
      if (!nowByName.containsKey(was) && !oldByName.containsKey(is)) {
        oldNames.put(is, was);
        add(ChangeKind.RENAMED_PARAMETER, old.type() + "." + was, change(was, is), now.method(),
            "parameter " + was + " of " + subject + " is now named " + is);
      }
    }
    for (ParameterDescription parameter : old.parameters()) {
      if (!oldNames.containsValue(parameter.name())) {
        add(ChangeKind.REMOVED_PARAMETER, old.type() + "." + parameter.name(), parameter.toString(),
            now.method(), "parameter " + parameter + " of " + subject + " was removed");
      }
    }
    for (ParameterDescription parameter : now.parameters()) {
      String was = oldNames.get(parameter.name());
      if (was == null) {
        add(ChangeKind.ADDED_PARAMETER, old.type() + "." + parameter.name(), parameter.toString(),
            now.method(), "parameter " + parameter + " was added to " + subject);
      } else if (!oldByName.get(was).type().equals(parameter.type())) {
        String oldType = oldByName.get(was).type();
        add(ChangeKind.RETYPED_PARAMETER, old.type() + "." + was, change(oldType, parameter.type()),
            now.method(), "parameter " + parameter.name() + " of " + subject + " changed type from "
                + oldType + " to " + parameter.type());
      }
    }
    List<String> oldOrder = new ArrayList<>();
    for (ParameterDescription parameter : old.parameters()) {
      if (oldNames.containsValue(parameter.name())) {
        oldOrder.add(parameter.name());
      }
    }
    List<String> nowOrder = new ArrayList<>();
    for (ParameterDescription parameter : now.parameters()) {
      String was = oldNames.get(parameter.name());
      if (was != null) {
        nowOrder.add(was);
      }
    }
    if (!oldOrder.equals(nowOrder)) {
      String before = names(old.parameters());
      String after = names(now.parameters());
      add(ChangeKind.REORDERED_PARAMETERS, old.type(), change(before, after), now.method(),
          "the parameters of " + subject + " are now in the order " + after + ", no longer " + before);
    }
    return oldNames;
  }

  /**
   * A detail that differs only by the renaming of its placeholders is the same template: the
   * rename is reported once, as itself.
   */
  private void detail(ErrorDescription old, ErrorDescription now, String subject,
      Map<String, String> oldNames) {
    if (old.detail().equals(now.detail())) {
      return;
    }
    String change = quoted(old.detail(), now.detail());
    if (old.parameters().isEmpty()) {
      add(ChangeKind.CHANGED_DETAIL, old.type(), change, now.method(),
          "the detail of " + subject + " changed");
    } else if (!old.detail().equals(renamed(now.detail(), oldNames))) {
      add(ChangeKind.CHANGED_TEMPLATE, old.type(), change, now.method(),
          "the detail template of " + subject + " changed from \"" + old.detail() + "\" to \""
              + now.detail() + "\"");
    }
  }

  /** The template with each placeholder named as the baseline named its parameter. */
  private static String renamed(String template, Map<String, String> oldNames) {
    Matcher token = TEMPLATE_TOKEN.matcher(template);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      String name = token.group(1);
      String replacement = name == null ? token.group() : "{" + oldNames.getOrDefault(name, name) + "}";
      token.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    token.appendTail(out);
    return out.toString();
  }

  private static Map<String, ParameterDescription> byName(List<ParameterDescription> parameters) {
    Map<String, ParameterDescription> byName = new LinkedHashMap<>();
    for (ParameterDescription parameter : parameters) {
      byName.put(parameter.name(), parameter);
    }
    return byName;
  }

  private static String names(List<ParameterDescription> parameters) {
    List<String> names = new ArrayList<>();
    for (ParameterDescription parameter : parameters) {
      names.add(parameter.name());
    }
    return "(" + String.join(", ", names) + ")";
  }

  private static String change(Object before, Object after) {
    return before + " -> " + after;
  }

  private static String quoted(String before, String after) {
    return change("\"" + before + "\"", "\"" + after + "\"");
  }

  private static String orNone(String link) {
    return link.isEmpty() ? "(none)" : link;
  }

  private void add(ChangeKind kind, String element, String change, String method, String what) {
    findings.add(new Finding(kind, element, change, method, message(kind, what)));
  }

  /** What changed, why it matters, and (for a break) the command that acknowledges it. */
  static String message(ChangeKind kind, String what) {
    return switch (kind.verdict()) {
      case BREAK -> what + ", which breaks deployed clients: " + kind.why()
          + ". If the break is intended, acknowledge it with " + CompatibilityCheck.ACCEPT_COMMAND;
      case SAFE -> what + ", which deployed clients cannot notice: " + kind.why();
      case WARNING, ERROR -> what + ": " + kind.why();
    };
  }
}

package io.github.errata.sample.demo;

import io.github.errata.sample.JourneyException;
import io.github.errata.sample.UnknownJourneyException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the demo's rows as a short aligned table: route, status, body, and what was decoded. */
final class ResultTable {

  private static final String FORMAT = "%-2s  %-50s  %-6s  %-30s  %s%n";
  private static final int ROUTE = 50;
  private static final int BODY = 30;
  private static final int DECODED = 72;
  private static final int ARGUMENT = 16;

  private ResultTable() {
  }

  /** Prints a legend and a header, then one line per row; {@code !!} marks a mismatch. */
  static void print(List<RoundTrip> rows, PrintStream out) {
    out.printf("{account} = %s, {task} = %s%n%n", DemoServer.ACCOUNT, DemoCalls.TASK_ID);
    out.printf(FORMAT, "", "route", "status", "body", "decoded");
    for (RoundTrip row : rows) {
      ApiResponse response = row.response();
      out.printf(FORMAT, row.matched() ? "ok" : "!!", fit(route(row.call()), ROUTE),
          response.status(), fit(oneLine(response.body()), BODY),
          fit(describe(response.decoded()), DECODED));
    }
  }

  private static String route(ApiCall call) {
    // The IDs are long and the same on every line; the one wrong account ID is kept whole.
    String path = call.path()
        .replace(DemoServer.ACCOUNT, "{account}")
        .replace(DemoCalls.TASK_ID, "{task}");
    return call.method() + " " + path + (call.times() > 1 ? " x" + call.times() : "");
  }

  private static String oneLine(byte[] body) {
    return new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
  }

  private static String describe(JourneyException decoded) {
    if (decoded == null) {
      return "-";
    }
    String name = decoded.getClass().getSimpleName();
    if (decoded instanceof UnknownJourneyException unknown) {
      return name + "(reason=" + unknown.reason() + ")";
    }
    Map<String, Object> arguments = decoded.arguments();
    return name + arguments.entrySet().stream()
        .map(argument -> argument.getKey() + "=" + fit(String.valueOf(argument.getValue()), ARGUMENT))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }
}

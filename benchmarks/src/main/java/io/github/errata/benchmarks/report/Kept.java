package io.github.errata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of BENCHMARKS.md that this generator does not write, kept verbatim when it rewrites the
 * file: each between a line {@code <!-- begin NAME -->} and a line {@code <!-- end NAME -->}. The
 * Spring, Quarkus and Micronaut side-by-side measurements write one each ({@link #SPRING},
 * {@link #QUARKUS}, {@link #MICRONAUT}); the account of each missed target is written by hand in
 * another ({@link #WHY_MISSED}), since it comes from a profile, not a figure.
 */
final class Kept {

  /** Written by {@code io.github.errata.spring.SideBySide}, which uses the same markers. */
  static final String SPRING = "spring-side-by-side";

  /** Written by {@code io.github.errata.examples.quarkus.SideBySide}, which uses the same markers. */
  static final String QUARKUS = "quarkus-side-by-side";

  /** Written by {@code io.github.errata.micronaut.SideBySide}, which uses the same markers. */
  static final String MICRONAUT = "micronaut-side-by-side";

  /** Written by hand after a full run: why each missed target is missed, what would reach it. */
  static final String WHY_MISSED = "why-missed";

  private final Map<String, String> sections;

  private Kept(Map<String, String> sections) {
    this.sections = Map.copyOf(sections);
  }

  /** The kept sections of a report, none where it does not exist yet. */
  static Kept read(Path report) throws IOException {
    return parse(Files.exists(report) ? Files.readString(report) : "");
  }

  /** The kept sections of a report's text; an opened section that is never closed is not kept. */
  static Kept parse(String text) {
    Map<String, String> sections = new HashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Optional<String> name = name(lines[i], "begin");
      if (name.isEmpty()) {
        continue;
      }
      String end = marker("end", name.get());
      StringBuilder body = new StringBuilder();
      for (int j = i + 1; j < lines.length; j++) {
        if (lines[j].equals(end)) {
          sections.put(name.get(), body.toString());
          i = j;
          break;
        }
        body.append(lines[j]).append('\n');
      }
    }
    return new Kept(sections);
  }

  /**
   * A section with its markers, as the report writes it: the kept text, or the placeholder where
   * the file had none.
   */
  String block(String name, String placeholder) {
    String body = sections.getOrDefault(name, placeholder.endsWith("\n") ? placeholder : placeholder + "\n");
    return marker("begin", name) + "\n" + body + marker("end", name);
  }

  /** Whether the file had this section. */
  boolean has(String name) {
    return sections.containsKey(name);
  }

  static String marker(String which, String name) {
    return "<!-- " + which + " " + name + " -->";
  }

  private static Optional<String> name(String line, String which) {
    String start = "<!-- " + which + " ";
    if (line.startsWith(start) && line.endsWith(" -->")) {
      return Optional.of(line.substring(start.length(), line.length() - " -->".length()));
    }
    return Optional.empty();
  }
}

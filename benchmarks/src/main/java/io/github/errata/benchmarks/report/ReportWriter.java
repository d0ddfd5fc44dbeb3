package io.github.errata.benchmarks.report;

import io.github.errata.benchmarks.buildtime.BuildTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/** Writes one run's figures as BENCHMARKS.md. */
final class ReportWriter {

  /** A row of a table: a benchmark method and what it stands for. */
  private record Variant(String key, String label) {}

  /** A table: benchmarks compared with Errata's variant, for each set of parameters. */
  private record Group(String title, String text, List<String> params, String reference,
      List<Variant> variants, boolean netOfDescent) {}

  private static final List<Group> GROUPS = List.of(
      new Group("Serialize an exception to JSON bytes", """
          Each variant writes one error's body to a new `byte[]`. **Errata**: \
          `writeValueAsBytes(exception)` through a Jackson 2 `ObjectMapper` with \
          `JourneyJacksonModule`, or a Jackson 3 `JsonMapper` with `JourneyJackson3Module`; either \
          walks the exception's members into the generator as it writes. **Errata, plain \
          `JsonMapper`**: a Jackson 3 mapper with nothing registered, where the generated \
          `@JsonSerialize` on `JourneyException` names the same serializer. **databind**: a plain \
          mapper (Jackson 2 or 3) writes a `PlainErrorBody(type, title, detail, see)` record made \
          beforehand (its best case), the same bytes. **Zalando Problem** 0.27.x (Jackson 2): its \
          `ProblemModule` writes a `ThrowableProblem` made beforehand, in RFC 7807's shape (`type` \
          is the link, `status` a member). **hand-written**: a Jackson 2 `JsonGenerator` loop with \
          `SerializedString` names, the same bytes. The direct path writes the body with the \
          runtime's own writer, no Jackson; the unsafe floor concatenates the same pieces with no \
          escaping. *× Errata* is against the Jackson 2 module's row.""",
          List.of("error"), "SerializeBenchmark.errata", List.of(
              new Variant("SerializeBenchmark.errata", "Errata: Jackson 2 `ObjectMapper` + module"),
              new Variant("SerializeBenchmark.errataJackson3", "Errata: Jackson 3 `JsonMapper` + module"),
              new Variant("SerializeBenchmark.errataJackson3Plain", "Errata: plain Jackson 3 `JsonMapper`"),
              new Variant("DirectPathBenchmark.toJsonBytes", "Errata direct: `toJsonBytes()`"),
              new Variant("DirectPathBenchmark.writeJson", "Errata direct: `writeJson(OutputStream)`"),
              new Variant("SerializeBenchmark.databind", "Jackson 2 databind, plain record"),
              new Variant("SerializeBenchmark.databindJackson3", "Jackson 3 databind, plain record"),
              new Variant("SerializeBenchmark.zalando", "Zalando Problem"),
              new Variant("SerializeBenchmark.handWritten", "hand-written `JsonGenerator`"),
              new Variant("DirectPathBenchmark.unsafeConcat", "unsafe floor: concatenation")), false),
      new Group("Decode a body into an exception", """
          Each variant turns a received body and its HTTP status into an exception. **Errata**: \
          `JourneyErrorDecoder.decode(status, bytes)` on the runtime's own JSON reader (no \
          Jackson), which matches the detail back to its template and recovers the typed \
          arguments at once, as it decodes, not on first use. **Errata, plain `JsonMapper`**: a \
          Jackson 3 mapper with nothing registered reads `JourneyException.class`; the generated \
          `@JsonDeserialize` names the module's deserializer, which reads the members and gives the \
          same typed exception. **databind**: a plain mapper (Jackson 2 or 3) reads a \
          `PlainErrorBody`, then a switch on its type makes the client's own exception (a small \
          hand-written sealed hierarchy that, like Errata's 4xx exceptions, skips the stack trace, \
          and keeps the detail as text). **Zalando Problem**: `readValue(bytes, Problem.class)` on \
          the body its module writes; the `ThrowableProblem` it makes captures a stack trace. \
          **hand-written**: one jackson-core 2 `JsonParser` loop over the members, then the same \
          switch.""",
          List.of("error"), "DecodeBenchmark.errata", List.of(
              new Variant("DecodeBenchmark.errata", "Errata: `JourneyErrorDecoder`"),
              new Variant("DecodeBenchmark.errataJackson3", "Errata: plain Jackson 3 `JsonMapper`"),
              new Variant("DecodeBenchmark.databind", "Jackson 2 databind, then a switch"),
              new Variant("DecodeBenchmark.databindJackson3", "Jackson 3 databind, then a switch"),
              new Variant("DecodeBenchmark.zalando", "Zalando Problem"),
              new Variant("DecodeBenchmark.handWritten", "hand-written `JsonParser`")), false),
      new Group("Decode a translated body", """
          The sample's catalog has a German translation. **English**: its OBJECT_NOT_FOUND body in \
          the catalog's own language, as above, but through a catalog that has translations. \
          **German**: the same error sent with `Accept-Language: de`; the title tells the decoder \
          the language, and the German template gives back the typed arguments.""",
          List.of(), "TranslatedDecodeBenchmark.english", List.of(
              new Variant("TranslatedDecodeBenchmark.english", "Errata: English body"),
              new Variant("TranslatedDecodeBenchmark.german", "Errata: German body")), false),
      new Group("Create an exception", """
          Each variant makes the error `depth` calls below the benchmark method. **Errata**: the \
          generated 4xx exception, which skips the stack trace. **`new RuntimeException(detail)`**, \
          with the same detail. **Zalando Problem**: `Problem.builder()...build()`, which captures \
          the stack trace and copies it. **descent only** makes the same calls and creates nothing; \
          *net* is a variant's time less the descent's, the cost of creating the exception.""",
          List.of("error", "depth"), "CreateBenchmark.errata", List.of(
              new Variant("CreateBenchmark.errata", "Errata 4xx exception"),
              new Variant("CreateBenchmark.runtimeException", "`new RuntimeException(detail)`"),
              new Variant("CreateBenchmark.zalando", "Zalando `Problem.builder()`"),
              new Variant("CreateBenchmark.descentOnly", "descent only")), true));

  private final Settings settings;
  private final Machine machine;
  private final String date;
  private final Results results;
  private final List<BuildTime.Result> buildTime;
  private final Kept kept;
  private final StringBuilder out = new StringBuilder();

  ReportWriter(Settings settings, Machine machine, String date, Results results,
      List<BuildTime.Result> buildTime, Kept kept) {
    this.kept = kept;
    this.settings = settings;
    this.machine = machine;
    this.date = date;
    this.results = results;
    this.buildTime = buildTime;
  }

  /** The report, saying how long the two parts took. */
  String write(Duration runtimeTook, Duration buildTimeTook) {
    line("# Benchmarks");
    line("");
    if (settings.note() != null) {
      line("> " + settings.note());
      line("");
    }
    line("Made by `" + settings.command() + "` on " + date + ". Every ratio is between figures of this one run.");
    line("");
    line("| | |");
    line("| --- | --- |");
    line("| machine | " + machine.cores() + " cores, " + machine.cpu() + ", " + machine.memory() + " |");
    line("| OS | " + machine.os() + " |");
    line("| JDK | " + machine.jdk() + " |");
    line("| JMH | " + version("org.openjdk.jmh", "jmh-core") + ": " + settings.jmhSummary() + " |");
    line("| took | " + minutes(runtimeTook) + " for the runtime benchmarks, " + minutes(buildTimeTook)
        + " for build time |");
    line("| libraries | Jackson " + version("com.fasterxml.jackson.core", "jackson-databind") + ", Jackson "
        + version("tools.jackson.core", "jackson-databind") + ", Zalando Problem "
        + version("org.zalando", "jackson-datatype-problem") + " |");
    line("");
    line("Time is the average per operation ± JMH's error margin (99.9% confidence); allocation is the GC "
        + "profiler's `gc.alloc.rate.norm`, bytes per operation. *× Errata* divides a variant's figure by "
        + "Errata's for the same parameters: above 1, Errata is faster or allocates less.");
    for (Group group : GROUPS) {
      group(group);
    }
    buildTime();
    sideBySide("Spring: the Errata advice beside Spring's own", Kept.SPRING, "spring");
    sideBySide("Quarkus: errata-jaxrs beside Quarkus's own", Kept.QUARKUS, "examples/quarkus");
    sideBySide("Micronaut: the Errata handler beside Micronaut's own", Kept.MICRONAUT, "micronaut");
    targets();
    return out.toString();
  }

  private void group(Group group) {
    line("");
    line("## " + group.title());
    line("");
    line(group.text());
    if (group.variants().stream().anyMatch(v -> v.key().startsWith(Targets.DIRECT + "."))
        && !results.has(Targets.DIRECT)) {
      line("");
      line("The direct path is not measured in this run (`-Derrata.benchmarks.include` left "
          + "`DirectPathBenchmark` out).");
    }
    line("");
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (String param : group.params()) {
      header.append(' ').append(param).append(" |");
      rule.append(" --- |");
    }
    if (group.netOfDescent()) {
      header.append(" variant | time (ns/op) | ± | net (ns/op) | alloc (B/op) | net × Errata |");
      rule.append(" --- | ---: | ---: | ---: | ---: | ---: |");
    } else {
      header.append(" variant | time (ns/op) | ± | alloc (B/op) | time × Errata | alloc × Errata |");
      rule.append(" --- | ---: | ---: | ---: | ---: | ---: |");
    }
    line(header.toString());
    line(rule.toString());
    for (Map<String, String> params : parameterSets(group)) {
      Measurement reference = results.find(group.reference(), params).orElse(null);
      Measurement descent = results.find("CreateBenchmark.descentOnly", params).orElse(null);
      for (Variant variant : group.variants()) {
        Measurement m = results.find(variant.key(), params).orElse(null);
        if (m == null) {
          continue;
        }
        StringBuilder row = new StringBuilder("|");
        for (String param : group.params()) {
          row.append(' ').append(params.get(param)).append(" |");
        }
        row.append(' ').append(variant.label()).append(" | ").append(Format.number(m.score()))
            .append(" | ").append(Format.number(m.error())).append(" | ");
        if (group.netOfDescent()) {
          boolean isDescent = variant.key().equals("CreateBenchmark.descentOnly");
          double net = descent == null || isDescent ? Double.NaN : m.score() - descent.score();
          double referenceNet = reference == null || descent == null
              ? Double.NaN : reference.score() - descent.score();
          row.append(isDescent ? "" : Format.number(net)).append(" | ").append(Format.number(m.bytesPerOp()))
              .append(" | ").append(isDescent ? "" : Format.ratio(net / referenceNet)).append(" |");
        } else {
          row.append(Format.number(m.bytesPerOp())).append(" | ")
              .append(reference == null ? "n/a" : Format.ratio(m.score() / reference.score())).append(" | ")
              .append(reference == null ? "n/a" : Format.ratio(m.bytesPerOp() / reference.bytesPerOp()))
              .append(" |");
        }
        line(row.toString());
      }
    }
  }

  /** The parameter sets a group was run with, in order: by name, then by number. */
  private List<Map<String, String>> parameterSets(Group group) {
    Comparator<Map<String, String>> order = (a, b) -> 0;
    for (String param : group.params()) {
      order = order.thenComparing(params -> params.get(param), ReportWriter::compareValues);
    }
    TreeSet<Map<String, String>> sets = new TreeSet<>(order);
    for (Measurement m : results.all()) {
      if (group.variants().stream().anyMatch(v -> v.key().equals(m.key()))) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String param : group.params()) {
          params.put(param, m.params().get(param));
        }
        sets.add(params);
      }
    }
    return new ArrayList<>(sets);
  }

  private static int compareValues(String a, String b) {
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  private void buildTime() {
    line("");
    line("## Build time");
    line("");
    if (buildTime.isEmpty()) {
      line("Not measured in this run.");
      return;
    }
    line("javac in the same JVM (`javax.tools`, `--release 17`), on a generated catalog whose errors cycle "
        + "through the kinds of arguments a catalog may have. *with Errata*: javac on the catalog, with the "
        + "processor; *-proc:none*: javac on the catalog and the sources the processor wrote for it, so both "
        + "compile the same code and write the same class files. *processor* is the difference; *in "
        + "process()* is the time spent inside the processor's `init` and `process` alone (the rest of the "
        + "difference is javac reading the sources it wrote). The processor's classes are loaded once and "
        + "warm, like javac's. Each figure is the median of the timed runs, which follow one compilation "
        + "that writes the sources and the warm-up runs; the two kinds alternate. The medians are taken "
        + "apart, and *in process()* counts any garbage collection that falls inside it, so on a large "
        + "catalog it can exceed the difference.");
    line("");
    line("| errors | generated sources | with Errata (ms) | -proc:none (ms) | processor (ms) | in process() (ms) "
        + "| ratio | warm-up + timed runs |");
    line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (BuildTime.Result r : buildTime) {
      line("| " + Format.count(r.errors()) + " | " + Format.count(r.generatedSources()) + " | "
          + Format.number(r.withProcessorMs()) + " | " + Format.number(r.withoutProcessorMs()) + " | "
          + Format.number(r.processorMs()) + " | " + Format.number(r.inProcessorMs()) + " | "
          + Format.ratio(r.ratio()) + " | " + r.warmups() + " + " + r.runs() + " |");
    }
    if (buildTime.size() > 1) {
      line("");
      line("Growth: milliseconds per added error between two sizes.");
      line("");
      line("| from → to | with Errata | -proc:none | processor | in process() |");
      line("| --- | ---: | ---: | ---: | ---: |");
      for (int i = 1; i < buildTime.size(); i++) {
        BuildTime.Result from = buildTime.get(i - 1);
        BuildTime.Result to = buildTime.get(i);
        double added = to.errors() - from.errors();
        line("| " + Format.count(from.errors()) + " → " + Format.count(to.errors()) + " | "
            + perError((to.withProcessorMs() - from.withProcessorMs()) / added) + " | "
            + perError((to.withoutProcessorMs() - from.withoutProcessorMs()) / added) + " | "
            + perError(Targets.perError(from, to)) + " | "
            + perError((to.inProcessorMs() - from.inProcessorMs()) / added) + " |");
      }
    }
  }

  private static String perError(double ms) {
    return String.format(Locale.ROOT, "%.3f", ms);
  }

  /**
   * A framework's side-by-side section, which its own measurement writes between the markers;
   * kept as it is, or a line saying how to make it.
   */
  private void sideBySide(String heading, String name, String module) {
    line("");
    line("## " + heading);
    line("");
    line(kept.block(name, "Not measured yet. `mvn -B -q -Pside-by-side -DskipTests -pl " + module
        + " -am verify` writes its figures here (between the markers around this paragraph); this "
        + "report keeps them when it is made again."));
  }

  private void targets() {
    List<Targets.Target> targets = Targets.judge(results, buildTime);
    line("");
    line("## Targets");
    line("");
    line("| target | measured | result |");
    line("| --- | --- | --- |");
    for (Targets.Target target : targets) {
      line("| " + target.goal() + " | " + target.measured() + " | " + target.verdict().text + " |");
    }
    List<Targets.Target> missed = targets.stream().filter(t -> t.verdict() == Targets.Verdict.MISSED).toList();
    if (!missed.isEmpty() || kept.has(Kept.WHY_MISSED)) {
      line("");
      line("### Missed");
      line("");
      for (Targets.Target target : missed) {
        line("- **" + target.goal() + "**: " + target.measured() + ".");
      }
      line("");
      line(kept.block(Kept.WHY_MISSED, "*Why each is missed, and what would reach it, is written by hand "
          + "after a full run, between the markers around this paragraph, which this report keeps when "
          + "it is made again. Not written yet for this run.*"));
    }
  }

  private static String minutes(Duration duration) {
    return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
  }

  /** A library's version, from the Maven metadata in its jar. */
  private static String version(String group, String artifact) {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = ReportWriter.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "(version unknown)";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(version unknown)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}

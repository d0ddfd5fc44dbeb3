package io.github.errata.benchmarks.report;

import io.github.errata.benchmarks.buildtime.BuildTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The targets, each judged as a ratio of figures from the same run. */
final class Targets {

  /** Whether a target was met, missed, or could not be judged from this run. */
  enum Verdict {
    MET("met"), MISSED("missed"), NOT_MEASURED("not measured");

    final String text;

    Verdict(String text) {
      this.text = text;
    }
  }

  /**
   * One target: what it asks, what was measured, and the verdict. Why a missed target falls short,
   * and what would reach it, is written by hand in the report's kept section (see {@link Kept}),
   * from the run's figures and a profile, not by the generator.
   */
  record Target(String goal, String measured, Verdict verdict) {}

  static final String OBJECT_NOT_FOUND = "OBJECT_NOT_FOUND";
  static final List<String> ERRORS = List.of(OBJECT_NOT_FOUND, "TOO_MANY_REQUESTS");

  /** The benchmark of the direct path's generated methods. */
  static final String DIRECT = "DirectPathBenchmark";

  private final Results results;
  private final List<BuildTime.Result> buildTime;
  private final List<Target> targets = new ArrayList<>();

  private Targets(Results results, List<BuildTime.Result> buildTime) {
    this.results = results;
    this.buildTime = buildTime;
  }

  /** Judges every target. */
  static List<Target> judge(Results results, List<BuildTime.Result> buildTime) {
    Targets judge = new Targets(results, buildTime);
    judge.directPath();
    for (String error : ERRORS) {
      judge.objectMapper("Jackson 2 `ObjectMapper`", "SerializeBenchmark.errata", "SerializeBenchmark.databind",
          error);
      judge.objectMapper("Jackson 3 `JsonMapper`", "SerializeBenchmark.errataJackson3",
          "SerializeBenchmark.databindJackson3", error);
    }
    for (String error : ERRORS) {
      judge.decoder(error);
    }
    for (String error : ERRORS) {
      judge.creation(error);
      judge.depthIndependence(error);
    }
    judge.buildTime();
    return judge.targets;
  }

  private void directPath() {
    String faster = "Direct path (`toJsonBytes()`) ≥ 3× faster than databind, OBJECT_NOT_FOUND";
    String floor = "Direct path (`toJsonBytes()`) within 1.1× of the unsafe floor (concatenation, no "
        + "escaping), OBJECT_NOT_FOUND";
    Optional<Measurement> direct = time(DIRECT + ".toJsonBytes", OBJECT_NOT_FOUND);
    Optional<Measurement> unsafe = time(DIRECT + ".unsafeConcat", OBJECT_NOT_FOUND);
    Optional<Measurement> databind = time("SerializeBenchmark.databind", OBJECT_NOT_FOUND);
    if (direct.isEmpty() || unsafe.isEmpty() || databind.isEmpty()) {
      String why = "`DirectPathBenchmark` was left out of this run";
      add(faster, why, Verdict.NOT_MEASURED);
      add(floor, why, Verdict.NOT_MEASURED);
    } else {
      double speedUp = databind.get().score() / direct.get().score();
      add(faster, String.format("%s: %s ns against databind's %s ns", Format.ratio(speedUp),
          Format.number(direct.get().score()), Format.number(databind.get().score())), speedUp >= 3);
      double overFloor = direct.get().score() / unsafe.get().score();
      add(floor, String.format("%s the floor: %s ns against %s ns; %,d B/op against %,d",
          Format.ratio(overFloor), Format.number(direct.get().score()),
          Format.number(unsafe.get().score()), Math.round(direct.get().bytesPerOp()),
          Math.round(unsafe.get().bytesPerOp())), overFloor <= 1.1);
    }
    String nothing = "`writeJson(OutputStream)` allocates nothing for an error without arguments, "
        + "TOO_MANY_REQUESTS";
    Optional<Measurement> written = time(DIRECT + ".writeJson", "TOO_MANY_REQUESTS");
    if (written.isEmpty()) {
      add(nothing, "`DirectPathBenchmark` was left out of this run", Verdict.NOT_MEASURED);
    } else {
      // Below one byte: the GC profiler's sampling noise, not an allocation.
      long bytes = Math.round(written.get().bytesPerOp());
      add(nothing, String.format("%,d B/op in %s ns", bytes, Format.number(written.get().score())),
          bytes == 0);
    }
  }

  /** The module through a mapper against databind on a record, through the same Jackson. */
  private void objectMapper(String mapper, String errataKey, String databindKey, String error) {
    String goal = "Through a " + mapper + " with the module ≥ 1.15× faster than databind, with no more "
        + "allocation, " + error;
    Optional<Measurement> errata = time(errataKey, error);
    Optional<Measurement> databind = time(databindKey, error);
    if (errata.isEmpty() || databind.isEmpty()) {
      add(goal, "not run", Verdict.NOT_MEASURED);
      return;
    }
    double speedUp = databind.get().score() / errata.get().score();
    // Whole bytes: the GC profiler's figure carries a fraction of a byte of sampling noise.
    long errataBytes = Math.round(errata.get().bytesPerOp());
    long databindBytes = Math.round(databind.get().bytesPerOp());
    add(goal, String.format("%s: %s ns against databind's %s ns; %,d B/op against %,d",
        Format.ratio(speedUp), Format.number(errata.get().score()), Format.number(databind.get().score()),
        errataBytes, databindBytes), speedUp >= 1.15 && errataBytes <= databindBytes);
  }

  /**
   * The decoder, which recovers the typed arguments as it decodes, against databind then a switch
   * and against the hand-written jackson-core loop; both must hold.
   */
  private void decoder(String error) {
    String goal = "Decoding (typed arguments recovered) ≥ 2× faster than databind then a switch, and "
        + "faster than the hand-written `JsonParser` loop, " + error;
    Optional<Measurement> errata = time("DecodeBenchmark.errata", error);
    Optional<Measurement> databind = time("DecodeBenchmark.databind", error);
    Optional<Measurement> handWritten = time("DecodeBenchmark.handWritten", error);
    if (errata.isEmpty() || databind.isEmpty() || handWritten.isEmpty()) {
      add(goal, "not run", Verdict.NOT_MEASURED);
      return;
    }
    double overDatabind = databind.get().score() / errata.get().score();
    double overHandWritten = handWritten.get().score() / errata.get().score();
    add(goal, String.format("%s databind, %s the hand-written loop: %s ns against %s ns and %s ns",
        Format.ratio(overDatabind), Format.ratio(overHandWritten), Format.number(errata.get().score()),
        Format.number(databind.get().score()), Format.number(handWritten.get().score())),
        overDatabind >= 2 && overHandWritten > 1);
  }

  private void creation(String error) {
    String goal = "A 4xx exception ≥ 20× cheaper to create than `new RuntimeException` at depth 64, " + error;
    Optional<Net> errata = net("CreateBenchmark.errata", error, "64");
    Optional<Net> plain = net("CreateBenchmark.runtimeException", error, "64");
    if (errata.isEmpty() || plain.isEmpty()) {
      add(goal, "not run", Verdict.NOT_MEASURED);
    } else {
      // Where Errata's cost is within the noise of the descent, bound it by that noise.
      double errataCost = Math.max(errata.get().cost(), errata.get().error());
      double cheaper = plain.get().cost() / errataCost;
      String bound = errata.get().cost() < errata.get().error() ? "≥ " : "";
      add(goal, String.format("%s%s: %s ns against %s ns, net of the 64 calls' own %s ns", bound,
          Format.ratio(cheaper), Format.number(errataCost), Format.number(plain.get().cost()),
          Format.number(errata.get().descent())), cheaper >= 20);
    }
    if (error.equals(OBJECT_NOT_FOUND)) {
      cheapWithArguments();
    }
  }

  /**
   * The error with two String arguments costs at most 30 ns to create at either depth: its detail
   * is made only when read, so nothing is formatted when it is made.
   */
  private void cheapWithArguments() {
    String goal = "A 4xx exception with two String arguments ≤ 30 ns to create at depth 0 and at "
        + "depth 64 (net of the descent), OBJECT_NOT_FOUND";
    Optional<Net> shallow = net("CreateBenchmark.errata", OBJECT_NOT_FOUND, "0");
    Optional<Net> deep = net("CreateBenchmark.errata", OBJECT_NOT_FOUND, "64");
    if (shallow.isEmpty() || deep.isEmpty()) {
      add(goal, "not run", Verdict.NOT_MEASURED);
      return;
    }
    Optional<Measurement> made = results.find("CreateBenchmark.errata",
        Map.of("error", OBJECT_NOT_FOUND, "depth", "0"));
    String bytes = made.map(m -> String.format("; %,d B/op", Math.round(m.bytesPerOp()))).orElse("");
    add(goal, String.format("%s ns at depth 0, %s ns at 64%s", Format.number(shallow.get().cost()),
        Format.number(deep.get().cost()), bytes),
        shallow.get().cost() <= 30 && deep.get().cost() <= 30);
  }

  private void depthIndependence(String error) {
    String goal = "A 4xx exception's cost independent of depth (0 and 64), " + error;
    Optional<Net> shallow = net("CreateBenchmark.errata", error, "0");
    Optional<Net> deep = net("CreateBenchmark.errata", error, "64");
    if (shallow.isEmpty() || deep.isEmpty()) {
      add(goal, "not run", Verdict.NOT_MEASURED);
      return;
    }
    double growth = deep.get().cost() - shallow.get().cost();
    double noise = Math.hypot(deep.get().error(), shallow.get().error());
    double allowed = Math.max(0.25 * shallow.get().cost(), noise);
    String plain = net("CreateBenchmark.runtimeException", error, "0")
        .flatMap(p0 -> net("CreateBenchmark.runtimeException", error, "64")
            .map(p64 -> String.format("; `RuntimeException`: %s → %s ns", Format.number(p0.cost()),
                Format.number(p64.cost()))))
        .orElse("");
    add(goal, String.format("%s ns at depth 0, %s ns at 64, net of the descent (allowed: +%s ns, 25%% or "
            + "the error margin)%s", Format.number(shallow.get().cost()), Format.number(deep.get().cost()),
        Format.number(allowed), plain), growth <= allowed);
  }

  private void buildTime() {
    String share = "The processor adds ≤ 30% to javac's own time at 1,000 errors";
    String linear = "The processor's time grows linearly with the catalog (per error, 1,000→5,000 "
        + "within 1.5× of 100→1,000)";
    Optional<BuildTime.Result> hundred = size(100);
    Optional<BuildTime.Result> thousand = size(1000);
    Optional<BuildTime.Result> fiveThousand = size(5000);
    if (thousand.isEmpty()) {
      add(share, "not run at 1,000 errors", Verdict.NOT_MEASURED);
    } else {
      BuildTime.Result at = thousand.get();
      double added = at.processorMs() / at.withoutProcessorMs();
      add(share, String.format("+%.0f%%: %s ms with, %s ms without", 100 * added,
          Format.number(at.withProcessorMs()), Format.number(at.withoutProcessorMs())), added <= 0.30);
    }
    if (hundred.isEmpty() || thousand.isEmpty() || fiveThousand.isEmpty()) {
      add(linear, "not run at 100, 1,000 and 5,000 errors", Verdict.NOT_MEASURED);
    } else {
      double early = perError(hundred.get(), thousand.get());
      double late = perError(thousand.get(), fiveThousand.get());
      add(linear, String.format("%.3f ms per error from 100 to 1,000, %.3f from 1,000 to 5,000 (%s)", early, late,
          Format.ratio(late / early)), late <= 1.5 * early);
    }
  }

  /** The processor's time per added error between two sizes. */
  static double perError(BuildTime.Result from, BuildTime.Result to) {
    return (to.processorMs() - from.processorMs()) / (to.errors() - from.errors());
  }

  private Optional<BuildTime.Result> size(int errors) {
    return buildTime.stream().filter(r -> r.errors() == errors).findFirst();
  }

  private Optional<Measurement> time(String key, String error) {
    return results.find(key, Map.of("error", error));
  }

  /** A creation's cost less its descent's, and the error margin of that difference. */
  private record Net(double cost, double error, double descent) {}

  private Optional<Net> net(String key, String error, String depth) {
    Map<String, String> params = Map.of("error", error, "depth", depth);
    return results.find(key, params).flatMap(m -> results.find("CreateBenchmark.descentOnly", params)
        .map(d -> new Net(m.score() - d.score(), Math.hypot(known(m.error()), known(d.error())), d.score())));
  }

  /** An error margin, or 0 where JMH has none (a single iteration). */
  private static double known(double error) {
    return Double.isNaN(error) ? 0 : error;
  }

  private void add(String goal, String measured, boolean met) {
    add(goal, measured, met ? Verdict.MET : Verdict.MISSED);
  }

  private void add(String goal, String measured, Verdict verdict) {
    targets.add(new Target(goal, measured, verdict));
  }
}

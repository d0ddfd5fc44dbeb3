package io.github.errata.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run's measurements, looked up by benchmark and parameters. */
final class Results {

  private final List<Measurement> measurements;

  Results(List<Measurement> measurements) {
    this.measurements = List.copyOf(measurements);
  }

  List<Measurement> all() {
    return measurements;
  }

  /** The measurement of {@code Class.method} whose parameters include all of {@code params}. */
  Optional<Measurement> find(String key, Map<String, String> params) {
    return measurements.stream()
        .filter(m -> m.key().equals(key))
        .filter(m -> m.params().entrySet().containsAll(params.entrySet()))
        .findFirst();
  }

  boolean has(String benchmark) {
    return measurements.stream().anyMatch(m -> m.benchmark().equals(benchmark));
  }
}

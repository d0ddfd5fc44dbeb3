package io.github.errata.benchmarks.report;

import java.util.Map;

/**
 * One benchmark's result with one set of parameters, as read from JMH's {@code RunResult}: the
 * time per operation with its 99.9% error margin, and the bytes allocated per operation from the
 * GC profiler (NaN where it was not run).
 *
 * @param benchmark the benchmark class's simple name, such as {@code SerializeBenchmark}
 * @param method the benchmark method, such as {@code errata}
 * @param params the JMH parameters by name
 */
public record Measurement(String benchmark, String method, Map<String, String> params, double score,
    double error, String unit, double bytesPerOp) {

  /** {@code Class.method}, the key a report row is known by. */
  public String key() {
    return benchmark + "." + method;
  }
}

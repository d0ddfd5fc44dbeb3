package io.github.errata.benchmarks;

import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.TooManyRequestsException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;
import org.zalando.problem.StatusType;
import org.zalando.problem.ThrowableProblem;

/**
 * Create an exception {@code depth} calls below the benchmark method: Errata's 4xx exception
 * (no stack trace), {@code new RuntimeException(detail)} and Zalando's builder (both capture the
 * stack). {@code descentOnly} makes the same calls and creates nothing: subtracted from the
 * others, it leaves the cost of creating the exception alone.
 *
 * <p>Each variant descends through its own method, so that one variant's calls cannot spoil the
 * type profile another's compiled code relies on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CreateBenchmark {

  @Param({Fixtures.OBJECT_NOT_FOUND, Fixtures.TOO_MANY_REQUESTS})
  public String error;

  @Param({"0", "64"})
  public int depth;

  private boolean notFound;
  private String objectType;
  private String id;
  private String fixedDetail;
  private URI problemType;
  private String problemTitle;
  private StatusType problemStatus;

  /** Builds the inputs, and fails unless every variant makes the same error at the right depth. */
  @Setup
  public void setUp() {
    JourneyException sent = Fixtures.exception(error);
    notFound = error.equals(Fixtures.OBJECT_NOT_FOUND);
    objectType = Fixtures.OBJECT_TYPE;
    id = Fixtures.ID;
    fixedDetail = sent.detail();
    problemType = URI.create(sent.see());
    problemTitle = sent.title();
    problemStatus = Status.valueOf(sent.status());

    RuntimeException errata = errata();
    RuntimeException plain = runtimeException();
    ThrowableProblem zalando = zalando();
    Fixtures.require(errata.getClass() == sent.getClass(), "Errata made a " + errata.getClass());
    Fixtures.require(sent.getMessage().equals(errata.getMessage()), "Errata's detail differs");
    Fixtures.require(sent.getMessage().equals(plain.getMessage()), "RuntimeException's detail differs");
    Fixtures.require(sent.getMessage().equals(zalando.getDetail()), "Zalando's detail differs");
    Fixtures.require(errata.getStackTrace().length == 0, "Errata's 4xx exception has a stack trace");
    Fixtures.require(plain.getStackTrace().length > depth, "RuntimeException was not made at depth " + depth);
    Fixtures.require(zalando.getStackTrace().length > depth, "Zalando was not made at depth " + depth);
  }

  @Benchmark
  public RuntimeException errata() {
    return errataAt(depth);
  }

  @Benchmark
  public RuntimeException runtimeException() {
    return runtimeExceptionAt(depth);
  }

  @Benchmark
  public ThrowableProblem zalando() {
    return zalandoAt(depth);
  }

  @Benchmark
  public String descentOnly() {
    return descentAt(depth);
  }

  private RuntimeException errataAt(int remaining) {
    if (remaining > 0) {
      return errataAt(remaining - 1);
    }
    return notFound ? new ObjectNotFoundException(objectType, id) : new TooManyRequestsException();
  }

  private RuntimeException runtimeExceptionAt(int remaining) {
    if (remaining > 0) {
      return runtimeExceptionAt(remaining - 1);
    }
    return new RuntimeException(notFound ? "No " + objectType + " found with ID: '" + id + "'" : fixedDetail);
  }

  private ThrowableProblem zalandoAt(int remaining) {
    if (remaining > 0) {
      return zalandoAt(remaining - 1);
    }
    return Problem.builder()
        .withType(problemType)
        .withTitle(problemTitle)
        .withStatus(problemStatus)
        .withDetail(notFound ? "No " + objectType + " found with ID: '" + id + "'" : fixedDetail)
        .build();
  }

  private String descentAt(int remaining) {
    if (remaining > 0) {
      return descentAt(remaining - 1);
    }
    return objectType;
  }
}

package io.github.errata.benchmarks;

import io.github.errata.sample.JourneyException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serialize without Jackson: the generated direct path, {@code toJsonBytes()} and
 * {@code writeJson(OutputStream)}, against the unsafe floor, plain string concatenation of the same
 * pieces with no escaping at all. The report puts these rows in the serialize table, next to
 * databind's, and judges the direct path's targets from them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DirectPathBenchmark {

  @Param({Fixtures.OBJECT_NOT_FOUND, Fixtures.TOO_MANY_REQUESTS})
  public String error;

  private JourneyException exception;
  private ByteSink sink;

  /** Builds the inputs, and fails unless every variant writes the body Errata's module writes. */
  @Setup
  public void setUp() throws IOException {
    exception = Fixtures.exception(error);
    sink = new ByteSink();
    byte[] expected = Fixtures.body(exception);
    Fixtures.require(Arrays.equals(expected, toJsonBytes()), "toJsonBytes() differs from the module's body");
    writeJson();
    Fixtures.require(Arrays.equals(expected, sink.toByteArray()), "writeJson differs from the module's body");
    Fixtures.require(Arrays.equals(expected, unsafeConcat()), "the concatenation differs from the body");
  }

  @Benchmark
  public byte[] toJsonBytes() {
    return exception.toJsonBytes();
  }

  /** Into a reused sink without locks, so that the figure is the writer's, not the stream's. */
  @Benchmark
  public ByteSink writeJson() throws IOException {
    sink.reset();
    exception.writeJson(sink);
    return sink;
  }

  @Benchmark
  public byte[] unsafeConcat() {
    JourneyException e = exception;
    return ("{\"type\":\"" + e.type() + "\",\"title\":\"" + e.title() + "\",\"detail\":\"" + e.detail()
        + "\",\"see\":\"" + e.see() + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /** A growable byte buffer to write into again and again; unlike ByteArrayOutputStream, unsynchronized. */
  public static final class ByteSink extends OutputStream {
    private byte[] bytes = new byte[512];
    private int count;

    void reset() {
      count = 0;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, count);
    }

    @Override
    public void write(int b) {
      ensure(1);
      bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, bytes, count, len);
      count += len;
    }

    private void ensure(int more) {
      if (count + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
      }
    }
  }
}

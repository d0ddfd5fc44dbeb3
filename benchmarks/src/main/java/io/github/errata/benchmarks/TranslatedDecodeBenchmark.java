package io.github.errata.benchmarks;

import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding the seed's OBJECT_NOT_FOUND body of a translated catalog (the sample's, in English and
 * German) in the catalog's own language and in German: what a translated body costs the client,
 * and that the catalog's own language pays nothing for the translation being there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TranslatedDecodeBenchmark {

  private byte[] english;
  private byte[] german;

  /** Builds both bodies, and fails unless each decodes back to the error and its arguments. */
  @Setup
  public void setUp() {
    ObjectNotFoundException sent = (ObjectNotFoundException) Fixtures.exception(Fixtures.OBJECT_NOT_FOUND);
    english = sent.toJsonBytes();
    german = sent.toJsonBytes(Locale.GERMAN);
    for (byte[] body : new byte[][] {english, german}) {
      JourneyException decoded = JourneyErrorDecoder.decode(404, body);
      Fixtures.require(decoded instanceof ObjectNotFoundException, "decoded a " + decoded.getClass());
      Fixtures.require(decoded.arguments().equals(sent.arguments()), "lost the arguments");
    }
    Fixtures.require(!java.util.Arrays.equals(english, german), "the German body is the English");
  }

  /** The catalog's own language. */
  @Benchmark
  public JourneyException english() {
    return JourneyErrorDecoder.decode(404, english);
  }

  /** The German translation: the title tells the language, the German template reads it. */
  @Benchmark
  public JourneyException german() {
    return JourneyErrorDecoder.decode(404, german);
  }
}

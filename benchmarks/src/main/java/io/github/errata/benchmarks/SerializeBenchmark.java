package io.github.errata.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.errata.sample.JourneyException;
import java.io.IOException;
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
import org.zalando.problem.ThrowableProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialize an exception to JSON bytes, as a server's error handler does: Errata through a
 * Jackson 2 {@code ObjectMapper} and a Jackson 3 {@code JsonMapper} with its module, and through a
 * Jackson 3 mapper with nothing registered, against databind on an equivalent record (Jackson 2
 * and 3), Zalando Problem, and a hand-written generator loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerializeBenchmark {

  @Param({Fixtures.OBJECT_NOT_FOUND, Fixtures.TOO_MANY_REQUESTS})
  public String error;

  private JourneyException exception;
  private PlainErrorBody record;
  private ThrowableProblem problem;
  private ObjectMapper errataMapper;
  private ObjectMapper plainMapper;
  private ObjectMapper problemMapper;
  private JsonMapper errataJackson3Mapper;
  private JsonMapper plainJackson3Mapper;
  private JsonFactory factory;

  /** Builds the inputs, and fails unless every variant writes the same body. */
  @Setup
  public void setUp() throws IOException {
    exception = Fixtures.exception(error);
    record = Fixtures.record(exception);
    problem = Fixtures.problem(exception);
    errataMapper = Fixtures.errataMapper();
    plainMapper = Fixtures.plainMapper();
    problemMapper = Fixtures.problemMapper();
    errataJackson3Mapper = Fixtures.errataJackson3Mapper();
    plainJackson3Mapper = Fixtures.plainJackson3Mapper();
    factory = new JsonFactory();

    byte[] errata = errata();
    Fixtures.require(Arrays.equals(errata, exception.toJsonBytes()), "the module's bytes differ from toJsonBytes()");
    Fixtures.require(Arrays.equals(errata, databind()), "databind's bytes differ from Errata's");
    Fixtures.require(Arrays.equals(errata, errataJackson3()), "the Jackson 3 module's bytes differ");
    Fixtures.require(Arrays.equals(errata, errataJackson3Plain()), "a plain Jackson 3 mapper's bytes differ");
    Fixtures.require(Arrays.equals(errata, databindJackson3()), "Jackson 3 databind's bytes differ");
    Fixtures.require(Arrays.equals(errata, handWritten()), "the hand-written bytes differ");
    // Zalando writes RFC 7807's shape: the link as type, and the status as a member.
    ObjectNode expected = plainMapper.createObjectNode()
        .put("type", exception.see())
        .put("title", exception.title())
        .put("status", exception.status())
        .put("detail", exception.detail());
    JsonNode zalando = plainMapper.readTree(zalando());
    Fixtures.require(expected.equals(zalando), "Zalando wrote " + zalando + ", not " + expected);
  }

  @Benchmark
  public byte[] errata() throws IOException {
    return errataMapper.writeValueAsBytes(exception);
  }

  @Benchmark
  public byte[] databind() throws IOException {
    return plainMapper.writeValueAsBytes(record);
  }

  @Benchmark
  public byte[] errataJackson3() {
    return errataJackson3Mapper.writeValueAsBytes(exception);
  }

  /** No module: the generated annotations on the exception name the module's serializer. */
  @Benchmark
  public byte[] errataJackson3Plain() {
    return plainJackson3Mapper.writeValueAsBytes(exception);
  }

  @Benchmark
  public byte[] databindJackson3() {
    return plainJackson3Mapper.writeValueAsBytes(record);
  }

  @Benchmark
  public byte[] zalando() throws IOException {
    return problemMapper.writeValueAsBytes(problem);
  }

  @Benchmark
  public byte[] handWritten() throws IOException {
    return HandWrittenJson.write(factory, exception);
  }
}

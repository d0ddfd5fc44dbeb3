package io.github.errata.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import java.io.IOException;
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
import org.zalando.problem.ThrowableProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decode a received body into an exception, as a client does: Errata's decoder (the runtime's own
 * reader) and a Jackson 3 mapper reading {@code JourneyException}, against databind (Jackson 2 and
 * 3) into a record then a switch on type that makes the client's own exception, Zalando Problem's
 * deserializer, and a hand-written parser loop with the same switch. Each reads the body its own
 * server would send: Zalando's is RFC 7807's shape, the others Errata's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {

  @Param({Fixtures.OBJECT_NOT_FOUND, Fixtures.TOO_MANY_REQUESTS})
  public String error;

  private int status;
  private byte[] body;
  private byte[] problemBody;
  private ObjectMapper plainMapper;
  private ObjectMapper problemMapper;
  private JsonMapper plainJackson3Mapper;
  private JsonFactory factory;

  /** What a decoded exception says, whatever its library, to compare them. */
  private record Received(String type, int status, String title, String detail, String see) {}

  /** Builds the inputs, and fails unless every variant reads back the error that was sent. */
  @Setup
  public void setUp() throws IOException {
    JourneyException sent = Fixtures.exception(error);
    status = sent.status();
    body = Fixtures.body(sent);
    problemMapper = Fixtures.problemMapper();
    problemBody = problemMapper.writeValueAsBytes(Fixtures.problem(sent));
    plainMapper = Fixtures.plainMapper();
    plainJackson3Mapper = Fixtures.plainJackson3Mapper();
    factory = new JsonFactory();

    Received expected = new Received(sent.type(), sent.status(), sent.title(), sent.detail(), sent.see());
    for (JourneyException errata : new JourneyException[] {errata(), errataJackson3()}) {
      Fixtures.require(errata.getClass() == sent.getClass(), "Errata decoded a " + errata.getClass());
      Fixtures.require(expected.equals(received(errata)), "Errata decoded " + received(errata));
      if (sent instanceof ObjectNotFoundException notFound) {
        ObjectNotFoundException decoded = (ObjectNotFoundException) errata;
        Fixtures.require(notFound.arguments().equals(decoded.arguments()), "Errata lost the arguments");
      }
    }
    for (HandWrittenApiException handWritten :
        new HandWrittenApiException[] {databind(), databindJackson3(), handWritten()}) {
      Fixtures.require(handWritten.getClass().getSimpleName().equals(expectedHandWrittenClass()),
          "the switch made a " + handWritten.getClass());
      Fixtures.require(expected.equals(received(handWritten)), "decoded " + received(handWritten));
    }
    Fixtures.require(expected.equals(received(zalando())), "Zalando decoded " + received(zalando()));
  }

  private String expectedHandWrittenClass() {
    return error.equals(Fixtures.OBJECT_NOT_FOUND) ? "ObjectNotFound" : "TooManyRequests";
  }

  private static Received received(JourneyException e) {
    return new Received(e.type(), e.status(), e.title(), e.detail(), e.see());
  }

  private static Received received(HandWrittenApiException e) {
    return new Received(e.type(), e.status(), e.title(), e.detail(), e.see());
  }

  /** A Zalando problem's type is the link, whose fragment is the wire type. */
  private static Received received(ThrowableProblem problem) {
    URI type = problem.getType();
    return new Received(type.getFragment(), problem.getStatus().getStatusCode(), problem.getTitle(),
        problem.getDetail(), type.toString());
  }

  @Benchmark
  public JourneyException errata() {
    return JourneyErrorDecoder.decode(status, body);
  }

  @Benchmark
  public HandWrittenApiException databind() throws IOException {
    return HandWrittenApiException.of(status, plainMapper.readValue(body, PlainErrorBody.class));
  }

  /** No module: the generated annotation on {@code JourneyException} names its deserializer. */
  @Benchmark
  public JourneyException errataJackson3() {
    return plainJackson3Mapper.readValue(body, JourneyException.class);
  }

  @Benchmark
  public HandWrittenApiException databindJackson3() {
    return HandWrittenApiException.of(status, plainJackson3Mapper.readValue(body, PlainErrorBody.class));
  }

  @Benchmark
  public ThrowableProblem zalando() throws IOException {
    return (ThrowableProblem) problemMapper.readValue(problemBody, Problem.class);
  }

  @Benchmark
  public HandWrittenApiException handWritten() throws IOException {
    return HandWrittenJson.read(factory, status, body);
  }
}

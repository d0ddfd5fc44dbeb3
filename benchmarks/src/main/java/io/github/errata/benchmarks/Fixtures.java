package io.github.errata.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.JourneyJackson3Module;
import io.github.errata.sample.JourneyJacksonModule;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.TooManyRequestsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;
import org.zalando.problem.ThrowableProblem;
import org.zalando.problem.jackson.ProblemModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs every benchmark shares: the two measured errors of the sample catalog, and the same
 * error as each baseline holds it. Benchmarks copy what they use into their own non-final state
 * fields, so the JIT cannot fold any of it into a constant.
 */
final class Fixtures {

  /** OBJECT_NOT_FOUND: two arguments, a detail built from them. */
  static final String OBJECT_NOT_FOUND = "OBJECT_NOT_FOUND";

  /** TOO_MANY_REQUESTS: no arguments, a fixed detail. */
  static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

  /** The object type and ID of the seed's own OBJECT_NOT_FOUND example. */
  static final String OBJECT_TYPE = "task";
  static final String ID = "c3d59ff0-ba4a-11e3-a567-001e6733fe3d";

  private Fixtures() {}

  /** Errata's exception for one of the two measured errors, as a server throws it. */
  static JourneyException exception(String error) {
    return switch (error) {
      case OBJECT_NOT_FOUND -> new ObjectNotFoundException(OBJECT_TYPE, ID);
      case TOO_MANY_REQUESTS -> new TooManyRequestsException();
      default -> throw new IllegalArgumentException("not a measured error: " + error);
    };
  }

  /**
   * The same error as a Zalando problem, in RFC 7807's shape: {@code type} is a URI, so it is the
   * error's documentation link (which ends in {@code #TYPE}), and the status is a member.
   */
  static ThrowableProblem problem(JourneyException exception) {
    return Problem.builder()
        .withType(URI.create(exception.see()))
        .withTitle(exception.title())
        .withStatus(Status.valueOf(exception.status()))
        .withDetail(exception.detail())
        .build();
  }

  /** The same error as the plain record a databind user would write. */
  static PlainErrorBody record(JourneyException exception) {
    return new PlainErrorBody(exception.type(), exception.title(), exception.detail(), exception.see());
  }

  /** The mapper a server using Errata writes with. */
  static ObjectMapper errataMapper() {
    return new ObjectMapper().registerModule(new JourneyJacksonModule());
  }

  /** A mapper with nothing registered, for the databind baseline. */
  static ObjectMapper plainMapper() {
    return new ObjectMapper();
  }

  /** The Jackson 3 mapper a server using Errata writes with. */
  static JsonMapper errataJackson3Mapper() {
    return JsonMapper.builder().addModule(new JourneyJackson3Module()).build();
  }

  /**
   * A Jackson 3 mapper with nothing registered: the databind baseline, and Errata without its
   * module, where the generated annotations name the module's serializers.
   */
  static JsonMapper plainJackson3Mapper() {
    return JsonMapper.builder().build();
  }

  /** The mapper Zalando Problem documents: its module, without stack traces. */
  static ObjectMapper problemMapper() {
    return new ObjectMapper().registerModule(new ProblemModule());
  }

  /** The body a server using Errata sends for this error. */
  static byte[] body(JourneyException exception) {
    try {
      return errataMapper().writeValueAsBytes(exception);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails the benchmark's setup, loudly, where a variant does not give what the others give. */
  static void require(boolean agreed, String what) {
    if (!agreed) {
      throw new IllegalStateException("variants disagree: " + what);
    }
  }
}

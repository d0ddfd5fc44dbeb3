package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.spring.app.TestApplication;
import io.github.errata.spring.app.Catalogs;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Bounded load against the Boot application: 16 clients, each its own {@code RestClient} with
 * {@link ErrataErrorHandler}, share 20,000 requests that cycle through every error of the catalog.
 * Every response is checked as received (status, media type, bytes) and as decoded; the test
 * stops when the requests are done (or after five minutes), and prints the rate it saw, which it
 * never asserts. Tagged thorough: it runs under {@code -Pthorough}, as {@code .ci/run} does.
 * Here against the servlet application (Tomcat); {@link WebFluxLoadTest} runs it against the
 * reactive one (Netty).
 */
@Tag("thorough")
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // 2,222 stack traces of the 500 would drown the test's output; the logging has its own test.
    properties = "logging.level.io.github.errata.spring=OFF")
class LoadTest {
  private static final int CLIENTS = 16;
  private static final int RESPONSES = 20_000;

  /** What one response carried on the wire, before the handler read it. */
  private record Received(int status, String contentType, byte[] body) {}

  @LocalServerPort
  int port;

  @Test
  void sixteenClientsTwentyThousandErrorResponsesNoneWrong() throws Exception {
    List<String> types = Catalogs.JOURNEY.types();
    List<String> routes = routes();
    Map<String, ApiErrorException> expected = types.stream()
        .collect(Collectors.toMap(Function.identity(), Catalogs.JOURNEY::make));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(() -> {
        ThreadLocal<Received> wire = new ThreadLocal<>();
        RestClient client = client(wire);
        for (int i = next.getAndIncrement(); i < RESPONSES; i = next.getAndIncrement()) {
          String type = types.get(i % types.size());
          String route = routes.get(i / types.size() % routes.size());
          check(client, wire, route, type, expected.get(type), wrong);
          answered.incrementAndGet();
        }
        return null;
      });
    }

    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    List<Future<Void>> done;
    try {
      done = pool.invokeAll(clients, 5, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Future<Void> client : done) {
      client.get();
    }

    System.out.printf("%s: %,d error responses (%d errors of the catalog, on %s) from %d clients in "
            + "%.2f s: %,.0f error responses/s; %d wrong%n", getClass().getSimpleName(),
        answered.get(), types.size(), routes, CLIENTS, seconds, answered.get() / seconds, wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(answered.get()).isEqualTo(RESPONSES);
  }

  /**
   * The routes the requests cycle through, each followed by {@code /journey/{type}}.
   *
   * @return the servlet application's one route
   */
  List<String> routes() {
    return List.of("/errors");
  }

  private RestClient client(ThreadLocal<Received> wire) {
    return RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        // Buffered, so that the test sees the bytes on the wire and the handler reads them again.
        .requestFactory(new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())))
        .requestInterceptor((request, body, execution) -> {
          ClientHttpResponse response = execution.execute(request, body);
          wire.set(new Received(response.getStatusCode().value(),
              response.getHeaders().getFirst("Content-Type"), response.getBody().readAllBytes()));
          return response;
        })
        .defaultStatusHandler(new ErrataErrorHandler(Catalogs.JOURNEY.decoder()))
        .build();
  }

  private static void check(RestClient client, ThreadLocal<Received> wire, String route, String type,
      ApiErrorException thrown, Queue<String> wrong) {
    ApiErrorException decoded;
    try {
      client.get().uri(route + "/journey/{type}", type).retrieve().toBodilessEntity();
      wrong.add(route + " " + type + ": no exception");
      return;
    } catch (ApiErrorException e) {
      decoded = e;
    } catch (RuntimeException e) {
      wrong.add(route + " " + type + ": " + e);
      return;
    }
    try {
      Expect.sameError(thrown, decoded);
    } catch (AssertionError e) {
      wrong.add(route + " " + type + ": " + e.getMessage());
    }
    Received received = wire.get();
    if (received.status() != thrown.status()
        || !thrown.mediaType().equals(received.contentType())
        || !Arrays.equals(received.body(), thrown.toJsonBytes())) {
      wrong.add(route + " " + type + ": received " + received.status() + " " + received.contentType() + " "
          + new String(received.body(), StandardCharsets.UTF_8));
    }
  }
}

package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.micronaut.app.Catalogs;
import io.github.errata.micronaut.app.DockClient;
import io.github.errata.micronaut.app.FerryClient;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.http.RetryAfter;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bounded load against the Micronaut application: 16 clients share 20,000 requests that cycle
 * through every error of both catalogs. Every other request is read with the JDK's HttpClient and
 * checked byte for byte (status, media type, body, {@code Retry-After}); the rest go through
 * Micronaut's declarative clients and the decoded exception is checked. The test stops when the
 * requests are done (or after five minutes) and prints the rate it saw, which it never asserts.
 * Tagged thorough: it runs under {@code -Pthorough}, as {@code .ci/run} does.
 */
@Tag("thorough")
@ExtendWith(SharedServer.class)
class LoadTest {
  private static final int CLIENTS = 16;
  private static final int RESPONSES = 20_000;

  /** One error of one catalog, and how the declarative client asks for it. */
  private record Case(Catalogs.Catalog catalog, String type, Function<String, String> call) {}

  @Test
  void sixteenClientsTwentyThousandErrorResponsesNoneWrong(EmbeddedServer server) throws Exception {
    FerryClient ferry = server.getApplicationContext().getBean(FerryClient.class);
    DockClient dock = server.getApplicationContext().getBean(DockClient.class);
    List<Case> cases = new ArrayList<>();
    Catalogs.FERRY.types().forEach(type -> cases.add(new Case(Catalogs.FERRY, type, ferry::error)));
    Catalogs.DOCK.types().forEach(type -> cases.add(new Case(Catalogs.DOCK, type, dock::error)));

    AtomicInteger next = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = next.getAndIncrement(); i < RESPONSES; i = next.getAndIncrement()) {
          Case error = cases.get(i % cases.size());
          if (i / cases.size() % 2 == 0) {
            checkWire(http, server, error, wrong);
          } else {
            checkDecoded(error, wrong);
          }
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

    System.out.printf("LoadTest: %,d error responses (%d errors of 2 catalogs) from %d clients in "
            + "%.2f s: %,.0f error responses/s; %d wrong%n",
        answered.get(), cases.size(), CLIENTS, seconds, answered.get() / seconds, wrong.size());
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong, such as " + wrong.peek());
    assertEquals(RESPONSES, answered.get());
  }

  private static void checkWire(HttpClient http, EmbeddedServer server, Case error, Queue<String> wrong)
      throws Exception {
    ApiErrorException thrown = error.catalog().make(error.type());
    URI uri = URI.create("http://127.0.0.1:" + server.getPort() + "/errors/" + error.catalog().name() + "/" + error.type());
    HttpResponse<byte[]> received = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (received.statusCode() != thrown.status()
        || !received.headers().firstValue("Content-Type").equals(Optional.of(thrown.mediaType()))
        || !received.headers().firstValue(RetryAfter.HEADER).equals(thrown.retryAfter().map(RetryAfter::format))
        || !Arrays.equals(received.body(), thrown.toJsonBytes())) {
      wrong.add(error.type() + ": received " + received.statusCode() + " " + received.headers().map() + " "
          + new String(received.body(), StandardCharsets.UTF_8));
    }
  }

  private static void checkDecoded(Case error, Queue<String> wrong) {
    try {
      error.call().apply(error.type());
      wrong.add(error.type() + ": no exception");
    } catch (RuntimeException decoded) {
      try {
        Expect.sameError(error.catalog().make(error.type()), decoded);
      } catch (AssertionError e) {
        wrong.add(error.type() + ": " + e.getMessage());
      }
    }
  }
}

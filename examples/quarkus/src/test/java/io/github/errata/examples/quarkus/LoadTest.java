package io.github.errata.examples.quarkus;

import static io.github.errata.examples.quarkus.Http.contentType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bounded load on the Quarkus application: 16 clients share 20,000 requests that cycle through
 * every error of the catalog, each with arguments of its own. Even-numbered requests go through the
 * JDK's client and are checked on the wire (status, media type, exact bytes, {@code Retry-After});
 * odd-numbered ones through the Quarkus REST client with the generated mapper, and are checked as
 * the typed exception with its arguments. The test stops when the requests are done (or after five
 * minutes) and prints the rate it saw, which it never asserts. Tagged thorough: it runs under
 * {@code -Pthorough}.
 */
@Tag("thorough")
@QuarkusTest
class LoadTest {
  private static final int CLIENTS = 16;
  private static final int RESPONSES = 20_000;
  private static final int ERRORS = 4;

  @TestHTTPResource("/")
  URI root;

  @Test
  void sixteenClientsTwentyThousandErrorResponsesNoneWrong() throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(() -> {
        Http http = new Http(root);
        ParcelClient client = RestClientBuilder.newBuilder().baseUri(root).build(ParcelClient.class);
        for (int i = next.getAndIncrement(); i < RESPONSES; i = next.getAndIncrement()) {
          try {
            String problem = i % 2 == 0 ? onTheWire(http, i) : typed(client, i);
            if (problem != null) {
              wrong.add(i + ": " + problem);
            }
          } catch (RuntimeException e) {
            wrong.add(i + ": " + e);
          }
          answered.incrementAndGet();
        }
        return null;
      });
    }

    // The 503's stack trace, logged 5,000 times, would drown the output: the mapper's category is
    // silenced for this test alone. Not through a test profile's config: a category level that
    // Quarkus sets from config stays in the JVM's one LogContext, and the other @QuarkusTests of
    // the run then logged nothing of the mapper's.
    Logger category = Logger.getLogger("io.github.errata.jaxrs");
    Level level = category.getLevel();
    category.setLevel(Level.OFF);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    List<Future<Void>> done;
    try {
      done = pool.invokeAll(clients, 5, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
      category.setLevel(level);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Future<Void> client : done) {
      client.get();
    }

    System.out.printf("LoadTest (Quarkus): %,d error responses (%d errors of the catalog) from %d "
            + "clients in %.2f s: %,.0f error responses/s; %d wrong%n",
        answered.get(), ERRORS, CLIENTS, seconds, answered.get() / seconds, wrong.size());
    assertEquals(List.of(), List.copyOf(wrong).subList(0, Math.min(10, wrong.size())));
    assertEquals(RESPONSES, answered.get());
  }

  /** The {@code i}th request's error, as it should be thrown: arguments differ per request. */
  private static ParcelException expected(int i) {
    return switch (i % ERRORS) {
      case 0 -> new ParcelNotFoundException(new UUID(0x5eed, i));
      case 1 -> new ParcelTooHeavyException(ParcelResource.MAX_GRAMS + 1 + i, ParcelResource.MAX_GRAMS);
      case 2 -> new TooManyRequestsException();
      default -> new CarrierUnavailableException(i % 3 == 0 ? Carrier.POST : Carrier.COURIER);
    };
  }

  /** How long the {@code i}th request asks the 429 to wait, in whole seconds. */
  private static long retrySeconds(int i) {
    return 1 + i % 7;
  }

  /** Sends the {@code i}th request with the JDK's client; a description of what is wrong, or null. */
  private static String onTheWire(Http http, int i) throws Exception {
    ParcelException error = expected(i);
    HttpResponse<byte[]> response = switch (i % ERRORS) {
      case 0 -> http.send("GET", "parcels/" + ((ParcelNotFoundException) error).parcelId(), "*/*");
      case 1 -> http.send("POST", "parcels?grams=" + ((ParcelTooHeavyException) error).grams(),
          "application/json");
      case 2 -> http.send("GET", "parcels/quota?retryMillis=" + retrySeconds(i) * 1000, "text/html");
      default -> http.send("GET", "parcels/track/" + ((CarrierUnavailableException) error).carrier(),
          "application/xml");
    };
    Optional<String> retryAfter = response.headers().firstValue("Retry-After");
    boolean retryRight = i % ERRORS == 2
        ? retryAfter.equals(Optional.of(Long.toString(retrySeconds(i))))
        : retryAfter.isEmpty();
    if (response.statusCode() != error.status() || !error.mediaType().equals(contentType(response))
        || !Arrays.equals(error.toJsonBytes(), response.body()) || !retryRight) {
      return "received " + response.statusCode() + " " + contentType(response) + " " + retryAfter
          + " " + new String(response.body(), StandardCharsets.UTF_8);
    }
    return null;
  }

  /** Sends the {@code i}th request with the REST client; a description of what is wrong, or null. */
  private static String typed(ParcelClient client, int i) {
    ParcelException error = expected(i);
    try {
      switch (i % ERRORS) {
        case 0 -> client.parcel(((ParcelNotFoundException) error).parcelId());
        case 1 -> client.send(((ParcelTooHeavyException) error).grams());
        case 2 -> client.quota(retrySeconds(i) * 1000);
        default -> client.track(((CarrierUnavailableException) error).carrier());
      }
      return "no exception";
    } catch (ParcelException thrown) {
      Optional<Duration> retry = i % ERRORS == 2
          ? Optional.of(Duration.ofSeconds(retrySeconds(i))) : Optional.empty();
      if (thrown.getClass() != error.getClass() || !thrown.toBody().equals(error.toBody())
          || !thrown.arguments().equals(error.arguments()) || thrown.status() != error.status()
          || !thrown.retryAfter().equals(retry)) {
        return "threw " + thrown.getClass().getSimpleName() + " " + thrown.toBody() + " "
            + thrown.retryAfter();
      }
      return null;
    }
  }
}

package io.github.errata.spring;

import io.github.errata.spring.app.TestApplication;
import jakarta.servlet.Filter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Side by side, in one run on loopback: the same 404 (OBJECT_NOT_FOUND, "No task found with ID:
 * '...'") answered by the Errata advice, by Spring's {@code ErrorResponseException} with a
 * {@code ProblemDetail}, and by {@code ResponseStatusException}, in the test application (Boot 4,
 * Tomcat, problem details on). For each: requests per second from 16 clients, and bytes allocated
 * per request on the server, measured in a servlet filter around the whole Spring chain and over
 * all of Tomcat's worker threads; a successful request beside them gives the scale. Every
 * response's status is checked. A measurement, not a test:
 *
 * <pre>mvn -B -q -Pside-by-side -DskipTests -pl spring -am verify</pre>
 */
public final class SideBySide {
  private static final int CLIENTS = 16;
  private static final int WARMUP = 10_000;
  private static final int ROUNDS = 3;
  private static final int REQUESTS = 15_000;
  /** The ID in every way's detail: the one the Errata route's ObjectNotFoundException carries. */
  private static final String ID = "c3d59ff0-ba4a-11e3-a567-001e6733fe3d";

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final LongAdder CHAIN_BYTES = new LongAdder();
  private static final LongAdder CHAIN_REQUESTS = new LongAdder();

  private SideBySide() {}

  /** Measures allocation on the server's thread from the first filter to the last. */
  @Configuration(proxyBeanMethods = false)
  static class Measured {
    @Bean
    FilterRegistrationBean<Filter> allocationFilter() {
      Filter filter = (request, response, chain) -> {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        chain.doFilter(request, response);
        CHAIN_BYTES.add(THREADS.getCurrentThreadAllocatedBytes() - before);
        CHAIN_REQUESTS.increment();
      };
      FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }

  /** A route and the status it answers with. */
  private record Way(String path, int status) {}

  /** One round's figures. */
  private record Figures(double perSecond, double chainBytes, double workerBytes, int wrong) {}

  /**
   * Runs the measurement and prints a table.
   *
   * @param args none
   * @throws Exception if the application or a client fails
   */
  public static void main(String[] args) throws Exception {
    SpringApplication app = new SpringApplication(TestApplication.class, Measured.class);
    try (ConfigurableApplicationContext context = app.run("--server.port=0",
        "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      Map<String, Way> ways = new LinkedHashMap<>();
      ways.put("Errata advice (ObjectNotFoundException)", new Way("/errors/journey/OBJECT_NOT_FOUND", 404));
      ways.put("ErrorResponseException + ProblemDetail", new Way("/spring/problem/" + ID, 404));
      ways.put("ResponseStatusException", new Way("/spring/status/" + ID, 404));
      ways.put("for scale: no error, 200 with a JSON body", new Way("/tasks/" + ID, 200));
      Map<String, List<Figures>> results = new LinkedHashMap<>();
      for (Map.Entry<String, Way> way : ways.entrySet()) {
        run(port, way.getValue(), WARMUP);
        results.put(way.getKey(), new ArrayList<>());
      }
      // Rounds interleave the ways, so that a change in the machine's load falls on all of them.
      for (int round = 0; round < ROUNDS; round++) {
        for (Map.Entry<String, Way> way : ways.entrySet()) {
          results.get(way.getKey()).add(run(port, way.getValue(), REQUESTS));
        }
      }
      System.out.printf("%s, %d cores, %d clients, %d rounds of %,d requests each (after %,d to warm up); median of rounds%n",
          System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), CLIENTS, ROUNDS, REQUESTS, WARMUP);
      System.out.printf("%-42s %12s %18s %20s %6s%n", "way", "requests/s", "B/req (Spring)", "B/req (Tomcat thr.)", "wrong");
      for (Map.Entry<String, List<Figures>> way : results.entrySet()) {
        List<Figures> rounds = way.getValue();
        System.out.printf("%-42s %,12.0f %,18.0f %,20.0f %6d%n", way.getKey(),
            median(rounds.stream().mapToDouble(Figures::perSecond).toArray()),
            median(rounds.stream().mapToDouble(Figures::chainBytes).toArray()),
            median(rounds.stream().mapToDouble(Figures::workerBytes).toArray()),
            rounds.stream().mapToInt(Figures::wrong).sum());
      }
    }
  }

  private static Figures run(int port, Way way, int requests) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + way.path());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/json").build();
        while (next.getAndIncrement() < requests) {
          if (http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != way.status()) {
            wrong.incrementAndGet();
          }
        }
        return null;
      });
    }
    Map<Long, Long> workersBefore = workerAllocations();
    long chainBytesBefore = CHAIN_BYTES.sum();
    long chainRequestsBefore = CHAIN_REQUESTS.sum();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      for (Future<Void> client : pool.invokeAll(clients, 10, TimeUnit.MINUTES)) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // A worker started during the round counts from zero. Tomcat ends a worker only after a
    // minute idle, and the clients keep them all busy, so none ends during a round.
    long workerBytes = workerAllocations().entrySet().stream()
        .mapToLong(worker -> worker.getValue() - workersBefore.getOrDefault(worker.getKey(), 0L))
        .sum();
    long chainRequests = CHAIN_REQUESTS.sum() - chainRequestsBefore;
    return new Figures(requests / seconds, (double) (CHAIN_BYTES.sum() - chainBytesBefore) / chainRequests,
        (double) workerBytes / requests, wrong.get());
  }

  /** Bytes allocated so far by each of Tomcat's request threads, by thread id. */
  private static Map<Long, Long> workerAllocations() {
    Map<Long, Long> bytes = new HashMap<>();
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().contains("-exec-")) {
        bytes.put(thread.getThreadId(), THREADS.getThreadAllocatedBytes(thread.getThreadId()));
      }
    }
    return bytes;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

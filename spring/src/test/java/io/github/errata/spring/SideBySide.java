package io.github.errata.spring;

import io.github.errata.spring.app.TestApplication;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>Given a file (the build gives BENCHMARKS.md), it also writes its table there, between the
 * markers the benchmarks' report keeps when it rewrites the file.
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
  /** The benchmarks' report (benchmarks/…/report/Kept.java) keeps what is between these lines. */
  private static final String BEGIN = "<!-- begin spring-side-by-side -->";
  private static final String END = "<!-- end spring-side-by-side -->";

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
   * @param args none, or the Markdown file to write the table into as well
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
      String setup = String.format(Locale.ROOT, "%s, %d cores, %d clients, %d rounds of %,d requests each (after %,d to warm up); median of rounds",
          System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), CLIENTS, ROUNDS, REQUESTS, WARMUP);
      System.out.println(setup);
      System.out.printf("%-42s %12s %18s %20s %6s%n", "way", "requests/s", "B/req (Spring)", "B/req (Tomcat thr.)", "wrong");
      StringBuilder table = new StringBuilder("| way | requests/s | B/req (Spring) | B/req (Tomcat threads) | wrong status |\n"
          + "| --- | ---: | ---: | ---: | ---: |\n");
      for (Map.Entry<String, List<Figures>> way : results.entrySet()) {
        List<Figures> rounds = way.getValue();
        Object[] row = {way.getKey(),
            median(rounds.stream().mapToDouble(Figures::perSecond).toArray()),
            median(rounds.stream().mapToDouble(Figures::chainBytes).toArray()),
            median(rounds.stream().mapToDouble(Figures::workerBytes).toArray()),
            rounds.stream().mapToInt(Figures::wrong).sum()};
        System.out.printf("%-42s %,12.0f %,18.0f %,20.0f %6d%n", row);
        table.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %d |\n", row));
      }
      if (args.length > 0) {
        writeSection(Path.of(args[0]), "Made by `mvn -B -q -Pside-by-side -DskipTests -pl spring -am verify` on "
            + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
            + ", a run of its own: " + setup + ". The same 404 (OBJECT_NOT_FOUND) answered by the Errata "
            + "advice, by Spring's `ErrorResponseException` with a `ProblemDetail`, and by "
            + "`ResponseStatusException`, in the Spring adapter's test application (Boot 4, Tomcat, "
            + "problem details on), over HTTP on loopback; a 200 gives the scale. *B/req (Spring)*: bytes "
            + "allocated on the server's thread from the first servlet filter to the last; *B/req (Tomcat "
            + "threads)*: over all of Tomcat's worker threads, per request.\n\n" + table);
      }
    }
  }

  /** Replaces the section between the markers, or adds one at the end of the file. */
  private static void writeSection(Path file, String section) throws IOException {
    String text = Files.exists(file) ? Files.readString(file) : "";
    int begin = text.indexOf(BEGIN + "\n");
    int end = begin < 0 ? -1 : text.indexOf("\n" + END, begin);
    String block = BEGIN + "\n" + section + END;
    Files.writeString(file, end > begin
        ? text.substring(0, begin) + block + text.substring(end + 1 + END.length())
        : text + "\n## Spring: the Errata advice beside Spring's own\n\n" + block + "\n");
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

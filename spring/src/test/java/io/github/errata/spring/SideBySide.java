package io.github.errata.spring;

import io.github.errata.spring.app.TestApplication;
import io.github.errata.spring.reactive.ReactiveTestApplication;
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
import org.springframework.boot.webflux.autoconfigure.WebFluxObservationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcObservationAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Side by side, in one run on loopback: the same 404 (OBJECT_NOT_FOUND, "No task found with ID:
 * '...'") answered by the Errata adapter, by Spring's {@code ErrorResponseException} with a
 * {@code ProblemDetail}, and by {@code ResponseStatusException}, on Spring MVC (the servlet test
 * application, Tomcat) and on Spring WebFlux (the reactive one, Netty), both with problem details
 * on and no observation; and, on MVC, the Errata advice in a third application that records the
 * request's observation as an application with actuator does. For each: requests per second from
 * 16 clients, and bytes allocated per request on the server; a successful request beside them gives
 * the scale. Every response's status is checked. A measurement, not a test:
 *
 * <pre>mvn -B -q -Pside-by-side -DskipTests -pl spring -am verify</pre>
 *
 * <p>Given a file (the build gives BENCHMARKS.md), it also writes its tables there, between the
 * markers the benchmarks' report keeps when it rewrites the file.
 */
public final class SideBySide {
  private static final int CLIENTS = 16;
  private static final int WARMUP = 5_000;
  private static final int ROUNDS = 3;
  private static final int REQUESTS = 10_000;
  /** The ID in every way's detail: the one the Errata route's ObjectNotFoundException carries. */
  private static final String ID = "c3d59ff0-ba4a-11e3-a567-001e6733fe3d";
  /** Tomcat's request threads, and Netty's event loops. */
  private static final String TOMCAT_THREADS = "-exec-";
  private static final String NETTY_THREADS = "reactor-http-";

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final LongAdder CHAIN_BYTES = new LongAdder();
  private static final LongAdder CHAIN_REQUESTS = new LongAdder();
  /** The benchmarks' report (benchmarks/…/report/Kept.java) keeps what is between these lines. */
  private static final String BEGIN = "<!-- begin spring-side-by-side -->";
  private static final String END = "<!-- end spring-side-by-side -->";

  private SideBySide() {}

  /** Measures allocation on the server's thread from the first servlet filter to the last. */
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

  /** A route of one application, the status it answers with, and the threads that serve it. */
  private record Way(int port, String path, int status, String threads) {}

  /** One round's figures; chain bytes are NaN where no servlet filter measures them. */
  private record Figures(double perSecond, double chainBytes, double workerBytes, int wrong) {}

  /**
   * Runs the measurement and prints the tables.
   *
   * @param args none, or the Markdown file to write the tables into as well
   * @throws Exception if an application or a client fails
   */
  public static void main(String[] args) throws Exception {
    String[] common = {"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN"};
    try (ConfigurableApplicationContext mvc = start(new SpringApplication(TestApplication.class, Measured.class),
            common, "--spring.autoconfigure.exclude=" + WebMvcObservationAutoConfiguration.class.getName());
        ConfigurableApplicationContext observed = start(
            new SpringApplication(TestApplication.class, Measured.class), common);
        ConfigurableApplicationContext webflux = start(new SpringApplication(ReactiveTestApplication.class),
            common, "--" + ReactiveTestApplication.REACTIVE,
            "--spring.autoconfigure.exclude=" + WebFluxObservationAutoConfiguration.class.getName())) {
      Map<String, Way> mvcWays = new LinkedHashMap<>();
      int mvcPort = port(mvc);
      mvcWays.put("Errata advice (ObjectNotFoundException)", new Way(mvcPort, "/errors/journey/OBJECT_NOT_FOUND", 404, TOMCAT_THREADS));
      mvcWays.put("ErrorResponseException + ProblemDetail", new Way(mvcPort, "/spring/problem/" + ID, 404, TOMCAT_THREADS));
      mvcWays.put("ResponseStatusException", new Way(mvcPort, "/spring/status/" + ID, 404, TOMCAT_THREADS));
      mvcWays.put("for scale: no error, 200 with a JSON body", new Way(mvcPort, "/tasks/" + ID, 200, TOMCAT_THREADS));
      Map<String, Way> webfluxWays = new LinkedHashMap<>();
      int webfluxPort = port(webflux);
      webfluxWays.put("Errata handler (ObjectNotFoundException)", new Way(webfluxPort, "/errors/journey/OBJECT_NOT_FOUND", 404, NETTY_THREADS));
      webfluxWays.put("ErrorResponseException + ProblemDetail", new Way(webfluxPort, "/spring/problem/" + ID, 404, NETTY_THREADS));
      webfluxWays.put("ResponseStatusException", new Way(webfluxPort, "/spring/status/" + ID, 404, NETTY_THREADS));
      webfluxWays.put("for scale: no error, 200 with a JSON body", new Way(webfluxPort, "/tasks/" + ID, 200, NETTY_THREADS));
      Map<String, Way> observationWays = new LinkedHashMap<>();
      observationWays.put("Errata advice, no observation", mvcWays.get("Errata advice (ObjectNotFoundException)"));
      observationWays.put("Errata advice, observation recorded (actuator)",
          new Way(port(observed), "/errors/journey/OBJECT_NOT_FOUND", 404, TOMCAT_THREADS));
      // What the observation costs any request, the adapter's recording aside.
      observationWays.put("for scale: 200, no observation", mvcWays.get("for scale: no error, 200 with a JSON body"));
      observationWays.put("for scale: 200, observation recorded (actuator)",
          new Way(port(observed), "/tasks/" + ID, 200, TOMCAT_THREADS));

      double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      List<Map<String, Way>> tables = List.of(mvcWays, webfluxWays, observationWays);
      Map<Way, List<Figures>> results = new LinkedHashMap<>();
      tables.forEach(table -> table.values().forEach(way -> results.putIfAbsent(way, new ArrayList<>())));
      for (Way way : results.keySet()) {
        run(way, WARMUP);
      }
      // Rounds interleave the ways, so that a change in the machine's load falls on all of them.
      for (int round = 0; round < ROUNDS; round++) {
        for (Map.Entry<Way, List<Figures>> way : results.entrySet()) {
          way.getValue().add(run(way.getKey(), REQUESTS));
        }
      }
      // The machine may be shared: its load says how far to trust the requests per second.
      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      String setup = String.format(Locale.ROOT, "%s, %d cores (load average %.1f before, %.1f after), %d clients, "
              + "%d rounds of %,d requests each (after %,d to warm up); median of rounds",
          System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, CLIENTS, ROUNDS, REQUESTS, WARMUP);
      System.out.println(setup);
      String mvcTable = table("Spring MVC (Tomcat)", mvcWays, results, "B/req (Tomcat threads)");
      String webfluxTable = table("Spring WebFlux (Netty)", webfluxWays, results, "B/req (Netty threads)");
      String observationTable = table("Spring MVC: recording the observation", observationWays, results,
          "B/req (Tomcat threads)");
      if (args.length > 0) {
        writeSection(Path.of(args[0]), "Made by `mvn -B -q -Pside-by-side -DskipTests -pl spring -am verify` on "
            + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
            + ", a run of its own: " + setup + ". The same 404 (OBJECT_NOT_FOUND) answered by the Errata "
            + "adapter, by Spring's `ErrorResponseException` with a `ProblemDetail`, and by "
            + "`ResponseStatusException`, in the Spring adapter's test applications (Boot 4, problem details "
            + "on, no observation), over HTTP on loopback; a 200 gives the scale. *B/req (Spring)*: bytes "
            + "allocated on the server's thread from the first servlet filter to the last; *B/req (Tomcat "
            + "threads)*, *B/req (Netty threads)*: over all of the server's request threads (Netty's event "
            + "loops), per request. The last table runs the Errata advice in a second MVC application that "
            + "records `http.server.requests` as an application with actuator does, beside the first, and a 200 in each to show what the observation costs any request.\n\n"
            + mvcTable + "\n" + webfluxTable + "\n" + observationTable);
      }
    }
  }

  private static ConfigurableApplicationContext start(SpringApplication app, String[] common, String... more) {
    List<String> args = new ArrayList<>(List.of(common));
    args.addAll(List.of(more));
    return app.run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /** Prints one table and returns it as Markdown. */
  private static String table(String title, Map<String, Way> ways, Map<Way, List<Figures>> results,
      String threads) {
    System.out.printf("%n%s%n%-48s %12s %16s %24s %6s%n", title, "way", "requests/s", "B/req (Spring)", threads, "wrong");
    StringBuilder table = new StringBuilder("**" + title + "**\n\n| way | requests/s | B/req (Spring) | "
        + threads + " | wrong status |\n| --- | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, Way> way : ways.entrySet()) {
      List<Figures> rounds = results.get(way.getValue());
      double chain = median(rounds.stream().mapToDouble(Figures::chainBytes).toArray());
      String chainText = Double.isNaN(chain) ? "-" : String.format(Locale.ROOT, "%,.0f", chain);
      double perSecond = median(rounds.stream().mapToDouble(Figures::perSecond).toArray());
      double workers = median(rounds.stream().mapToDouble(Figures::workerBytes).toArray());
      int wrong = rounds.stream().mapToInt(Figures::wrong).sum();
      System.out.printf(Locale.ROOT, "%-48s %,12.0f %16s %,24.0f %6d%n", way.getKey(), perSecond, chainText, workers, wrong);
      table.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %,.0f | %d |\n", way.getKey(), perSecond,
          chainText, workers, wrong));
    }
    return table.toString();
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

  private static Figures run(Way way, int requests) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + way.port() + way.path());
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
    Map<Long, Long> workersBefore = workerAllocations(way.threads());
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
    // A worker started during the round counts from zero. Netty keeps its event loops; Tomcat
    // ends a worker only after a minute idle, and the clients keep them all busy, so none ends
    // during a round.
    long workerBytes = workerAllocations(way.threads()).entrySet().stream()
        .mapToLong(worker -> worker.getValue() - workersBefore.getOrDefault(worker.getKey(), 0L))
        .sum();
    long chainRequests = CHAIN_REQUESTS.sum() - chainRequestsBefore;
    return new Figures(requests / seconds, chainRequests == 0 ? Double.NaN
        : (double) (CHAIN_BYTES.sum() - chainBytesBefore) / chainRequests,
        (double) workerBytes / requests, wrong.get());
  }

  /** Bytes allocated so far by each of the server's request threads, by thread id. */
  private static Map<Long, Long> workerAllocations(String threads) {
    Map<Long, Long> bytes = new HashMap<>();
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().contains(threads)) {
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

package io.github.errata.micronaut;

import io.github.errata.micronaut.app.App;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Side by side, in one run on loopback: the same 404 (SAILING_NOT_FOUND, "No sailing 1742 on route
 * OBAN-CRAIGNURE.") answered by the Errata handler and by Micronaut's own
 * {@code HttpStatusException} (its default JSON error body), in the module's test application
 * (Micronaut 4 on Netty); a 200 gives the scale. For each: requests per second from 16 clients of
 * the JDK's HttpClient, and the bytes of the body; every response's status is checked. A
 * measurement, not a test:
 *
 * <pre>mvn -B -q -Pside-by-side -DskipTests -pl micronaut -am verify</pre>
 *
 * <p>Given a file (the build gives BENCHMARKS.md), it also writes its table there, between the
 * markers the benchmarks' report keeps when it rewrites the file.
 */
public final class SideBySide {
  private static final int CLIENTS = 16;
  private static final int WARMUP = 5_000;
  private static final int ROUNDS = 3;
  private static final int REQUESTS = 10_000;
  /** The benchmarks' report (benchmarks/…/report/Kept.java) keeps what is between these lines. */
  private static final String BEGIN = "<!-- begin micronaut-side-by-side -->";
  private static final String END = "<!-- end micronaut-side-by-side -->";

  private SideBySide() {}

  /** A route and the status it answers with. */
  private record Way(String path, int status) {}

  /** One round's figures. */
  private record Figures(double perSecond, long bodyBytes, int wrong) {}

  /**
   * Runs the measurement and prints a table.
   *
   * @param args none, or the Markdown file to write the table into as well
   * @throws Exception if the application or a client fails
   */
  public static void main(String[] args) throws Exception {
    try (EmbeddedServer server = App.start(Map.of())) {
      Map<String, Way> ways = new LinkedHashMap<>();
      ways.put("Errata handler (SailingNotFoundException)", new Way("/errors/ferry/SAILING_NOT_FOUND", 404));
      ways.put("Micronaut's HttpStatusException", new Way("/micronaut/sailings/1742", 404));
      ways.put("for scale: no error, 200 with a JSON body", new Way("/sailings/1742", 200));
      Map<String, List<Figures>> results = new LinkedHashMap<>();
      for (Map.Entry<String, Way> way : ways.entrySet()) {
        run(server.getPort(), way.getValue(), WARMUP);
        results.put(way.getKey(), new ArrayList<>());
      }
      // Rounds interleave the ways, so that a change in the machine's load falls on all of them.
      for (int round = 0; round < ROUNDS; round++) {
        for (Map.Entry<String, Way> way : ways.entrySet()) {
          results.get(way.getKey()).add(run(server.getPort(), way.getValue(), REQUESTS));
        }
      }
      String setup = String.format(Locale.ROOT, "%s, %d cores, %d clients, %d rounds of %,d requests each "
              + "(after %,d to warm up); median of rounds",
          System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), CLIENTS, ROUNDS, REQUESTS, WARMUP);
      System.out.println(setup);
      System.out.printf("%-44s %12s %12s %6s%n", "way", "requests/s", "body bytes", "wrong");
      StringBuilder table = new StringBuilder("| way | requests/s | body bytes | wrong status |\n"
          + "| --- | ---: | ---: | ---: |\n");
      for (Map.Entry<String, List<Figures>> way : results.entrySet()) {
        List<Figures> rounds = way.getValue();
        Object[] row = {way.getKey(),
            median(rounds.stream().mapToDouble(Figures::perSecond).toArray()),
            rounds.get(rounds.size() - 1).bodyBytes(),
            rounds.stream().mapToInt(Figures::wrong).sum()};
        System.out.printf(Locale.ROOT, "%-44s %,12.0f %12d %6d%n", row);
        table.append(String.format(Locale.ROOT, "| %s | %,.0f | %d | %d |\n", row));
      }
      if (args.length > 0) {
        writeSection(Path.of(args[0]), "Made by `mvn -B -q -Pside-by-side -DskipTests -pl micronaut -am verify` on "
            + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
            + ", a run of its own: " + setup + ". The same 404 (SAILING_NOT_FOUND) answered by the Errata "
            + "handler and by Micronaut's own `HttpStatusException` (its default JSON error body), in the "
            + "Micronaut adapter's test application (Micronaut 4 on Netty), over HTTP on loopback, read "
            + "by the JDK's HttpClient; a 200 gives the scale. A shared, busy machine: the figures are "
            + "rough.\n\n" + table);
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
        : text + "\n## Micronaut: the Errata handler beside Micronaut's own\n\n" + block + "\n");
  }

  private static Figures run(int port, Way way, int requests) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + way.path());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    AtomicLong bodyBytes = new AtomicLong();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/json").build();
        while (next.getAndIncrement() < requests) {
          HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          if (response.statusCode() != way.status()) {
            wrong.incrementAndGet();
          }
          bodyBytes.set(response.body().length);
        }
        return null;
      });
    }
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
    return new Figures(requests / seconds, bodyBytes.get(), wrong.get());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

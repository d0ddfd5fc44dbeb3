package io.github.errata.examples.quarkus;

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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Side by side, in one run on loopback against the packaged application ({@code java -jar
 * quarkus-run.jar}): the same 404 answered by errata-jaxrs (a {@code ParcelNotFoundException}) and
 * Quarkus's own way (a {@code WebApplicationException} carrying a JSON entity, written by Jackson),
 * with a 200 for scale. For each: requests per second from 16 clients, median of rounds; every
 * response's status is checked and counted when wrong. A measurement, not a test:
 *
 * <pre>mvn -B -q -Pside-by-side -DskipTests -pl examples/quarkus -am verify</pre>
 *
 * <p>Given a file (the build gives BENCHMARKS.md), it also writes its table there, between the
 * markers the benchmarks' report keeps when it rewrites the file.
 */
public final class SideBySide {
  private static final int CLIENTS = 16;
  private static final int WARMUP = 5_000;
  private static final int ROUNDS = 3;
  private static final int REQUESTS = 10_000;
  private static final UUID MISSING = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
  private static final String BEGIN = "<!-- begin quarkus-side-by-side -->";
  private static final String END = "<!-- end quarkus-side-by-side -->";
  private static final String COMMAND =
      "mvn -B -q -Pside-by-side -DskipTests -pl examples/quarkus -am verify";

  /** One way of answering, by its path and the status it must give. */
  private record Way(String name, String path, int status) {}

  private SideBySide() {
  }

  /**
   * Runs the measurement and prints its table.
   *
   * @param args the packaged application's directory, then optionally the Markdown file to write
   *     the table into as well
   */
  public static void main(String[] args) throws Exception {
    List<Way> ways = List.of(
        new Way("errata-jaxrs (ParcelNotFoundException)", "parcels/" + MISSING + "/any", 404),
        new Way("WebApplicationException + JSON entity (Jackson)",
            "parcels/" + MISSING + "/quarkus-way", 404),
        new Way("for scale: no error, 200 with a JSON body",
            "parcels/" + ParcelResource.KNOWN + "/any", 200));
    StringBuilder table = new StringBuilder("| way | requests/s | wrong status |\n| --- | ---: | ---: |\n");
    try (PackagedApplication app = PackagedApplication.start(
        Path.of(args[0], "quarkus-run.jar"), "-Dquarkus.log.category.\"io.github.errata.jaxrs\".level=OFF")) {
      for (Way way : ways) {
        run(app.root(), way, WARMUP);
      }
      for (Way way : ways) {
        double[] rates = new double[ROUNDS];
        int wrong = 0;
        for (int round = 0; round < ROUNDS; round++) {
          long start = System.nanoTime();
          wrong += run(app.root(), way, REQUESTS);
          rates[round] = REQUESTS / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        table.append(String.format(Locale.ROOT, "| %s | %,.0f | %d |%n", way.name(),
            rates[ROUNDS / 2], wrong));
      }
    }
    System.out.print(table);
    if (args.length > 1) {
      String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
          .format(ZonedDateTime.now(ZoneOffset.UTC));
      writeSection(Path.of(args[1]), String.format(Locale.ROOT, "Made by `%s` on %s, a run of its "
              + "own: %s %s, %d cores, %d clients, %d rounds of %,d requests each (after %,d per way "
              + "to warm up); median of rounds. The same 404 (PARCEL_NOT_FOUND) answered by "
              + "errata-jaxrs's mapper and by a `WebApplicationException` whose entity Jackson writes, "
              + "in the Quarkus example (Quarkus 3.33, quarkus-rest) started as `java -jar "
              + "quarkus-run.jar`, over HTTP on loopback; a 200 gives the scale. A shared machine's "
              + "figures are rough.%n%n%s",
          COMMAND, date, System.getProperty("java.vm.name"), System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), CLIENTS, ROUNDS, REQUESTS, WARMUP, table));
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
        : text + "\n## Quarkus: errata-jaxrs beside Quarkus's own\n\n" + block + "\n");
  }

  /** Sends {@code requests} requests from 16 clients; the number whose status was wrong. */
  private static int run(URI root, Way way, int requests) throws Exception {
    URI uri = root.resolve(way.path());
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
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (Future<Void> client : pool.invokeAll(clients, 5, TimeUnit.MINUTES)) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return wrong.get();
  }
}

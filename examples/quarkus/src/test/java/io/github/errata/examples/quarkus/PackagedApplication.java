package io.github.errata.examples.quarkus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as a user starts it,
 * {@code java -jar}, on a loopback port the OS chooses; its port is read from Quarkus's log line.
 * Closing it ends the process.
 */
final class PackagedApplication implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Listening on: (http://\\S+)");
  private static final long START_SECONDS = 120;
  /** The most lines of output kept; the rest is read and dropped. */
  private static final int KEPT_LINES = 10_000;

  private final Process process;
  private final URI root;
  private final List<String> output;

  private PackagedApplication(Process process, URI root, List<String> output) {
    this.process = process;
    this.root = root;
    this.output = output;
  }

  /**
   * Starts the jar and waits until it listens.
   *
   * @param jar the packaged application's {@code quarkus-run.jar}
   * @param options JVM options before {@code -jar}
   * @return the running application
   */
  static PackagedApplication start(Path jar, String... options)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it with mvn package first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dquarkus.http.port=0");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.addAll(List.of(options));
    command.add("-jar");
    command.add(jar.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<URI> listening = new CompletableFuture<>();
    Thread reader = new Thread(() -> read(process, output, listening), "quarkus-run output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new PackagedApplication(
          process, listening.get(START_SECONDS, TimeUnit.SECONDS), output);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      throw new IllegalStateException("the packaged application did not start: " + output, e);
    }
  }

  /**
   * Reads the process's output to its end (so the process never blocks on a full pipe), and
   * completes {@code listening} when Quarkus says where it listens.
   */
  private static void read(Process process, List<String> output, CompletableFuture<URI> listening) {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (output.size() < KEPT_LINES) {
          output.add(line);
        }
        Matcher matcher = LISTENING.matcher(line);
        if (!listening.isDone() && matcher.find()) {
          listening.complete(URI.create(matcher.group(1) + "/"));
        }
      }
      listening.completeExceptionally(new IllegalStateException("the process ended"));
    } catch (IOException e) {
      listening.completeExceptionally(e);
    }
  }

  /** The application's root, ending in a slash. */
  URI root() {
    return root;
  }

  /**
   * Waits until the application's output, read so far, is as wanted.
   *
   * @param wanted what the lines read so far must satisfy
   * @param timeout how long to wait at most
   * @return the lines read so far, which satisfy {@code wanted}
   * @throws AssertionError when they did not in time, with the output read
   */
  List<String> awaitOutput(Predicate<List<String>> wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> lines;
      synchronized (output) {
        lines = List.copyOf(output);
      }
      if (wanted.test(lines)) {
        return lines;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("the application's output is not as wanted: " + lines);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

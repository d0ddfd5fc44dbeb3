package io.github.errata.examples.quarkus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  private final Process process;
  private final URI root;

  private PackagedApplication(Process process, URI root) {
    this.process = process;
    this.root = root;
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
      return new PackagedApplication(process, listening.get(START_SECONDS, TimeUnit.SECONDS));
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
        if (output.size() < 1_000) {
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

package io.github.errata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a measurement ran on: cores, memory, CPU model, operating system and JDK. */
record Machine(int cores, String cpu, String memory, String os, String jdk) {

  /** This machine, as far as it tells. */
  static Machine current() {
    Runtime runtime = Runtime.getRuntime();
    String cpu = field(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    String memory = field(Path.of("/proc/meminfo"), "MemTotal")
        .map(total -> String.format("%.1f GiB", Long.parseLong(total.replaceAll("\\D", "")) / 1048576.0))
        .orElse("unknown");
    String distribution = field(Path.of("/etc/os-release"), "PRETTY_NAME")
        .map(name -> name.replace("\"", "") + ", ")
        .orElse("");
    String os = distribution + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version");
    return new Machine(runtime.availableProcessors(), cpu, memory, os, jdk);
  }

  /** The value of the first line {@code name: value} or {@code name=value} of a system file. */
  private static Optional<String> field(Path file, String name) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        if (line.startsWith(name)) {
          int separator = line.indexOf(line.contains(":") ? ':' : '=');
          if (separator > 0 && line.substring(0, separator).trim().equals(name)) {
            return Optional.of(line.substring(separator + 1).trim());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or not readable: the report says less about the machine.
    }
    return Optional.empty();
  }
}

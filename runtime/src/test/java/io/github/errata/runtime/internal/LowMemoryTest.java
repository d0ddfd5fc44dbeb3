package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.WireFormat;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** In a JVM of 64 MB of heap, 60 MB bodies are read, each as its limits say. */
class LowMemoryTest {

  @Test
  void sixtyMegabyteBodiesAreReadInSixtyFourMegabytesOfHeap() throws Exception {
    String classPath = String.join(File.pathSeparator, location(LowMemoryReading.class),
        location(CatalogSpec.class), location(WireFormat.class));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m", "-cp", classPath, LowMemoryReading.class.getName())
        .redirectErrorStream(true)
        .start();
    child.getOutputStream().close();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8);
    assertTrue(child.waitFor(2, TimeUnit.MINUTES), "still running: " + output);
    assertEquals(0, child.exitValue(), output);
    assertEquals(4, output.lines().filter(line -> line.startsWith("ok ")).count(), output);
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}

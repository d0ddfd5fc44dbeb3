package io.github.errata.sample.demo;

import io.github.errata.sample.JourneyErrors;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The documentation page the processor wrote for the catalog, found where it ships: on the classpath. */
record DocsPage(URL location, List<String> lines) {

  static final String RESOURCE = "META-INF/errata/" + JourneyErrors.class.getCanonicalName() + ".md";

  /** The page, or empty if the build did not put it on the classpath. */
  static Optional<DocsPage> find() throws IOException {
    URL location = DocsPage.class.getClassLoader().getResource(RESOURCE);
    if (location == null) {
      return Optional.empty();
    }
    try (InputStream in = location.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Optional.of(new DocsPage(location, text.lines().toList()));
    }
  }

  /** Where the page is, then its first lines. */
  String excerpt(int count) {
    StringBuilder excerpt = new StringBuilder("documentation page: ").append(location).append('\n');
    lines.stream().limit(count).forEach(line -> excerpt.append("  | ").append(line).append('\n'));
    return excerpt.append("  | ... (").append(lines.size()).append(" lines)").toString();
  }
}

package io.github.errata.sample.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runnable demo: a server throws the catalog's errors and a client decodes them back. */
public final class Demo {

  private Demo() {
  }

  /**
   * Runs the demo and prints what came back; exits 0 only when every error round-tripped.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    DemoResult result;
    try {
      result = run();
    } catch (IOException | InterruptedException e) {
      System.err.println("demo failed: the client could not talk to the server: " + e);
      System.exit(1);
      return;
    }
    ResultTable.print(result.rows(), System.out);
    System.out.println();
    System.out.println("The shop API, whose catalog speaks RFC 9457:");
    result.shop().forEach(row -> System.out.println(row.describe()));
    System.out.println();
    System.out.println("The same API asked in German (Accept-Language: de-CH, de;q=0.9, en;q=0.5):");
    System.out.println(result.german().describe());
    System.out.println(result.summary());
    Optional<DocsPage> page;
    try {
      page = DocsPage.find();
    } catch (IOException e) {
      page = Optional.empty();
    }
    if (page.isPresent()) {
      System.out.println();
      System.out.println(page.get().excerpt(8));
    } else {
      System.err.println("demo failed: no " + DocsPage.RESOURCE + " on the classpath");
      System.exit(1);
    }
    if (!result.passed()) {
      result.failures().forEach(failure -> System.err.println("mismatch: " + failure));
      System.err.println("demo failed: the client did not get back what the server threw");
    }
    // Exit explicitly: the exit code is the demo's verdict for the build that runs it.
    System.exit(result.passed() ? 0 : 1);
  }

  /** Starts the server on 127.0.0.1, makes every call, stops the server, and checks each answer. */
  static DemoResult run() throws IOException, InterruptedException {
    List<RoundTrip> rows = new ArrayList<>();
    List<ShopRoundTrip> shop = new ArrayList<>();
    GermanCall german;
    DemoServer server = DemoServer.start();
    try {
      DemoClient client = new DemoClient(server.baseUri());
      for (ApiCall call : DemoCalls.all()) {
        ApiResponse response = client.send(call);
        rows.add(RoundTrip.check(call, response,
            server.thrown(response.requestId()).orElse(null)));
      }
      for (String path : DemoCalls.shop()) {
        shop.add(client.sendShop(path, server));
      }
      german = client.sendInGerman(DemoCalls.GERMAN, server);
    } finally {
      server.close();
    }
    return new DemoResult(List.copyOf(rows), List.copyOf(shop), german);
  }
}

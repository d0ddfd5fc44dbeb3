package io.github.errata.sample.demo;

import io.github.errata.sample.JourneyErrorDecoder;
import java.io.IOException;
import io.github.errata.sample.problem.ShopErrorDecoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The demo's API client: sends calls with java.net.http and decodes every error answer. */
final class DemoClient {

  private final URI base;
  private final HttpClient http;
  private int sent;

  /** A client of the server at {@code base}. */
  DemoClient(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder()
        // Straight to the server: a proxy set in the environment must not see the demo.
        .proxy(HttpClient.Builder.NO_PROXY)
        // The JDK server speaks HTTP/1.1 only; asking for h2c would only add an upgrade dance.
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  /** Sends the call as often as it says, and returns the last answer. */
  ApiResponse send(ApiCall call) throws IOException, InterruptedException {
    ApiResponse last = null;
    for (int i = 0; i < call.times(); i++) {
      last = sendOnce(call);
    }
    return last;
  }

  private ApiResponse sendOnce(ApiCall call) throws IOException, InterruptedException {
    String requestId = "demo-" + ++sent;
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path()))
        .timeout(Duration.ofSeconds(5))
        .header(DemoServer.REQUEST_ID, requestId)
        .header("Accept", "application/json")
        .header("Authorization", basic(DemoServer.ACCOUNT, call.password()));
    if (call.json() == null) {
      request.method(call.method(), BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(call.method(), BodyPublishers.ofString(call.json()));
    }
    HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
    int status = response.statusCode();
    byte[] body = response.body();
    return new ApiResponse(requestId, status,
        response.headers().firstValue("Content-Type").orElse(""), body,
        status >= 400 ? JourneyErrorDecoder.decode(status, body) : null);
  }

  /**
   * Asks for a path in German, as a browser set to German does, and decodes the answer.
   *
   * @param path the path
   * @param server the server, which says what it threw
   * @return the call, checked
   */
  GermanCall sendInGerman(String path, DemoServer server)
      throws IOException, InterruptedException {
    String requestId = "demo-" + ++sent;
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(5))
        .header(DemoServer.REQUEST_ID, requestId)
        .header("Accept", "application/json")
        .header("Accept-Language", "de-CH, de;q=0.9, en;q=0.5")
        .header("Authorization", basic(DemoServer.ACCOUNT, DemoServer.PASSWORD))
        .GET()
        .build();
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    return GermanCall.check(response.statusCode(),
        response.headers().firstValue("Content-Language").orElse(""), response.body(),
        JourneyErrorDecoder.decode(response.statusCode(), response.body()),
        server.thrown(requestId).orElse(null));
  }

  /**
   * Asks the shop API for a path, and decodes its problem with the shop catalog's decoder.
   *
   * @param path the path, under {@code /shop/}
   * @param server the server, which says what it threw
   * @return the call, checked
   */
  ShopRoundTrip sendShop(String path, DemoServer server) throws IOException, InterruptedException {
    String requestId = "demo-" + ++sent;
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(5))
        .header(DemoServer.REQUEST_ID, requestId)
        .header("Accept", "application/problem+json")
        .GET()
        .build();
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    return ShopRoundTrip.check(path, response.headers().firstValue("Content-Type").orElse(""),
        new String(response.body(), StandardCharsets.UTF_8),
        server.shopThrown(requestId).orElse(null),
        ShopErrorDecoder.decode(response.statusCode(), response.body()));
  }

  private static String basic(String user, String password) {
    byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair);
  }
}

package io.github.errata.sample.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.errata.sample.problem.OrderNotFoundException;
import io.github.errata.sample.problem.OutOfStockException;
import io.github.errata.sample.problem.PaymentRefusedException;
import io.github.errata.sample.problem.ShopClosedException;
import io.github.errata.sample.problem.ShopErrors;
import io.github.errata.sample.problem.ShopException;
import java.io.IOException;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The demo's second API, under {@code /shop/}, whose catalog speaks RFC 9457: every route fails
 * with one of {@link ShopErrors}, answered as {@code application/problem+json} with the request
 * path as the problem's {@code instance}.
 */
final class ShopApi implements HttpHandler {

  private final BiConsumer<HttpExchange, ShopException> observer;

  /** The API; {@code observer} sees every error answered. */
  ShopApi(BiConsumer<HttpExchange, ShopException> observer) {
    this.observer = observer;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      route(exchange.getRequestURI().getPath());
    } catch (ShopException e) {
      e.withInstance(exchange.getRequestURI().getPath());
      observer.accept(exchange, e);
      HttpResponses.send(exchange, e.status(), e.mediaType(), e.toJsonBytes());
    } finally {
      exchange.close();
    }
  }

  /** Every route of the shop fails, each in its own way. */
  private static void route(String path) {
    String[] parts = path.split("/");
    String what = parts.length > 2 ? parts[2] : "";
    String which = parts.length > 3 ? parts[3] : "";
    switch (what) {
      case "items" -> throw new OutOfStockException(which, 2, !which.startsWith("LAST-"));
      case "orders" -> throw new OrderNotFoundException(UUID.fromString(which));
      case "payments" -> throw new PaymentRefusedException(
          ShopErrors.PaymentMethod.valueOf(which), 1999L, 0.93);
      default -> throw new ShopClosedException();
    }
  }
}

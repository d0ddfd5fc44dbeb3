package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.sample.problem.OrderNotFoundException;
import io.github.errata.sample.problem.OutOfStockException;
import io.github.errata.sample.problem.ShopClosedException;
import io.github.errata.sample.problem.ShopException;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zalando.problem.Problem;
import org.zalando.problem.jackson.ProblemModule;

/**
 * Zalando Problem's reader (Jackson 2 with its {@code ProblemModule}) reads the bodies of the
 * sample's PROBLEM_JSON catalog with every member: type URI, title, status, detail, instance, and
 * each typed argument as a parameter of its JSON type.
 */
class ZalandoProblemTest {

  private static final ObjectMapper ZALANDO = new ObjectMapper().registerModule(new ProblemModule());

  @Test
  void everyMemberOfAnErrataProblemIsReadByZalando() throws IOException {
    OutOfStockException thrown = new OutOfStockException("MUG-01", 2, true);
    thrown.withInstance("/orders/7");
    Problem problem = read(thrown);
    assertEquals(URI.create("https://shop.example.com/problems#OUT_OF_STOCK"), problem.getType());
    assertEquals("Out of stock.", problem.getTitle());
    assertEquals(409, problem.getStatus().getStatusCode());
    assertEquals("Only 2 of MUG-01 left (backorder: true).", problem.getDetail());
    assertEquals(URI.create("/orders/7"), problem.getInstance());
    assertEquals(Map.of("sku", "MUG-01", "left", 2, "backorder", true), problem.getParameters());
  }

  @Test
  void aUuidArgumentIsAStringAndAnErrorWithoutArgumentsHasNoParameters() throws IOException {
    UUID id = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
    Problem order = read(new OrderNotFoundException(id));
    assertEquals(Map.of("orderId", id.toString()), order.getParameters());
    assertNull(order.getInstance());

    Problem closed = read(new ShopClosedException());
    assertEquals(503, closed.getStatus().getStatusCode());
    assertEquals("Shop closed.", closed.getDetail());
    assertEquals(Map.of(), closed.getParameters());
  }

  private static Problem read(ShopException thrown) throws IOException {
    return ZALANDO.readValue(thrown.toJsonBytes(), Problem.class);
  }
}

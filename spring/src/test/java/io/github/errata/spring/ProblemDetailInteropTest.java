package io.github.errata.spring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.sample.problem.OutOfStockException;
import io.github.errata.sample.problem.PaymentRefusedException;
import io.github.errata.sample.problem.ShopErrorDecoder;
import io.github.errata.sample.problem.ShopErrors.PaymentMethod;
import io.github.errata.sample.problem.ShopException;
import io.github.errata.sample.problem.UnknownShopException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

/**
 * RFC 9457 both ways between Spring Framework 7's {@link ProblemDetail} and a PROBLEM_JSON catalog
 * (the sample's {@code ShopErrors}), through the converter Spring MVC writes and reads problems with:
 * {@link JacksonJsonHttpMessageConverter}, Jackson 3 with Spring's {@code ProblemDetailJacksonMixin}.
 */
class ProblemDetailInteropTest {

  private final JacksonJsonHttpMessageConverter spring = new JacksonJsonHttpMessageConverter();

  @Test
  void aProblemDetailWrittenBySpringDecodesWithNothingLost() throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Your current balance is 30, but that costs 50.");
    problem.setType(URI.create("https://example.com/probs/out-of-credit"));
    problem.setTitle("You do not have enough credit.");
    problem.setInstance(URI.create("/account/12345/msgs/abc"));
    problem.setProperty("balance", 30);
    problem.setProperty("accounts", List.of("/account/12345", "/account/67890"));
    problem.setProperty("overdrawn", false);
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    spring.write(problem, MediaType.APPLICATION_PROBLEM_JSON, out);

    ShopException decoded = ShopErrorDecoder.decode(403, out.getBodyAsBytes());

    assertThat(decoded).isInstanceOf(UnknownShopException.class);
    assertThat(((UnknownShopException) decoded).reason()).isNull();
    assertThat(decoded.type()).isEqualTo("https://example.com/probs/out-of-credit");
    assertThat(decoded.title()).isEqualTo("You do not have enough credit.");
    assertThat(decoded.status()).isEqualTo(403);
    assertThat(decoded.detail()).isEqualTo("Your current balance is 30, but that costs 50.");
    assertThat(decoded.instance()).isEqualTo("/account/12345/msgs/abc");
    assertThat(decoded.extensions()).containsExactlyInAnyOrderEntriesOf(Map.of("balance", 30,
        "accounts", List.of("/account/12345", "/account/67890"), "overdrawn", false));
  }

  @Test
  void springsDefaultProblemOfAnUnhandledErrorIsUnknownWithItsStatusTitleAndInstance()
      throws IOException {
    // What Spring MVC answers for an exception it maps itself: type about:blank, which Spring's
    // converter leaves out of the body (RFC 9457: absent means about:blank).
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.METHOD_NOT_ALLOWED);
    problem.setDetail("Method 'DELETE' is not supported.");
    problem.setInstance(URI.create("/shop/orders"));
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    spring.write(problem, MediaType.APPLICATION_PROBLEM_JSON, out);

    assertThat(out.getBodyAsString()).doesNotContain("\"type\"");
    ShopException decoded = ShopErrorDecoder.decode(405, out.getBodyAsBytes());

    assertThat(decoded).isInstanceOf(UnknownShopException.class);
    assertThat(decoded.type()).isNull();
    assertThat(decoded.status()).isEqualTo(405);
    assertThat(decoded.title()).isEqualTo("Method Not Allowed");
    assertThat(decoded.detail()).isEqualTo("Method 'DELETE' is not supported.");
    assertThat(decoded.instance()).isEqualTo("/shop/orders");
    assertThat(decoded.extensions()).isEmpty();
  }

  @Test
  void aBodyOfTheCatalogIsReadBySpringsProblemDetailWithEveryMember() throws IOException {
    OutOfStockException thrown = new OutOfStockException("MUG-01", 2, true);
    thrown.withInstance("/orders/7");
    ProblemDetail read = read(thrown);
    assertThat(read.getType()).isEqualTo(URI.create("https://shop.example.com/problems#OUT_OF_STOCK"));
    assertThat(read.getTitle()).isEqualTo("Out of stock.");
    assertThat(read.getStatus()).isEqualTo(409);
    assertThat(read.getDetail()).isEqualTo("Only 2 of MUG-01 left (backorder: true).");
    assertThat(read.getInstance()).isEqualTo(URI.create("/orders/7"));
    assertThat(read.getProperties()).containsExactlyInAnyOrderEntriesOf(
        Map.of("sku", "MUG-01", "left", 2, "backorder", true));
    assertThat(List.copyOf(read.getProperties().keySet())).containsExactly("sku", "left", "backorder");

    ProblemDetail payment = read(new PaymentRefusedException(PaymentMethod.TRANSFER, 1999L, 0.25));
    assertThat(payment.getInstance()).isNull();
    assertThat(payment.getProperties()).containsExactlyInAnyOrderEntriesOf(
        Map.of("method", "TRANSFER", "amountCents", 1999, "risk", 0.25));
  }

  private ProblemDetail read(ShopException thrown) throws IOException {
    MockHttpInputMessage in = new MockHttpInputMessage(thrown.toJsonBytes());
    in.getHeaders().setContentType(MediaType.parseMediaType(thrown.mediaType()));
    assertThat(new String(thrown.toJsonBytes(), UTF_8)).startsWith("{\"type\":");
    return (ProblemDetail) spring.read(ProblemDetail.class, in);
  }
}

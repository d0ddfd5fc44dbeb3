package io.github.errata.jaxrs.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-written stand-in for what the processor will generate from a catalog of a shop's errors,
 * until it generates subclasses of {@link ApiErrorException}: the adapter is tested against the
 * same base class and decoder contract the generated code will have.
 */
public final class ShopCatalogStandIn {
  private static final String DOCS = "https://docs.example.com/shop-errors#";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT_CHARS = 64;

  // The errors' specs live here, not in their classes: the decoder's table below needs them, and
  // a class that made its own would meet the table half-built when it is loaded first.
  private static final ErrorSpec ORDER_NOT_FOUND =
      spec("ORDER_NOT_FOUND", 404, "Order not found.", false,
          List.of("orderId"), "No order with ID '", "'.");
  private static final ErrorSpec OUT_OF_STOCK =
      spec("OUT_OF_STOCK", 409, "Out of stock.", false,
          List.of("sku", "available"), "Item ", " has only ", " left.");
  private static final ErrorSpec TOO_MANY_REQUESTS =
      spec("TOO_MANY_REQUESTS", 429, "Too Many Requests.", true,
          List.of(), "Request rate limit exceeded. Try again later.");
  private static final ErrorSpec PAYMENT_PROVIDER_DOWN =
      spec("PAYMENT_PROVIDER_DOWN", 503, "Payment provider down.",
          true, List.of("provider"), "The ", " payment provider is not answering.");

  private ShopCatalogStandIn() {
  }

  /** A payment provider, to show an enum argument. */
  public enum Provider { CARDS, WALLET }

  /** The catalog's base. */
  public abstract static sealed class ShopException extends ApiErrorException
      permits OrderNotFoundException, OutOfStockException, TooManyRequestsException,
          PaymentProviderDownException, UnknownShopException {
    private static final long serialVersionUID = 1L;

    ShopException(ErrorSpec spec, Object[] arguments, Throwable cause) {
      super(spec, arguments, cause);
    }

    ShopException(ErrorSpec spec, Received received) {
      super(spec, received);
    }
  }

  /** 404: no order with that ID. */
  public static final class OrderNotFoundException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** @param orderId the order asked for */
    public OrderNotFoundException(UUID orderId) {
      super(ORDER_NOT_FOUND, new Object[] {orderId}, null);
    }

    OrderNotFoundException(Received received) {
      super(ORDER_NOT_FOUND, received);
    }

    /** The order asked for. */
    public UUID orderId() {
      return (UUID) argument(0);
    }
  }

  /** 409: fewer items in stock than asked for. */
  public static final class OutOfStockException extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * @param sku the item
     * @param available how many are left
     */
    public OutOfStockException(String sku, int available) {
      super(OUT_OF_STOCK, new Object[] {sku, available}, null);
    }

    OutOfStockException(Received received) {
      super(OUT_OF_STOCK, received);
    }

    /** The item. */
    public String sku() {
      return (String) argument(0);
    }

    /** How many are left. */
    public Integer available() {
      return (Integer) argument(1);
    }
  }

  /** 429: too many requests; retryable. */
  public static final class TooManyRequestsException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** The error. */
    public TooManyRequestsException() {
      super(TOO_MANY_REQUESTS, new Object[0], null);
    }

    TooManyRequestsException(Received received) {
      super(TOO_MANY_REQUESTS, received);
    }
  }

  /** 503: a payment provider is down; retryable, with a stack trace. */
  public static final class PaymentProviderDownException extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * @param provider the provider
     * @param cause why
     */
    public PaymentProviderDownException(Provider provider, Throwable cause) {
      super(PAYMENT_PROVIDER_DOWN, new Object[] {provider}, cause);
    }

    PaymentProviderDownException(Received received) {
      super(PAYMENT_PROVIDER_DOWN, received);
    }

    /** The provider. */
    public Provider provider() {
      return (Provider) argument(0);
    }
  }

  /** A body of a type the catalog does not know, or one that could not be read. */
  public static final class UnknownShopException extends ShopException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final String excerpt;

    UnknownShopException(Received received) {
      super(null, received);
      this.reason = received.reason();
      this.excerpt = received.excerpt();
    }

    /** Why the body could not be read; null where only its type is unknown. */
    public String reason() {
      return reason;
    }

    /** The start of an unreadable body. */
    public String excerpt() {
      return excerpt;
    }
  }

  private static ErrorSpec spec(String type, int status, String title, boolean retryable,
      List<String> parameters, String... literals) {
    return new ErrorSpec(WireFormat.JSON, type, status, title, DOCS + type, retryable,
        status >= 500, parameters, List.of(literals));
  }

  /** One error as the decoder needs it: its spec, how to read each placeholder, how to make it. */
  private record Decodable(ErrorSpec spec, List<Function<String, Object>> readers,
      Function<Received, ShopException> make) {
  }

  private static final Map<String, Decodable> BY_TYPE = Map.of(
      "ORDER_NOT_FOUND", new Decodable(ORDER_NOT_FOUND,
          List.of(UUID::fromString), OrderNotFoundException::new),
      "OUT_OF_STOCK", new Decodable(OUT_OF_STOCK,
          List.of(text -> text, Integer::valueOf), OutOfStockException::new),
      "TOO_MANY_REQUESTS", new Decodable(TOO_MANY_REQUESTS,
          List.of(), TooManyRequestsException::new),
      "PAYMENT_PROVIDER_DOWN", new Decodable(PAYMENT_PROVIDER_DOWN,
          List.of(Provider::valueOf), PaymentProviderDownException::new));

  /**
   * The stand-in decoder, with {@code ErrorDecoder}'s contract: never throws.
   *
   * @param status the HTTP status
   * @param body the body, or null
   * @return the exception
   */
  public static ShopException decode(int status, byte[] body) {
    JsonNode tree;
    try {
      tree = body == null || body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException notJson) {
      return unreadable(status, "not JSON", body);
    }
    if (tree == null || !tree.isObject()) {
      return unreadable(status, "not a JSON object", body);
    }
    String type = text(tree, "type");
    String detail = text(tree, "detail");
    Decodable error = type == null ? null : BY_TYPE.get(type);
    Object[] arguments = error == null ? null : match(error, detail);
    Received received = new Received(status, type, text(tree, "title"), detail, text(tree, "see"),
        null, Map.of(), arguments, "application/json", null, null);
    return error == null ? new UnknownShopException(received) : error.make().apply(received);
  }

  private static Object[] match(Decodable error, String detail) {
    Object[] arguments = new Object[error.readers().size()];
    if (detail == null) {
      return arguments;
    }
    StringBuilder regex = new StringBuilder();
    List<String> literals = Arrays.asList(literalsOf(error.spec()));
    for (int i = 0; i < literals.size(); i++) {
      regex.append(i == 0 ? "" : "(.*?)").append(Pattern.quote(literals.get(i)));
    }
    Matcher matcher = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(detail);
    if (matcher.matches()) {
      for (int i = 0; i < arguments.length; i++) {
        try {
          arguments[i] = error.readers().get(i).apply(matcher.group(i + 1));
        } catch (IllegalArgumentException unreadable) {
          arguments[i] = null;
        }
      }
    }
    return arguments;
  }

  /** ErrorSpec keeps its literals private: the stand-in gets them back from a detail of markers. */
  private static String[] literalsOf(ErrorSpec spec) {
    int count = spec.argumentMap(null).size();
    Object[] markers = new Object[count];
    Arrays.setAll(markers, i -> "\u0000");
    return spec.detail(markers).split("\u0000", -1);
  }

  private static String text(JsonNode tree, String name) {
    JsonNode value = tree.get(name);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static UnknownShopException unreadable(int status, String reason, byte[] body) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    String excerpt = text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) : text;
    return new UnknownShopException(new Received(status, null, null, null, null, null, Map.of(),
        null, "application/json", reason, excerpt));
  }
}

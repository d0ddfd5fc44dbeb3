package io.github.errata.jaxrs;

import io.github.errata.jaxrs.shop.OrderNotFoundException;
import io.github.errata.jaxrs.shop.OutOfStockException;
import io.github.errata.jaxrs.shop.PaymentProviderDownException;
import io.github.errata.jaxrs.shop.Provider;
import io.github.errata.jaxrs.shop.TooManyRequestsException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;

/**
 * A shop's resources, throwing its catalog's errors as an application would. They declare no
 * {@code @Produces}, so that a request with any {@code Accept} reaches them.
 */
@Path("shop")
public class ShopResource {

  /** How many items of any kind are left, in this shop. */
  static final int AVAILABLE = 2;

  /** Made by Jersey for each request. */
  public ShopResource() {
  }

  /** Never finds the order. */
  @GET
  @Path("orders/{id}")
  public String order(@PathParam("id") UUID id) {
    throw new OrderNotFoundException(id);
  }

  /** Never has enough. */
  @POST
  @Path("stock/{sku}")
  public String reserve(@PathParam("sku") String sku) {
    throw new OutOfStockException(sku, AVAILABLE);
  }

  /** Always over the limit; asks the client to wait {@code retryMillis}, where given. */
  @GET
  @Path("limited")
  public String limited(@QueryParam("retryMillis") Long retryMillis) {
    TooManyRequestsException error = new TooManyRequestsException();
    if (retryMillis != null) {
      error.withRetryAfter(Duration.ofMillis(retryMillis));
    }
    throw error;
  }

  /** The payment provider never answers. */
  @GET
  @Path("pay")
  public String pay() {
    throw new PaymentProviderDownException(Provider.WALLET, new IOException("connect timed out"));
  }

  /**
   * The catalog's 503, as a server that does not use Errata's adapter might send it: with
   * {@code Retry-After} as an HTTP date, {@code inSeconds} from now.
   */
  @GET
  @Path("down-until")
  public Response downUntil(@QueryParam("inSeconds") long inSeconds) {
    PaymentProviderDownException error = new PaymentProviderDownException(Provider.CARDS, null);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(inSeconds));
    return Response.status(error.status()).type(error.mediaType()).entity(error.toJsonBytes())
        .header(HttpHeaders.RETRY_AFTER, date).build();
  }

  /** What a proxy in front of the API answers when the API is down. */
  @GET
  @Path("behind-proxy")
  public Response behindProxy() {
    return Response.status(502).type(MediaType.TEXT_HTML)
        .entity("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
  }

  /** A body far larger than any error's, as a misbehaving server might send. */
  @GET
  @Path("huge")
  public Response huge(@QueryParam("bytes") int bytes) {
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) 'x');
    return Response.status(500).type(MediaType.TEXT_PLAIN).entity(body).build();
  }

  /** A call that works. */
  @GET
  @Path("hello")
  @Produces(MediaType.TEXT_PLAIN)
  public String hello() {
    return "hello";
  }

  /** Fails with an exception the application maps itself. */
  @GET
  @Path("bad-input")
  public String badInput() {
    throw new IllegalArgumentException("count must be positive");
  }

  /** Fails with an exception no one maps. */
  @GET
  @Path("bug")
  public String bug() {
    throw new IllegalStateException("a bug");
  }
}

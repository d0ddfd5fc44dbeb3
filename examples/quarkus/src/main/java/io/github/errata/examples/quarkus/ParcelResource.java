package io.github.errata.examples.quarkus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The parcel service's resources. They throw the catalog's exceptions and register nothing of
 * Errata's: errata-jaxrs on the classpath answers them.
 *
 * <p>Those that must reach their {@code throw} whatever the request's {@code Accept} return a
 * {@code Response}: for a method that returns an entity type (a {@code String} too), Quarkus REST
 * picks the writer before the method runs and answers 406 to an {@code Accept} it cannot write,
 * so nothing is thrown and no mapper can answer.
 */
@Path("parcels")
public class ParcelResource {

  /** The one parcel the service knows. */
  public static final UUID KNOWN = UUID.fromString("5b8c7a0e-3f1d-4c2b-9e6a-0d4f8a1b2c3d");

  /** The most a parcel may weigh, in grams. */
  public static final int MAX_GRAMS = 30_000;

  /** Made by Quarkus. */
  public ParcelResource() {
  }

  /**
   * The parcel with that ID. Its return type is a typed entity: Quarkus REST answers 406 before
   * this runs where the {@code Accept} names nothing Jackson writes.
   */
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Parcel parcel(@PathParam("id") UUID id) {
    if (!KNOWN.equals(id)) {
      throw new ParcelNotFoundException(id);
    }
    return new Parcel(id, 1_200);
  }

  /** The same lookup with no {@code @Produces} and a {@code Response}: any {@code Accept} reaches it. */
  @GET
  @Path("{id}/any")
  public Response parcelForAnyAccept(@PathParam("id") UUID id) {
    return Response.ok(parcel(id), MediaType.APPLICATION_JSON).build();
  }

  /** Accepts a parcel up to {@link #MAX_GRAMS}. */
  @POST
  public Response send(@QueryParam("grams") int grams) {
    if (grams <= 0) {
      throw new IllegalArgumentException("grams must be positive");
    }
    if (grams > MAX_GRAMS) {
      throw new ParcelTooHeavyException(grams, MAX_GRAMS);
    }
    return Response.ok("accepted", MediaType.TEXT_PLAIN).build();
  }

  /** Always over the limit; asks the client to wait {@code retryMillis}, where given. */
  @GET
  @Path("quota")
  public Response quota(@QueryParam("retryMillis") Long retryMillis) {
    TooManyRequestsException error = new TooManyRequestsException();
    if (retryMillis != null) {
      error.withRetryAfter(Duration.ofMillis(retryMillis));
    }
    throw error;
  }

  /** The carrier's tracking never answers. */
  @GET
  @Path("track/{carrier}")
  public Response track(@PathParam("carrier") Carrier carrier) {
    throw new CarrierUnavailableException(carrier, new IOException("connect timed out"));
  }

  /**
   * The same 404 as {@link #parcel}, answered Quarkus's own way, without Errata: a
   * {@code WebApplicationException} carrying a JSON entity. The side-by-side measures both.
   */
  @GET
  @Path("{id}/quarkus-way")
  public Response quarkusWay(@PathParam("id") UUID id) {
    throw new WebApplicationException(Response.status(404).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("type", "PARCEL_NOT_FOUND", "title", "Parcel not found.",
            "detail", "No parcel with ID '" + id + "'."))
        .build());
  }

  /** What a proxy in front of the API answers when the API is down. */
  @GET
  @Path("behind-proxy")
  public Response behindProxy() {
    return Response.status(502).type(MediaType.TEXT_HTML)
        .entity("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
  }

  /** Fails with an exception no one maps: Quarkus's own 500. */
  @GET
  @Path("bug")
  public Response bug() {
    throw new IllegalStateException("a bug");
  }
}

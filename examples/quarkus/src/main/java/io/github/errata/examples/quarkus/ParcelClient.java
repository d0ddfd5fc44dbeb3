package io.github.errata.examples.quarkus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The parcel API as its clients call it: a MicroProfile REST client on which the generated mapper is
 * the one line that makes every 4xx and 5xx throw the catalog's typed exception.
 */
@Path("parcels")
@RegisterRestClient(configKey = "parcels")
@RegisterProvider(ParcelResponseExceptionMapper.class)
public interface ParcelClient {

  /**
   * A parcel.
   *
   * @param id its ID
   * @return the parcel
   * @throws ParcelNotFoundException where there is none
   */
  @GET
  @Path("{id}")
  Parcel parcel(@PathParam("id") UUID id);

  /**
   * Sends a parcel.
   *
   * @param grams what it weighs
   * @return the service's answer
   */
  @POST
  String send(@QueryParam("grams") int grams);

  /**
   * Always over the limit.
   *
   * @param retryMillis how long the server asks to wait
   * @return never
   */
  @GET
  @Path("quota")
  String quota(@QueryParam("retryMillis") Long retryMillis);

  /**
   * A carrier's tracking, never answering.
   *
   * @param carrier the carrier
   * @return never
   */
  @GET
  @Path("track/{carrier}")
  String track(@PathParam("carrier") Carrier carrier);

  /**
   * A proxy's error page.
   *
   * @return never
   */
  @GET
  @Path("behind-proxy")
  String behindProxy();
}

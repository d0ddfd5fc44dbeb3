package io.github.errata.micronaut.app;

import io.github.errata.micronaut.ErrataClient;
import io.github.errata.micronaut.ferry.FerryErrorDecoder;
import io.micronaut.http.client.annotation.Client;

/** A client whose methods are all inherited from the API interface: the annotation is here only. */
@Client("/")
@ErrataClient(FerryErrorDecoder.class)
public interface InheritingClient extends SailingApi {
}

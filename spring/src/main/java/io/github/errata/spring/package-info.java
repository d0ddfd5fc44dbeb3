/**
 * Errata for Spring Framework 7 and Spring Boot 4: {@link io.github.errata.spring.ErrataAutoConfiguration}
 * makes any catalog's exception thrown from a controller or a functional endpoint answer with its
 * own status and body, with no code, on Spring MVC ({@link io.github.errata.spring.ErrataExceptionHandler})
 * and on Spring WebFlux ({@link io.github.errata.spring.ErrataWebExceptionHandler}), and records it
 * on the request's observation; {@link io.github.errata.spring.ErrataErrorHandler} (for
 * {@code RestClient}, {@code RestTemplate} and {@code @HttpExchange} clients) and
 * {@link io.github.errata.spring.ErrataExchangeFilter} (for {@code WebClient}) turn error responses
 * back into the catalog's typed exceptions.
 */
package io.github.errata.spring;

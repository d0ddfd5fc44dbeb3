package io.github.errata.micronaut;

import io.micronaut.http.annotation.FilterMatcher;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link ErrataClientFilter} to the declarative clients annotated with {@link ErrataClient}
 * (Micronaut applies a client filter that bears a {@link FilterMatcher} annotation only to the
 * clients that bear it too). Applications use {@link ErrataClient}, not this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@FilterMatcher
public @interface ErrataClientBinding {
}

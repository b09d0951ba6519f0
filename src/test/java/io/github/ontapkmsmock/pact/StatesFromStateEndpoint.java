package io.github.ontapkmsmock.pact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pact-jvm provider test whose provider states are set up by the mock's own state endpoint
 * ({@code /_mock/provider-states}, through {@link ProviderStateTarget}), as every other verifier sets them up, and
 * not by {@code @State} methods: pact-jvm is told that an interaction's state has no such method on purpose
 * (pact-jvm finds its marker through this annotation).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange
public @interface StatesFromStateEndpoint {
}

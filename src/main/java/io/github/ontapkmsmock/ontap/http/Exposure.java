package io.github.ontapkmsmock.ontap.http;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.github.ontapkmsmock.MockConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Says so at start-up, in one line, when the mock listens beyond loopback ({@code quarkus.http.host}; the jar's
 * default is 127.0.0.1, the container images' 0.0.0.0) while a password is the well-known default: then anyone who
 * reaches the host can read, change and reset the mock.
 */
@ApplicationScoped
public class Exposure {

    private static final Logger LOG = Logger.getLogger(Exposure.class);

    private final String host;
    private final MockConfig config;

    @Inject
    public Exposure(@ConfigProperty(name = "quarkus.http.host", defaultValue = "127.0.0.1") String host,
            MockConfig config) {
        this.host = host;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        warning(host, config.auth().enabled(), config.auth().password(), config.control().password())
                .ifPresent(LOG::warn);
    }

    /** The line to log, if any. */
    static Optional<String> warning(String host, boolean authentication, String password,
            Optional<String> controlPassword) {
        boolean defaultPassword = MockConfig.DEFAULT_PASSWORD.equals(password)
                || MockConfig.DEFAULT_PASSWORD.equals(controlPassword.orElse(password));
        if (!authentication || !defaultPassword || isLoopback(host)) {
            return Optional.empty();
        }
        return Optional.of("The mock listens on " + host + ", beyond loopback, with the default password: anyone who "
                + "reaches this host can use, change and reset it. Set ontap-mock.auth.password and "
                + "ontap-mock.control.password, or quarkus.http.host=127.0.0.1.");
    }

    static boolean isLoopback(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")
                || h.equals("0:0:0:0:0:0:0:1");
    }
}

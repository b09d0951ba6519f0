package io.github.ontapkmsmock;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The mock's own configuration keys ({@code ontap-mock.*}); every key has a working default. */
@ConfigMapping(prefix = "ontap-mock")
public interface MockConfig {

    /** The well-known default password of the cluster administrator (and of the control API, which shares it). */
    String DEFAULT_PASSWORD = "netapp1!";

    /** The ONTAP release the mock emulates, as {@code 9.17.1}. */
    @WithDefault("9.17.1")
    String version();

    /** A YAML or JSON inventory file replacing the embedded default (cluster, nodes, SVMs, certificates). */
    Optional<String> inventory();

    Auth auth();

    Control control();

    Jobs jobs();

    Faults faults();

    Journal journal();

    Pact pact();

    Clusters clusters();

    interface Auth {
        /** False turns basic authentication off for {@code /api} and {@code /_mock}. */
        @WithDefault("true")
        boolean enabled();

        /** The cluster administrator, role {@code admin}. */
        @WithDefault("admin")
        String username();

        @WithDefault(DEFAULT_PASSWORD)
        String password();

        /**
         * Further cluster users by name ({@code ontap-mock.auth.users.<name>.password} / {@code .role}); an entry
         * named as {@link #username()} replaces that user.
         */
        Map<String, User> users();
    }

    interface User {
        String password();

        @WithDefault("admin")
        Role role();
    }

    /** ONTAP's predefined cluster roles the mock knows: {@code admin} may do everything, {@code readonly} read. */
    enum Role {
        admin, readonly
    }

    interface Control {
        /** User for {@code /_mock}; the {@code /api} user when not set. */
        Optional<String> username();

        Optional<String> password();
    }

    interface Jobs {
        /** How long an asynchronous job runs when the request does not say (X-Mock-Job-Duration). */
        @WithDefault("0ms")
        Duration duration();

        /** How long finished jobs stay queryable. */
        @WithDefault("1h")
        Duration retention();

        /**
         * How many jobs the cluster keeps: beyond it the oldest finished job goes first; running jobs are never
         * dropped, so when all are running a new job is refused.
         */
        @WithDefault("1000")
        int max();
    }

    interface Faults {
        /** How many fault rules {@code /_mock/faults} holds; a rule beyond it is refused. */
        @WithDefault("1000")
        int max();
    }

    interface Pact {
        /**
         * True opens {@code POST /_mock/provider-states} without credentials, for pipelines whose verifier cannot
         * send them; the rest of {@code /_mock} keeps asking.
         */
        @WithDefault("false")
        boolean openProviderStates();

        /** A YAML file mapping consumers' own provider-state names onto the mock's states. */
        Optional<String> stateAliases();
    }

    /** The tenants' clusters (see docs/parallel-runs.md). */
    interface Clusters {
        /** How many tenant clusters the mock holds besides the default one; a new tenant beyond it is refused. */
        @WithDefault("256")
        int max();

        /** A tenant nothing ran in for this long is dropped (never the default cluster, never a busy one). */
        @WithDefault("1h")
        Duration idleExpiry();
    }

    interface Journal {
        /** How many received {@code /api} requests {@code GET /_mock/requests} keeps (the oldest go first). */
        @WithDefault("1000")
        int size();
    }
}

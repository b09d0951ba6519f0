package io.github.ontapkmsmock.health;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.state.Resettable;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.quarkus.arc.ClientProxy;

/**
 * {@code /q/health/ready}: up when the mock can serve ONTAP requests, that is when the spec (its operations and error
 * catalogue), the inventory and every store of state exist. The first call creates whichever of them nothing has
 * needed yet; one that cannot be made (a bad inventory file, say) makes the check DOWN with its reason. It takes no
 * lock, so it answers while a long state import runs.
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

    static final String NAME = "ontap-kms-mock";

    private final Instance<OntapSpec> spec;
    private final Instance<Inventory> inventory;
    private final Instance<EmulatedVersion> version;
    private final Instance<Resettable> stores;

    @Inject
    public ServingReadiness(Instance<OntapSpec> spec, Instance<Inventory> inventory, Instance<EmulatedVersion> version,
            @Any Instance<Resettable> stores) {
        this.spec = spec;
        this.inventory = inventory;
        this.version = version;
        this.stores = stores;
    }

    @Override
    public HealthCheckResponse call() {
        int operations = spec.get().operations().size();
        // Unwrapping a store's client proxy creates the store itself (a proxy alone would not).
        long ready = stores.stream().map(ClientProxy::unwrap).filter(Objects::nonNull).count();
        return HealthCheckResponse.named(NAME).status(operations > 0 && ready > 0)
                .withData("release", version.get().current().toString())
                .withData("operations", operations)
                .withData("cluster", inventory.get().cluster().name())
                .withData("stores", ready)
                .build();
    }
}

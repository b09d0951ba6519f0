package io.github.ontapkmsmock.azure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.faults.Reachability.NodeStatus;
import io.github.ontapkmsmock.ontap.faults.Reachability.Status;

/**
 * What the advanced properties {@code state}, {@code azure_reachability} and {@code ekmip_reachability} report for
 * an enabled configuration (003:346-472), from the cluster's {@link Reachability}: every node reaches Azure and
 * its embedded KMIP server and holds the wrapped top-level key, unless the control API made Azure or the key
 * servers unreachable from a node; then the documented codes and messages.
 */
@ApplicationScoped
public class AzureReachability {

    private final Reachability reachability;

    @Inject
    public AzureReachability(Reachability reachability) {
        this.reachability = reachability;
    }

    /** {@code state}: the AKV-wrapped top-level key is available on every node that reaches Azure. */
    public Status state() {
        return reachability.keyProtection(KeyService.AZURE);
    }

    /** {@code azure_reachability}. */
    public Status azure() {
        return reachability.serviceReachability(KeyService.AZURE);
    }

    /** {@code ekmip_reachability}, one entry per node. */
    public List<NodeStatus> ekmip() {
        return reachability.ekmipReachability(KeyService.AZURE);
    }
}

package io.github.ontapkmsmock.inventory;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The seeded inventory as its YAML (or JSON) file writes it: the embedded {@code inventory.yaml}, or the user's own
 * file named by {@code ontap-mock.inventory}.
 */
/* With targets, the annotated class itself is not registered: it is named too (Jackson reads it in native mode). */
@RegisterForReflection(targets = { InventoryFile.class, InventoryFile.ClusterEntry.class,
        InventoryFile.NodeEntry.class, InventoryFile.SvmEntry.class, InventoryFile.CertificateEntry.class })
public record InventoryFile(ClusterEntry cluster, List<NodeEntry> nodes, List<SvmEntry> svms,
        List<CertificateEntry> certificates) {

    public record ClusterEntry(String name, String uuid, String location, String contact) {
    }

    public record NodeEntry(String name, String uuid, String model, @JsonProperty("serial_number") String serialNumber) {
    }

    /** {@code admin: true} marks the admin SVM (the cluster's own, which key managers of cluster scope belong to). */
    public record SvmEntry(String name, String uuid, boolean admin, String state) {
    }

    /** {@code svm} names the owning data SVM; absent for a certificate of the cluster (admin SVM). */
    public record CertificateEntry(String uuid, String name, @JsonProperty("common_name") String commonName,
            String type, String svm, @JsonProperty("serial_number") String serialNumber, String ca,
            @JsonProperty("expiry_time") String expiryTime) {
    }
}

package io.github.ontapkmsmock.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.inventory.InventoryFile.CertificateEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.ClusterEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;

/**
 * The emulated cluster, its nodes, SVMs (the admin SVM and data SVMs) and installed certificates, seeded from
 * configuration. Read-only: ONTAP clients of the key-management API do not change it.
 */
@ApplicationScoped
public class Inventory {

    static final String EMBEDDED = "inventory.yaml";
    /** The same as JSON, written by the build from {@link #EMBEDDED}: read without loading a YAML parser. */
    static final String EMBEDDED_PREPARED = "inventory.json";

    private final InventoryFile file;
    // Looked up for every record a collection lists or the state import reads: an inventory may have thousands of SVMs.
    private final Map<String, SvmEntry> svmsByUuid = new HashMap<>();
    private final Map<String, SvmEntry> svmsByName = new HashMap<>();
    private final Map<String, List<SvmEntry>> svmsByNameIgnoringCase = new HashMap<>();

    @Inject
    public Inventory(MockConfig config) {
        this.file = validate(config.inventory().map(Inventory::readFile).orElseGet(Inventory::readEmbedded));
        for (SvmEntry svm : file.svms()) {
            svmsByUuid.putIfAbsent(svm.uuid(), svm);
            svmsByName.putIfAbsent(svm.name(), svm);
            if (svm.name() != null) {
                svmsByNameIgnoringCase.computeIfAbsent(svm.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                        .add(svm);
            }
        }
    }

    public ClusterEntry cluster() {
        return file.cluster();
    }

    public List<NodeEntry> nodes() {
        return file.nodes();
    }

    public Optional<NodeEntry> node(String uuid) {
        return file.nodes().stream().filter(n -> n.uuid().equals(uuid)).findFirst();
    }

    public List<SvmEntry> svms() {
        return file.svms();
    }

    public List<SvmEntry> dataSvms() {
        return file.svms().stream().filter(s -> !s.admin()).toList();
    }

    public SvmEntry adminSvm() {
        return file.svms().stream().filter(SvmEntry::admin).findFirst().orElseThrow();
    }

    public Optional<SvmEntry> svmByUuid(String uuid) {
        return uuid == null ? Optional.empty() : Optional.ofNullable(svmsByUuid.get(uuid));
    }

    public Optional<SvmEntry> svmByName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(svmsByName.get(name));
    }

    /** The SVMs a query's {@code svm.name=<name>} names: their names equal it without regard to case. */
    public List<SvmEntry> svmsNamedIgnoringCase(String name) {
        return svmsByNameIgnoringCase.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The SVM a request names by {@code svm.uuid} and/or {@code svm.name}; empty when it names none that exists, or
     * when the two name different SVMs.
     */
    public Optional<SvmEntry> svm(String uuid, String name) {
        Optional<SvmEntry> found = uuid != null ? svmByUuid(uuid) : name != null ? svmByName(name) : Optional.empty();
        return found.filter(s -> name == null || s.name().equals(name));
    }

    public List<CertificateEntry> certificates() {
        return file.certificates();
    }

    public Optional<CertificateEntry> certificate(String uuid) {
        return file.certificates().stream().filter(c -> c.uuid().equals(uuid)).findFirst();
    }

    /** The SVM owning a certificate: its data SVM, or the admin SVM for a cluster certificate. */
    public SvmEntry ownerOf(CertificateEntry certificate) {
        return certificate.svm() == null ? adminSvm() : svmByName(certificate.svm()).orElseThrow();
    }

    private static InventoryFile readEmbedded() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EMBEDDED_PREPARED)) {
            return strict(new ObjectMapper()).readValue(in, InventoryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded inventory", e);
        }
    }

    private static InventoryFile readFile(String path) {
        try {
            return mapper().readValue(Files.readAllBytes(Path.of(path)), InventoryFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the inventory file " + path + ": " + e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        return strict(new ObjectMapper(new YAMLFactory()));
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    private static InventoryFile validate(InventoryFile f) {
        require(f.cluster() != null && f.cluster().uuid() != null && f.cluster().name() != null,
                "the inventory needs a cluster with name and uuid");
        require(f.nodes() != null && !f.nodes().isEmpty(), "the inventory needs at least one node");
        require(f.svms() != null && f.svms().stream().filter(SvmEntry::admin).count() == 1,
                "the inventory needs exactly one SVM with admin: true");
        List<CertificateEntry> certs = f.certificates() == null ? List.of() : f.certificates();
        certs.forEach(c -> require(c.svm() == null || f.svms().stream().anyMatch(s -> s.name().equals(c.svm())),
                "certificate " + c.name() + " names an SVM the inventory does not have: " + c.svm()));
        return new InventoryFile(f.cluster(), List.copyOf(f.nodes()), List.copyOf(f.svms()), List.copyOf(certs));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}

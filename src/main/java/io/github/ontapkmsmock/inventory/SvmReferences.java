package io.github.ontapkmsmock.inventory;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.model.SvmReference;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;

/** The SVM a request body names by {@code svm.uuid} and/or {@code svm.name}, resolved alike for every family. */
@ApplicationScoped
public class SvmReferences {

    private final Inventory inventory;

    @Inject
    public SvmReferences(Inventory inventory) {
        this.inventory = inventory;
    }

    /**
     * The named SVM; empty when the body names none. An SVM that does not exist, or a uuid and a name of two
     * different SVMs, is refused.
     */
    public Optional<SvmEntry> named(SvmReference svm) {
        String uuid = svm == null ? null : svm.getUuid();
        String name = svm == null ? null : svm.getName();
        if (uuid == null && name == null) {
            return Optional.empty();
        }
        return Optional.of(inventory.svm(uuid, name).orElseThrow(() -> {
            if (uuid != null && name != null && inventory.svmByUuid(uuid).isPresent()) {
                return CommonErrors.invalidCombination("\"svm.uuid\" and \"svm.name\" name different SVMs.",
                        "svm.name");
            }
            return name != null ? CommonErrors.svmDoesNotExist(name, "svm.name")
                    : CommonErrors.svmDoesNotExist(uuid, "svm.uuid");
        }));
    }

    /** The named SVM, or without one the cluster scope, whose key managers belong to the admin SVM. */
    public SvmEntry namedOrAdmin(SvmReference svm) {
        return named(svm).orElseGet(inventory::adminSvm);
    }
}

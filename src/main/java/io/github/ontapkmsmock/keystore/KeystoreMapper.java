package io.github.ontapkmsmock.keystore;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.inventory.InventoryModels;
import io.github.ontapkmsmock.model.SecurityKeystore;
import io.github.ontapkmsmock.model.SecurityKeystoreConfiguration;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.state.Keystore;

/** A family's keystore configuration to its wire form. */
@ApplicationScoped
public class KeystoreMapper {

    static final String PATH = "/api/security/key-stores";

    private final Inventory inventory;

    @Inject
    public KeystoreMapper(Inventory inventory) {
        this.inventory = inventory;
    }

    /**
     * Fields of the wire form ({@link #toModel}) read straight from a configuration, so that a collection filters and
     * sorts on them without rendering: {@code svm} only of an SVM-scoped one whose SVM the inventory has.
     */
    public Map<String, Function<? super Keystore, ?>> recordFields() {
        return Listing.uuidAndSvm(Keystore::uuid, this::svm);
    }

    private Optional<SvmEntry> svm(Keystore k) {
        return k.cluster() ? Optional.empty() : inventory.svmByUuid(k.svmUuid());
    }

    static String href(String uuid) {
        return PATH + "/" + uuid;
    }

    /**
     * The mock's key managers are always ready, so an enabled configuration is "active"; an inactive one has no
     * state, as in NetApp's 9.17.1 example. {@code configuration._links} lead to the family's record (9.14.1 example).
     */
    public SecurityKeystore toModel(Keystore k) {
        SecurityKeystore model = new SecurityKeystore()
                .uuid(k.uuid())
                .type(SecurityKeystore.TypeEnum.fromValue(k.type().name()))
                .location(SecurityKeystore.LocationEnum.fromValue(k.type().location()))
                .scope(k.cluster() ? SecurityKeystore.ScopeEnum.CLUSTER : SecurityKeystore.ScopeEnum.SVM)
                .enabled(k.enabled())
                ._configuration(new SecurityKeystoreConfiguration().name(k.name()).uuid(k.uuid())
                        .links(InventoryModels.self(k.href())))
                .links(InventoryModels.self(href(k.uuid())));
        if (k.enabled()) {
            model.state(SecurityKeystore.StateEnum.ACTIVE);
        }
        svm(k).map(InventoryModels::svmReference).ifPresent(model::svm);
        return model;
    }
}

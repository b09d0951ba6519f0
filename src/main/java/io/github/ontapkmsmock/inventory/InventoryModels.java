package io.github.ontapkmsmock.inventory;

import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.model.Href;
import io.github.ontapkmsmock.model.NodeReference;
import io.github.ontapkmsmock.model.SelfLink;
import io.github.ontapkmsmock.model.SvmReference;

/** Wire forms shared by every family: HAL self links and references to SVMs and nodes. */
public final class InventoryModels {

    private InventoryModels() {
    }

    public static SelfLink self(String href) {
        return new SelfLink().self(new Href().href(href));
    }

    public static SvmReference svmReference(SvmEntry svm) {
        return new SvmReference().name(svm.name()).uuid(svm.uuid()).links(self("/api/svm/svms/" + svm.uuid()));
    }

    public static NodeReference nodeReference(NodeEntry node) {
        return new NodeReference().name(node.name()).uuid(node.uuid())
                .links(self("/api/cluster/nodes/" + node.uuid()));
    }
}

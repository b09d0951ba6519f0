package io.github.ontapkmsmock.control;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.VersionApi;
import io.github.ontapkmsmock.control.model.EmulatedVersion;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.state.StateLock;

/** {@code /_mock/version}: the emulated ONTAP release. */
public class VersionResource implements VersionApi {

    private final VersionControl version;
    private final StateLock lock;

    @Inject
    public VersionResource(VersionControl version, StateLock lock) {
        this.version = version;
        this.lock = lock;
    }

    @Override
    public Response versionGet(String xMockCluster) {
        return Response.ok(current()).build();
    }

    @Override
    public Response versionSet(EmulatedVersion body, String xMockCluster) {
        if (body.getConfigured() != null) {
            throw CommonErrors.cannotBeSet("configured");
        }
        lock.write(() -> version.set(body.getVersion()));
        return Response.ok(current()).build();
    }

    private EmulatedVersion current() {
        return new EmulatedVersion().version(version.current().toString())
                .configured(version.configured().toString());
    }
}

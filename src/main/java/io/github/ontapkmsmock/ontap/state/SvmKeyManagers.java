package io.github.ontapkmsmock.ontap.state;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Which SVMs already have a key manager, whatever its family. Call under {@link StateLock#write}. */
@ApplicationScoped
public class SvmKeyManagers {

    private final Instance<KeyManagerHolder> holders;

    @Inject
    public SvmKeyManagers(@Any Instance<KeyManagerHolder> holders) {
        this.holders = holders;
    }

    public Optional<String> keyManagerOf(String svmUuid) {
        for (KeyManagerHolder holder : holders) {
            Optional<String> found = holder.keyManagerOf(svmUuid);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public boolean hasKeyManager(String svmUuid) {
        return keyManagerOf(svmUuid).isPresent();
    }
}

package io.github.ontapkmsmock.pact;

import java.io.IOException;
import java.util.List;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.core.support.expressions.ValueResolver;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;

/**
 * Where the provider test takes its pacts: the repository's {@code pacts/}, or a Pact Broker when the system property
 * {@code pactbroker.url} is set. From a broker: the pacts the test class's consumer version selectors name, pending
 * pacts ({@code pactbroker.enablePending}, default true) and work-in-progress pacts since
 * {@code pactbroker.includeWipPactsSince}; results are published only with {@code pact.verifier.publishResults=true}
 * (and {@code pact.provider.version}).
 */
public class OntapPacts implements PactLoader {

    static final String FOLDER = "pacts";
    static final String BROKER_URL = "pactbroker.url";

    private final PactLoader delegate;

    public OntapPacts(Class<?> testClass) {
        String broker = System.getProperty(BROKER_URL, "");
        delegate = broker.isBlank() ? new PactFolderLoader(FOLDER)
                : new PactBrokerLoader(BrokerSettings.class.getAnnotation(PactBroker.class));
    }

    /** The broker settings, each overridable by the system property it names. */
    @PactBroker(enablePendingPacts = "${pactbroker.enablePending:true}",
            providerBranch = "${pactbroker.providerBranch:main}",
            includeWipPactsSince = "${pactbroker.includeWipPactsSince:2024-01-01}")
    private static final class BrokerSettings {
    }

    @Override
    public List<Pact> load(String providerName) throws IOException {
        return delegate.load(providerName);
    }

    @Override
    public PactSource getPactSource() {
        return delegate.getPactSource();
    }

    @Override
    public void setValueResolver(ValueResolver valueResolver) {
        delegate.setValueResolver(valueResolver);
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public void initLoader(Class<?> testClass, Object testInstance) {
        delegate.initLoader(testClass, testInstance);
    }
}

package io.github.ontapkmsmock.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The mock with small caps on jobs, fault rules and tenants, so that tests reach them in a few requests. */
public class SmallLimits implements QuarkusTestProfile {

    public static final int MAX_JOBS = 3;
    public static final int MAX_FAULT_RULES = 3;
    public static final int MAX_TENANTS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ontap-mock.jobs.max", String.valueOf(MAX_JOBS),
                "ontap-mock.faults.max", String.valueOf(MAX_FAULT_RULES),
                "ontap-mock.clusters.max", String.valueOf(MAX_TENANTS));
    }
}

package io.github.ontapkmsmock.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The mock with small caps on jobs and fault rules, so that tests reach them in a few requests. */
public class SmallLimits implements QuarkusTestProfile {

    public static final int MAX_JOBS = 3;
    public static final int MAX_FAULT_RULES = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ontap-mock.jobs.max", String.valueOf(MAX_JOBS),
                "ontap-mock.faults.max", String.valueOf(MAX_FAULT_RULES));
    }
}

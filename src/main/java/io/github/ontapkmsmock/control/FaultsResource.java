package io.github.ontapkmsmock.control;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.FaultsApi;
import io.github.ontapkmsmock.control.model.FaultRule;
import io.github.ontapkmsmock.control.model.FaultRuleResponse;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.faults.FaultRules;
import io.github.ontapkmsmock.ontap.faults.MockErrors;

/** {@code /_mock/faults}: the persistent fault rules. */
public class FaultsResource implements FaultsApi {

    private final FaultRules rules;

    @Inject
    public FaultsResource(FaultRules rules) {
        this.rules = rules;
    }

    @Override
    public Response faultsGet(String xMockCluster) {
        var records = rules.list().stream().map(FaultRuleModels::toModel).toList();
        return Response.ok(new FaultRuleResponse().records(records).numRecords(records.size())).build();
    }

    @Override
    public Response faultsCreate(FaultRule rule, String xMockCluster) {
        if (rule.getId() != null) {
            throw CommonErrors.cannotBeSet("id");
        }
        if (rule.getMatched() != null) {
            throw CommonErrors.cannotBeSet("matched");
        }
        if (rule.getFired() != null) {
            throw CommonErrors.cannotBeSet("fired");
        }
        FaultRules.Counted added = rules.add(FaultRuleModels.toRule(rule));
        return Response.created(URI.create("/_mock/faults/" + added.rule().id()))
                .entity(FaultRuleModels.toModel(added)).build();
    }

    @Override
    public Response faultsDelete(String xMockCluster) {
        rules.reset();
        return Response.ok().build();
    }

    @Override
    public Response faultGet(String id, String xMockCluster) {
        return Response.ok(FaultRuleModels.toModel(rules.find(id).orElseThrow(() -> noRule(id)))).build();
    }

    @Override
    public Response faultDelete(String id, String xMockCluster) {
        if (!rules.remove(id)) {
            throw noRule(id);
        }
        return Response.ok().build();
    }

    private static RuntimeException noRule(String id) {
        return MockErrors.notFound("id", "there is no fault rule \"" + id + "\".");
    }
}

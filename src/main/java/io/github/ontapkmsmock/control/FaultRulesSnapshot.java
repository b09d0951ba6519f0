package io.github.ontapkmsmock.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.control.model.FaultRule;
import io.github.ontapkmsmock.ontap.faults.FaultRules;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.spec.SchemaRules;
import io.github.ontapkmsmock.ontap.spec.SpecSchemas;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;

/**
 * The {@code faults} section of the state document: the rules as {@code GET /_mock/faults} lists them. On import
 * each is checked as {@code POST /_mock/faults} checks it; ids and counters are taken over, and a rule's random
 * sequence resumes where its {@code matched} count left it.
 */
@ApplicationScoped
public class FaultRulesSnapshot implements StateSnapshot {

    private final FaultRules rules;
    private final ObjectMapper mapper;
    private final SpecSchemas schemas;

    @Inject
    public FaultRulesSnapshot(FaultRules rules, ObjectMapper mapper, SpecSchemas schemas) {
        this.rules = rules;
        this.mapper = mapper;
        this.schemas = schemas;
    }

    @Override
    public String section() {
        return "faults";
    }

    @Override
    public JsonNode export() {
        return mapper.valueToTree(rules.list().stream().map(FaultRuleModels::toModel).toList());
    }

    @Override
    public Restore restore(JsonNode section) {
        if (!section.isMissingNode() && !section.isArray()) {
            throw MockErrors.refused(section(), "faults is a list of rules as GET /_mock/faults shows them.");
        }
        List<FaultRules.Counted> imported = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode entry : section) {
            String at = section() + "[" + i++ + "]";
            FaultRule model = read(entry, at);
            if (model.getId() != null && !ids.add(model.getId())) {
                throw MockErrors.refused(at + ".id", "two rules have the id \"" + model.getId() + "\".");
            }
            var rule = FaultRuleModels.toRule(model);
            rules.check(rule);
            imported.add(new FaultRules.Counted(rule, count(model.getMatched()), count(model.getFired())));
        }
        rules.requireRoomFor(imported.size());
        return Restore.of(() -> rules.replaceAll(imported));
    }

    private FaultRule read(JsonNode entry, String at) {
        FaultRule model;
        try {
            model = mapper.treeToValue(entry, FaultRule.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw MockErrors.refused(at, "not a fault rule as GET /_mock/faults shows them.");
        }
        // as POST /_mock/faults checks its body: the rules of the spec's fault_rule
        SchemaRules rules = schemas.rulesFor(FaultRule.class);
        rules.check(FaultRule.class, entry).stream().findFirst().ifPresent(v -> {
            String field = v.snakePath();
            throw MockErrors.refused(at + "." + field, field + " " + v.message() + ".");
        });
        return model;
    }

    private static long count(Long value) {
        return value == null ? 0 : Math.max(0, value);
    }
}

package io.github.ontapkmsmock.control;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import io.github.ontapkmsmock.control.model.FaultRule.ConnectionEnum;
import io.github.ontapkmsmock.control.model.FaultRule.MethodEnum;
import io.github.ontapkmsmock.ontap.faults.FaultRule;
import io.github.ontapkmsmock.ontap.faults.FaultRules;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.faults.PathPattern;

/** Fault rules between the control API's wire model and {@link FaultRule}. */
final class FaultRuleModels {

    private FaultRuleModels() {
    }

    static FaultRule toRule(io.github.ontapkmsmock.control.model.FaultRule m) {
        if (m.getPath() != null && !m.getPath().startsWith("/")) {
            throw MockErrors.refused("path", "a path starts with \"/\", as /api/security/aws-kms does.");
        }
        return new FaultRule(m.getId(),
                Optional.ofNullable(m.getMethod()).map(MethodEnum::value),
                Optional.ofNullable(m.getPath()).map(PathPattern::of),
                Optional.ofNullable(m.getOperationId()),
                Optional.ofNullable(m.getCode()).map(String::trim),
                Optional.ofNullable(m.getTarget()),
                Boolean.TRUE.equals(m.getJob()),
                Optional.ofNullable(m.getDelayMs()).map(Duration::ofMillis),
                Optional.ofNullable(m.getConnection()).map(c -> FaultRule.Connection.valueOf(c.value())),
                Optional.ofNullable(m.getTimeoutMs()).map(Duration::ofMillis),
                Optional.ofNullable(m.getTimes()),
                Optional.ofNullable(m.getProbability()),
                m.getSeed() == null ? OptionalLong.empty() : OptionalLong.of(m.getSeed()));
    }

    static io.github.ontapkmsmock.control.model.FaultRule toModel(FaultRules.Counted counted) {
        FaultRule r = counted.rule();
        var m = new io.github.ontapkmsmock.control.model.FaultRule().id(r.id())
                .method(r.method().map(MethodEnum::fromValue).orElse(null))
                .path(r.path().map(PathPattern::text).orElse(null))
                .operationId(r.operationId().orElse(null))
                .code(r.code().orElse(null))
                .target(r.target().orElse(null))
                .job(r.job())
                .delayMs(r.delay().map(d -> (int) d.toMillis()).orElse(null))
                .connection(r.connection().map(c -> ConnectionEnum.fromValue(c.name())).orElse(null))
                .timeoutMs(r.timeout().map(d -> (int) d.toMillis()).orElse(null))
                .times(r.times().orElse(null))
                .probability(r.probability().orElse(null))
                .matched(counted.matched())
                .fired(counted.fired());
        r.seed().ifPresent(m::seed);
        return m;
    }
}

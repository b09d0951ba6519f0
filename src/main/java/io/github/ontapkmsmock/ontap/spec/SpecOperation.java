package io.github.ontapkmsmock.ontap.spec;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.ontapkmsmock.ontap.errors.OntapError;

/**
 * One operation of the hand-written spec: how a request is matched to it, which ONTAP error codes its NetApp
 * page documents, and the shape of the records it answers with.
 *
 * @param records the record schema of a GET (instance or collection), for fields and filters; absent otherwise
 * @param async          true when the operation can answer 202 with a job
 * @param jobsIntroduced the release from which it does, when the spec marks its 202 {@code x-ontap-introduced}
 */
public record SpecOperation(
        String method,
        String pathTemplate,
        String operationId,
        Pattern pathPattern,
        int literalSegments,
        List<OntapError> errors,
        Optional<String> introduced,
        Optional<FieldTree> records,
        boolean collection,
        boolean async,
        Optional<String> jobsIntroduced) {

    public boolean matches(String requestMethod, String path) {
        String m = "HEAD".equals(requestMethod) ? "GET" : requestMethod;
        return method.equals(m) && pathPattern.matcher(path).matches();
    }

    public boolean pathMatches(String path) {
        return pathPattern.matcher(path).matches();
    }

    public Optional<OntapError> documented(String code) {
        return errors.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}

package io.github.ontapkmsmock.control;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.ResetApi;
import io.github.ontapkmsmock.ontap.state.MockState;

/** {@code POST /_mock/reset}: the same reset the tests' set-up uses. */
public class ResetResource implements ResetApi {

    private final MockState state;

    @Inject
    public ResetResource(MockState state) {
        this.state = state;
    }

    @Override
    public Response reset(String xMockCluster) {
        state.reset();
        return Response.ok().build();
    }
}

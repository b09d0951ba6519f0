package io.github.ontapkmsmock.ontap.faults;

import java.time.Duration;

/**
 * The per-request fault headers (not ONTAP's; declared as optional headers of every operation in the spec). Each
 * applies to the one request that carries it.
 */
public final class FaultHeaders {

    /** Fail the request with this error code documented for its operation; nothing changes. */
    public static final String ERROR = "X-Mock-Error";

    /** The {@code target} of the error forced with {@link #ERROR}. */
    public static final String ERROR_TARGET = "X-Mock-Error-Target";

    /** Delay the answer by this many milliseconds (at most {@link #MAX_DELAY}), without holding anything. */
    public static final String DELAY = "X-Mock-Delay";

    /** Accept an asynchronous request (202) and end its job in {@code failure} with this documented code. */
    public static final String JOB_ERROR = "X-Mock-Job-Error";

    /** Keep the job of an asynchronous request {@code running} this many milliseconds before it ends. */
    public static final String JOB_DURATION = "X-Mock-Job-Duration";

    /** The bound of {@link #DELAY} and {@link #JOB_DURATION}, as the spec declares it. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);

    private FaultHeaders() {
    }
}

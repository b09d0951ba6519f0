package io.github.ontapkmsmock.ontap.state;

/** State that goes back to the seeded start on {@code POST /_mock/reset} and before each test. */
public interface Resettable {

    void reset();
}

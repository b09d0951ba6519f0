package io.github.ontapkmsmock.ontap.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ONTAP release number, {@code generation.major.minor} (9.17.1). */
public record OntapRelease(int generation, int major, int minor) implements Comparable<OntapRelease> {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public static OntapRelease parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ONTAP release (generation.major[.minor]): " + text);
        }
        return new OntapRelease(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public boolean isAtLeast(OntapRelease other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(OntapRelease o) {
        int c = Integer.compare(generation, o.generation);
        if (c == 0) {
            c = Integer.compare(major, o.major);
        }
        return c == 0 ? Integer.compare(minor, o.minor) : c;
    }

    /** As {@code /api/cluster} shows it in {@code version.full}. */
    public String full() {
        return "NetApp Release " + this + ": Mon Jan 01 00:00:00 UTC 2024";
    }

    @Override
    public String toString() {
        return generation + "." + major + "." + minor;
    }
}

"""The start-up modes: how each is built and run, in one place (bench.py and soak.py read it).

Each mode is built into its own folder, target/bench-<key>/, with the Maven wrapper and the JDK named here, and run
from that folder (the JVM's archives are only used from the directory they were made in). The flags are Quarkus's
own; when the mock documents its own switch for a mode, change it here only.
"""
import glob
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mode:
    key: str  # folder name and short label
    label: str
    jdk: str  # "17" or "25": which JDK builds and runs it
    build: list = field(default_factory=list)  # Maven properties added to `package -DskipTests`
    jvm: list = field(default_factory=list)  # JVM options added before -jar quarkus-run.jar


# The memory defaults docs/configuration.md documents (and the container images carry); the floor runs with them too.
MEMORY_DEFAULTS = ["-XX:+UseSerialGC", "-Xms32m", "-Xmx256m"]

# The same properties as the mock's -Pappcds and -Paot profiles, given as properties so the floor app builds alike.
MODES = [
    Mode("fast-jar", "fast-jar, JDK 17", "17", [], MEMORY_DEFAULTS),
    Mode("appcds", "AppCDS, JDK 17", "17", ["-Dquarkus.package.jar.appcds.enabled=true"],
         ["-XX:SharedArchiveFile=app-cds.jsa", *MEMORY_DEFAULTS]),
    # phase=build: the recording run during the build (no integration tests here); the mock's main makes it a training
    # run that serves itself a few requests (StartupTraining), the floor's only starts.
    Mode("aot", "AOT cache, JDK 25", "25",
         ["-Dquarkus.package.jar.aot.enabled=true", "-Dquarkus.package.jar.aot.type=AOT",
          "-Dquarkus.package.jar.aot.phase=build"],
         ["-XX:AOTCache=app.aot", *MEMORY_DEFAULTS]),
]

# The mode the load, memory and soak runs use: the documented default way of running the jar.
DEFAULT_MODE = MODES[0]


def java_home(jdk):
    """BENCH_JDK17 / BENCH_JDK25 win; otherwise the first matching JDK under /usr/lib/jvm (None when absent)."""
    env = os.environ.get(f"BENCH_JDK{jdk}")
    if env:
        return env
    for pattern in (f"/usr/lib/jvm/java-{jdk}-openjdk*", f"/usr/lib/jvm/temurin-{jdk}*", f"/usr/lib/jvm/*-{jdk}*"):
        for home in sorted(glob.glob(pattern)):
            if os.path.exists(os.path.join(home, "bin", "java")):
                return home
    return None

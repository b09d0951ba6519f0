"""What bench.py and soak.py share: builds, processes on 127.0.0.1, RSS, HTTP, the machine, RESULTS.md regions."""
import base64
import http.client
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from modes import DEFAULT_MODE, java_home

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
TOOLS = BENCH / ".tools"  # downloaded alternatives (not committed)
WORK = BENCH / ".work"  # generated inventories, recordings, logs (not committed)
RESULTS = BENCH / "RESULTS.md"
HOST = "127.0.0.1"
MOCK_PORT = int(os.environ.get("BENCH_MOCK_PORT", "22080"))
MOCK_SSL_PORT = int(os.environ.get("BENCH_MOCK_SSL_PORT", "22443"))
USER, PASSWORD = "admin", "netapp1!"
AUTH = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
HEADERS = {"Authorization": AUTH, "Accept": "application/hal+json", "Content-Type": "application/json"}
CONTROL_HEADERS = {**HEADERS, "Accept": "application/json"}  # the control API (/_mock) answers JSON only

_children = []


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- processes


def start(cmd, cwd=None, env=None, name="proc"):
    """Starts a server in its own process group, output to .work/logs/<name>.log; stopped by stop() or at exit."""
    (WORK / "logs").mkdir(parents=True, exist_ok=True)
    out = open(WORK / "logs" / f"{name}.log", "ab")
    proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    out.close()
    _children.append(proc)
    return proc


def stop(proc, timeout=20):
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        except ProcessLookupError:
            pass
    if proc in _children:
        _children.remove(proc)


def stop_all(*_):
    for proc in list(_children):
        try:
            stop(proc, timeout=10)
        except Exception:  # noqa: BLE001 - cleanup goes on whatever happened
            pass


def install_cleanup():
    import atexit
    atexit.register(stop_all)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda s, f: (stop_all(), sys.exit(128 + s)))


def _sum_over_tree(pid, read):
    """read(p) summed over a process and its descendants (Prism's node, a launcher's child); gone ones count 0."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            total += read(p)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, StopIteration, IndexError, ValueError):
            pass
    return total


def _rss_kib(p):
    with open(f"/proc/{p}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def _cpu_ticks(p):
    with open(f"/proc/{p}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime


def rss_mib(pid):
    """RSS of a process and its descendants, MiB."""
    return _sum_over_tree(pid, _rss_kib) / 1024


def cpu_ms(pid):
    """CPU time (user + system) a process and its descendants have used so far, ms: on a shared machine it moves far
    less with the neighbours' load than the wall time does."""
    return _sum_over_tree(pid, _cpu_ticks) * 1000 / os.sysconf("SC_CLK_TCK")


def require_free(*ports):
    """Stops the run when something already listens on a port it would start a server on (another run, a test)."""
    for port in ports:
        with socket.socket() as probe:
            probe.settimeout(1)
            if probe.connect_ex((HOST, port)) == 0:
                raise SystemExit(f"something already listens on {HOST}:{port}: stop it, or set BENCH_MOCK_PORT and "
                                 "BENCH_MOCK_SSL_PORT to free ports")


def wait_http(port, path, deadline, headers=None, proc=None):
    """Polls GET path every 10 ms with a new connection; True at the first 200."""
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            c = http.client.HTTPConnection(HOST, port, timeout=2)
            c.request("GET", path, headers=headers or HEADERS)
            r = c.getresponse()
            r.read()
            c.close()
            if r.status == 200:
                return True
        except OSError:
            pass
        time.sleep(0.01)
    return False


def request(port, method, path, body=None, headers=None, timeout=60):
    """One request on a new connection: (status, headers dict (lower-case names), body bytes)."""
    c = http.client.HTTPConnection(HOST, port, timeout=timeout)
    data = body if body is None or isinstance(body, (bytes, str)) else json.dumps(body)
    c.request(method, path, body=data, headers=headers or (CONTROL_HEADERS if path.startswith("/_mock") else HEADERS))
    r = c.getresponse()
    payload = r.read()
    c.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, payload


def jcmd_live_heap_mib(pid):
    """The used heap right after a full GC, MiB (None when jcmd is not there): every generation's (Serial GC: young
    and tenured; G1: the one heap line)."""
    jcmd = f"{java_home(DEFAULT_MODE.jdk)}/bin/jcmd"
    try:
        subprocess.run([jcmd, str(pid), "GC.run"], capture_output=True, timeout=60)
        out = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    used = re.findall(r"(?:generation|heap)\s+total \d+K, used (\d+)K", out)
    return sum(map(int, used)) / 1024 if used else None


def wrk(port, path, conns, duration, script="report.lua", threads=None, script_args=(), headers=()):
    """One bounded wrk run with a script of wrk/ that prints report.lua's line: requests/s, p50 and p99 in ms, errors
    (non-2xx/3xx + socket errors), requests."""
    cmd = ["wrk", f"-t{threads or min(conns, 2)}", f"-c{conns}", f"-d{duration}s", "--timeout", "30s",
           "-H", f"Authorization: {AUTH}", "-H", "Accept: application/hal+json", "-H", "Content-Type: application/json",
           *(a for h in headers for a in ("-H", h)), "-s", str(BENCH / "wrk" / script), f"http://{HOST}:{port}{path}"]
    if script_args:
        cmd += ["--", *map(str, script_args)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 90)
    line = next((l for l in out.stdout.splitlines() if l.startswith("BENCHJSON ")), None)
    if line is None:
        raise SystemExit(f"wrk failed: {' '.join(cmd)}\n{out.stdout}\n{out.stderr}")
    r = json.loads(line[len("BENCHJSON "):])
    done = r["requests"] > 0  # else no answer came within the measurement: no latency to report
    return {"rps": r["requests"] / (r["duration_us"] / 1e6), "p50": r["p50_us"] / 1000 if done else None,
            "p99": r["p99_us"] / 1000 if done else None, "errors": r["status_errors"] + r["socket_errors"],
            "requests": r["requests"]}


# ---------------------------------------------------------------- builds


def newest_mtime(paths):
    newest = 0.0
    for p in paths:
        p = Path(p)
        files = [p] if p.is_file() else (f for f in p.rglob("*") if f.is_file())
        for f in files:
            newest = max(newest, f.stat().st_mtime)
    return newest


def quarkus_version():
    return re.search(r"<quarkus.platform.version>([^<]+)<", (ROOT / "pom.xml").read_text()).group(1)


def build(project_dir, mode, sources, rebuild=False):
    """Builds a Quarkus project in one mode into <project>/target/bench-<mode.key>/, unless a build newer than its
    sources is there. Returns that folder, or None when the mode's JDK is missing."""
    home = java_home(mode.jdk)
    if home is None:
        log(f"no JDK {mode.jdk}: mode {mode.label} skipped (set BENCH_JDK{mode.jdk})")
        return None
    out = Path(project_dir) / "target" / f"bench-{mode.key}"
    jar = out / "quarkus-run.jar"
    if not rebuild and jar.exists() and jar.stat().st_mtime > newest_mtime(sources):
        log(f"reusing {out.relative_to(ROOT)}")
        return out
    log(f"building {Path(project_dir).relative_to(ROOT) or '.'} ({mode.label}) ...")
    cmd = [str(ROOT / "mvnw"), "-B", "-q", "-f", str(Path(project_dir) / "pom.xml"), "package", "-DskipTests",
           f"-Dquarkus.platform.version={quarkus_version()}", f"-Dquarkus.package.output-directory=bench-{mode.key}",
           *mode.build]
    # The archive's training run starts the app: on our ports, on loopback.
    env = {**os.environ, "JAVA_HOME": home, "PATH": f"{home}/bin:{os.environ['PATH']}",
           "QUARKUS_HTTP_HOST": HOST, "QUARKUS_HTTP_PORT": str(MOCK_PORT), "QUARKUS_HTTP_SSL_PORT": str(MOCK_SSL_PORT),
           "QUARKUS_HTTP_TEST_PORT": str(MOCK_PORT), "QUARKUS_HTTP_TEST_SSL_PORT": str(MOCK_SSL_PORT)}
    (WORK / "logs").mkdir(parents=True, exist_ok=True)
    with open(WORK / "logs" / f"build-{Path(project_dir).name}-{mode.key}.log", "wb") as f:
        done = subprocess.run(cmd, cwd=project_dir, env=env, stdout=f, stderr=subprocess.STDOUT)
    if done.returncode != 0 or not jar.exists():
        sys.exit(f"build failed: see {f.name}")
    return out


def java_cmd(mode, extra):
    home = java_home(mode.jdk)
    return [f"{home}/bin/java", *mode.jvm, *extra, "-jar", "quarkus-run.jar"]


def mock_cmd(mode, port=MOCK_PORT, ssl_port=MOCK_SSL_PORT, extra=()):
    return java_cmd(mode, [f"-Dquarkus.http.host={HOST}", f"-Dquarkus.http.port={port}",
                           f"-Dquarkus.http.ssl-port={ssl_port}", *extra])


# ---------------------------------------------------------------- the machine


class LoadSampler:
    """Samples the 1-minute load average every 5 s while the benchmark runs."""

    def __init__(self):
        self.samples = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.samples.append(os.getloadavg()[0])
            self._stop.wait(5)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_):
        self._stop.set()

    def describe(self):
        s = self.samples or [os.getloadavg()[0]]
        return (f"1-minute load average during the run: median {statistics.median(s):.1f}, min {min(s):.1f}, "
                f"max {max(s):.1f} ({len(s)} samples, every 5 s; {os.cpu_count()} cores)")


def first_line(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        text = (out.stdout + out.stderr).strip().splitlines()
        return text[0] if text else "?"
    except (OSError, subprocess.TimeoutExpired):
        return "not found"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    lines = [f"{os.cpu_count()} cores ({cpu}), {mem:.1f} GiB RAM, {platform.system()} {platform.release()}"]
    for jdk in ("17", "25"):
        home = java_home(jdk)
        if home:
            lines.append(f"JDK {jdk}: {first_line([f'{home}/bin/java', '-version'])} ({home})")
    lines.append(f"Quarkus {quarkus_version()}; wrk: {first_line(['wrk', '-v'])}; Python {platform.python_version()}")
    commit = first_line(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"])
    lines.append(f"mock commit: {commit}")
    return lines


# ---------------------------------------------------------------- RESULTS.md


def write_region(name, text):
    """Replaces <!-- name:begin --> ... <!-- name:end --> in RESULTS.md (appends the region when absent)."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    doc = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    block = f"{begin}\n{text.rstrip()}\n{end}"
    if begin in doc and end in doc:
        doc = doc[:doc.index(begin)] + block + doc[doc.index(end) + len(end):]
    else:
        doc = doc.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(doc)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None

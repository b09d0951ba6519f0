#!/usr/bin/env python3
"""Collections at scale: a filtered collection GET against a single-record GET, and the state import, at 100,
1,000 and 10,000 AWS KMS configurations. 127.0.0.1 only.

Usage (after `./mvnw -B package -DskipTests`):
    python3 bench/collections.py [--sizes 100,1000,10000] [--port 20080] [--rounds 5] [--java java]

Starts target/quarkus-app/quarkus-run.jar with an inventory of 10,000 data SVMs (one AWS KMS configuration per
SVM: ONTAP allows one key manager per SVM), then for each size: imports that many records with PUT /_mock/state
(median of --rounds imports), and measures on one keep-alive connection the p50 of
  single      GET /api/security/aws-kms/<uuid>
  filtered    GET /api/security/aws-kms?svm.name=vs1*&fields=*&max_records=100
  count       GET /api/security/aws-kms?svm.name=vs1*&return_records=false
  exact       GET /api/security/aws-kms?svm.name=vs1&fields=*
  ordered     GET /api/security/aws-kms?order_by=region desc&fields=*&max_records=100
  other       GET /api/security/aws-kms?region=eu-west-1&fields=*&max_records=100 (a field no index or stored-record
              reader serves: a quarter of the records match)
  create      POST /api/security/aws-kms for the one SVM left free, then DELETE of it (the p50 of the pair)
in --rounds interleaved rounds (each round takes the p50 of its requests; the table shows the median of the rounds).
Prints a Markdown table, the RSS at the end and the live heap after a full GC (jcmd); bench/collections.md keeps
the results. --jvm-arg passes heap settings (e.g. --jvm-arg=-Xmx256m) to see the RSS they give.
"""
import argparse
import base64
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

AUTH = {"Authorization": "Basic " + base64.b64encode(b"admin:netapp1!").decode(), "Accept": "application/json",
        "Content-Type": "application/json"}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
SVMS = 10_001  # one more than the largest size: a free SVM for the create+delete cycle
NS = uuid.UUID("7d9f3c1e-0000-4000-8000-000000000000")


def svm_uuid(i):
    return str(uuid.uuid5(NS, f"svm-{i}"))


def record_uuid(i):
    return str(uuid.uuid5(NS, f"aws-{i}"))


def inventory(path):
    lines = ["cluster:", "  name: cluster1", "  uuid: 5f2a9d2e-7b44-11ee-9c0a-005056bb0001", "nodes:",
             "  - name: node1", "    uuid: 817f544f-a98d-11ec-ae20-005056ac7c32", "    model: AFF-A400",
             "    serial_number: \"721802000101\"", "svms:", "  - name: cluster1",
             "    uuid: 5f2a9d2e-7b44-11ee-9c0a-005056bb0002", "    admin: true", "    state: running"]
    for i in range(SVMS):
        lines += [f"  - name: vs{i}", f"    uuid: {svm_uuid(i)}", "    state: running"]
    lines.append("certificates: []")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def state(n):
    regions = ["us-east-1", "us-west-2", "eu-west-1", "ap-south-1"]
    return json.dumps({"aws_kms": [{
        "uuid": record_uuid(i), "svm": {"uuid": svm_uuid(i), "name": f"vs{i}"}, "region": regions[i % 4],
        "key_id": f"key-{i}", "access_key_id": f"AKIA{i:08d}", "service": "kms", "default_domain": "amazonaws.com",
        "port": 443, "polling_period": 60, "timeout": 10, "verify": True, "verify_host": True, "verify_ip": False,
    } for i in range(n)]})


class Client:
    def __init__(self, port):
        self.c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(self, method, path, body=None, expect=200):
        self.c.request(method, path.replace(" ", "%20"), body=body, headers=AUTH)
        r = self.c.getresponse()
        data = r.read()
        if r.status != expect:
            sys.exit(f"{method} {path}: {r.status} {data[:300]!r}")
        return r, data

    def timed(self, method, path, body=None):
        t = time.perf_counter()
        self.call(method, path, body)
        return (time.perf_counter() - t) * 1000

    def cycle(self, svm):
        """A create and the delete of what it created, in ms."""
        body = json.dumps({"svm": {"name": svm}, "region": "us-east-1", "key_id": "bench", "access_key_id": "AKIABENCH",
                           "secret_access_key": "bench-secret"})
        t = time.perf_counter()
        created, _ = self.call("POST", "/api/security/aws-kms", body, expect=201)
        self.call("DELETE", created.getheader("Location"))
        return (time.perf_counter() - t) * 1000


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def live_heap_mib(pid):
    """The heap in use after a full collection (jcmd, from the JDK), NaN without jcmd."""
    try:
        subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=60, check=True)
        info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return float("nan")
    for line in info.splitlines():
        if " used " in line and "total" in line:
            return int(line.split(" used ")[1].split("K")[0].strip()) / 1024
    return float("nan")


def wait_ready(port, deadline):
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            c.request("GET", "/api/cluster", headers=AUTH)
            if c.getresponse().status == 200:
                return True
        except OSError:
            time.sleep(0.05)
    return False


def p50(client, path, requests):
    return statistics.median(client.timed("GET", path) for _ in range(requests))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--port", type=int, default=20080)
    ap.add_argument("--ssl-port", type=int, default=20443)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--java", default="java")
    ap.add_argument("--jar", default=JAR, help="the jar to start (default: this checkout's build)")
    ap.add_argument("--jvm-arg", action="append", default=[], help="an extra JVM option (repeatable)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        inv = os.path.join(tmp, "inventory.yaml")
        inventory(inv)
        proc = subprocess.Popen([args.java, *args.jvm_arg, f"-Dquarkus.http.port={args.port}",
                                 f"-Dquarkus.http.ssl-port={args.ssl_port}", "-Dquarkus.http.host=127.0.0.1",
                                 f"-Dontap-mock.inventory={inv}", "-jar", args.jar],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if not wait_ready(args.port, time.monotonic() + 120):
                sys.exit("the mock did not answer within 120 s")
            client = Client(args.port)
            rows = []
            for n in sizes:
                body = state(n)
                imports, single, filtered, count, exact, ordered, other, cycles = [], [], [], [], [], [], [], []
                # requests per round: fewer when each is slow, so a round stays in seconds
                for _ in range(args.rounds):
                    imports.append(client.timed("PUT", "/_mock/state", body))
                    probe = client.timed("GET", "/api/security/aws-kms?svm.name=vs1*&fields=*&max_records=100")
                    k = max(5, min(200, int(2000 / max(probe, 1))))
                    single.append(p50(client, f"/api/security/aws-kms/{record_uuid(n // 2)}", 200))
                    filtered.append(p50(client, "/api/security/aws-kms?svm.name=vs1*&fields=*&max_records=100", k))
                    count.append(p50(client, "/api/security/aws-kms?svm.name=vs1*&return_records=false", k))
                    exact.append(p50(client, "/api/security/aws-kms?svm.name=vs1&fields=*", k))
                    ordered.append(p50(client, "/api/security/aws-kms?order_by=region desc&fields=*&max_records=100",
                                       k))
                    other.append(p50(client, "/api/security/aws-kms?region=eu-west-1&fields=*&max_records=100", k))
                    cycles.append(statistics.median(client.cycle(f"vs{SVMS - 1}") for _ in range(k)))
                med = statistics.median
                rows.append((n, med(imports), med(single), med(filtered), med(count), med(exact), med(ordered),
                             med(other), med(cycles)))
                print(f"done {n}", file=sys.stderr)
            rss = rss_mib(proc.pid)
            live = live_heap_mib(proc.pid)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    print("| records | import ms | single GET p50 ms | filtered p50 ms | ratio | return_records=false p50 ms "
          "| exact svm.name p50 ms | order_by p50 ms | region filter p50 ms | create+delete p50 ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n, imp, single, filt, count, exact, ordered, other, cycle in rows:
        print(f"| {n} | {imp:.0f} | {single:.2f} | {filt:.2f} | {filt / single:.1f}x | {count:.2f} | {exact:.2f} "
              f"| {ordered:.2f} | {other:.2f} | {cycle:.2f} |")
    print(f"\nRSS after the run: {rss:.0f} MiB; live heap after a full GC: {live:.0f} MiB")


if __name__ == "__main__":
    main()

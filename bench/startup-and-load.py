#!/usr/bin/env python3
"""Start-up time, memory and request throughput of the mock in JVM mode, measured on 127.0.0.1 only.

Usage (after `./mvnw -B package -DskipTests`):
    python3 bench/startup-and-load.py [--runs 5] [--requests 2000] [--java java]

For each run: start target/quarkus-app/quarkus-run.jar on free ports, time until GET /api/cluster answers 200,
read the RSS, send a bounded number of keep-alive requests (a mix of GETs with the query language and a
create/delete pair), read the RSS again, stop the process. Prints a Markdown table; results are kept in
bench/RESULTS.md.
"""
import argparse
import base64
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time

AUTH = {"Authorization": "Basic " + base64.b64encode(b"admin:netapp1!").decode(), "Accept": "application/hal+json",
        "Content-Type": "application/json"}
JAR = os.path.join(os.path.dirname(__file__), "..", "target", "quarkus-app", "quarkus-run.jar")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def wait_ready(port, deadline):
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            c.request("GET", "/api/cluster", headers=AUTH)
            if c.getresponse().status == 200:
                return True
        except OSError:
            time.sleep(0.02)
    return False


def load(port, requests):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    paths = ["/api/cluster", "/api/svm/svms?fields=*", "/api/security/certificates?svm.name=vs*&order_by=name desc",
             "/api/security/certificates?max_records=2", "/api/security/aws-kms?fields=**"]
    latencies = []
    start = time.monotonic()
    for i in range(requests):
        t = time.monotonic()
        if i % 50 == 49:
            body = json.dumps({"svm": {"name": "vs0"}, "region": "us-east-1", "key_id": "kmip-aws",
                               "access_key_id": "AKIA", "secret_access_key": "bench-secret"})
            c.request("POST", "/api/security/aws-kms", body=body, headers=AUTH)
            r = c.getresponse()
            location = r.getheader("Location")
            r.read()
            if location:
                c.request("DELETE", location, headers=AUTH)
                c.getresponse().read()
        else:
            c.request("GET", paths[i % len(paths)].replace(" ", "%20"), headers=AUTH)
            c.getresponse().read()
        latencies.append((time.monotonic() - t) * 1000)
    elapsed = time.monotonic() - start
    latencies.sort()
    return requests / elapsed, latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--java", default="java")
    args = ap.parse_args()
    rows = []
    for run in range(args.runs):
        port, ssl = free_port(), free_port()
        t0 = time.monotonic()
        proc = subprocess.Popen([args.java, f"-Dquarkus.http.port={port}", f"-Dquarkus.http.ssl-port={ssl}",
                                 "-Dquarkus.http.host=127.0.0.1", "-jar", JAR],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if not wait_ready(port, t0 + 60):
                sys.exit("the mock did not answer within 60 s")
            ready_ms = (time.monotonic() - t0) * 1000
            rss_ready = rss_mib(proc.pid)
            rps, p50, p99 = load(port, args.requests)
            rows.append((ready_ms, rss_ready, rss_mib(proc.pid), rps, p50, p99))
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    med = lambda i: statistics.median(r[i] for r in rows)
    print(f"| runs | first 200 (ms, median) | RSS ready (MiB) | RSS after {args.requests} req (MiB) "
          f"| req/s (1 connection) | p50 ms | p99 ms |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {len(rows)} | {med(0):.0f} | {med(1):.0f} | {med(2):.0f} | {med(3):.0f} | {med(4):.2f} | {med(5):.2f} |")


if __name__ == "__main__":
    main()

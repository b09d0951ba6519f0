#!/usr/bin/env python3
"""Throughput and memory with 1, 10 and 100 active tenants of one mock; writes bench/RESULTS.md.

Run it through bench/run.sh (--tenants-only, --quick). One mock (the default mode, documented memory defaults, an
inventory of 200 data SVMs) gets the tenants bench-0 .. bench-99 created on first use by a PUT /_mock/state of 100
AWS KMS configurations each (vs0 .. vs99). Memory: RSS and the live heap after a full GC (jcmd) after start and with
1, 10 and 100 tenants loaded. Load: wrk with 32 connections, each request to the next of N tenants
(X-Mock-Cluster, wrk/tenants.lua) for N = 1, 10, 100, and the default cluster without a header, for the
single-record GET, the filtered collection and a create+delete cycle (one SVM per connection, moving to the next
tenant after each delete); interleaved rounds, medians. Then memory again, with every tenant's journal full, and
GET /_mock/clusters. 127.0.0.1 only; every process started is stopped at the end.
"""
import argparse
import json
import time
from collections import defaultdict
from urllib.parse import quote

import alternatives as alt
from common import (CONTROL_HEADERS, HEADERS, MOCK_PORT, MOCK_SSL_PORT, ROOT, LoadSampler, build, install_cleanup,
                    jcmd_live_heap_mib, log, machine, median, mock_cmd, request, require_free, rss_mib, start, stop_all,
                    wait_http, wrk, write_region)
from modes import DEFAULT_MODE

TENANT_COUNTS = (1, 10, 100)
RECORDS = 100  # AWS KMS configurations per tenant, on vs0 .. vs99
CYCLE_SVM_BASE = 100  # create+delete cycles on vs100 .. vs131, one per connection
CONNECTIONS = 32
AFTER_LOAD = "after the load runs (every cluster's journal full)"
SCENARIOS = [("single-record GET", "get", alt.SINGLE), ("filtered collection", "get", alt.COLLECTION + alt.FILTER),
             ("create+delete cycle", "cycle", alt.COLLECTION)]


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: 1 round of 2 s")
    ap.add_argument("--rounds", type=int, default=3, help="load rounds (median)")
    ap.add_argument("--duration", type=int, default=4, help="seconds per load measurement")
    args = ap.parse_args()
    if args.quick:
        args.rounds, args.duration = 1, 2
    return args


def tenant(n):
    return f"bench-{n}"


def load_tenant(n):
    """Creates the tenant (first use) with its records; the import's milliseconds."""
    t0 = time.monotonic()
    status, _, body = request(MOCK_PORT, "PUT", "/_mock/state", alt.state_document(RECORDS),
                              headers={**CONTROL_HEADERS, "X-Mock-Cluster": tenant(n)}, timeout=120)
    if status != 200:
        raise SystemExit(f"PUT /_mock/state in {tenant(n)} answered {status}: {body[:500]!r}")
    return (time.monotonic() - t0) * 1000


def memory(proc):
    return {"rss": rss_mib(proc.pid), "heap": jcmd_live_heap_mib(proc.pid)}


def measure(tenants, scenario, duration):
    _, mode, path = next(s for s in SCENARIOS if s[0] == scenario)
    if mode == "get":
        return wrk(MOCK_PORT, path, CONNECTIONS, duration, "tenants.lua", script_args=(mode, tenants, path))
    result = wrk(MOCK_PORT, path, CONNECTIONS, duration, "tenants.lua", threads=CONNECTIONS,
                 script_args=(mode, tenants, path, CYCLE_SVM_BASE))
    # what a cycle cut short at the end left (a create without its delete), so that no later run starts on a 409
    svms = quote("|".join(f"vs{CYCLE_SVM_BASE + c}" for c in range(CONNECTIONS)))
    for n in range(tenants) if tenants else [None]:
        headers = {**HEADERS, "X-Mock-Cluster": tenant(n)} if n is not None else HEADERS
        status, _, body = request(MOCK_PORT, "DELETE", f"{path}?svm.name={svms}", headers=headers)
        if status not in (200, 202):
            raise SystemExit(f"DELETE of the cycles' leftovers in {tenant(n)} answered {status}: {body[:300]!r}")
    return result


def fmt(v, digits=0):
    return "n/a" if v is None else f"{v:,.{digits}f}"


def label(n):
    return "default cluster (no header)" if n == 0 else f"{n} tenant{'s' if n > 1 else ''}"


def report(args, sampler, started, mem, imports, results, clusters):
    lines = [f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}, {(time.time() - started) / 60:.1f} "
             f"min, `bench/run.sh --tenants-only{' --quick' if args.quick else ''}` ({args.rounds} rounds of "
             f"{args.duration} s per measurement). The mock as {DEFAULT_MODE.label} with the documented memory "
             f"defaults ({' '.join(DEFAULT_MODE.jvm)}), an inventory of 200 data SVMs, {RECORDS} AWS KMS "
             "configurations imported into each tenant.", "",
             "Machine: " + "; ".join(machine()) + ".", "", sampler.describe() + ".", "",
             f"wrk, {CONNECTIONS} connections, each request to the next of N tenants (`X-Mock-Cluster: bench-<i>`); "
             "each cell: requests/s, p50 / p99 in ms (errors: answers other than 2xx/3xx or socket errors, when "
             f"any); median of {args.rounds} rounds, the tenant counts interleaved. The create+delete cycle counts "
             "each request (a cycle is two) and moves each connection to the next tenant after each delete.", "",
             "| request | " + " | ".join(label(n) for n in (0, *TENANT_COUNTS)) + " |",
             "| --- |" + " --- |" * (1 + len(TENANT_COUNTS))]
    for scenario, _, _ in SCENARIOS:
        cells = []
        for n in (0, *TENANT_COUNTS):
            rs = results[(scenario, n)]
            errs = sum(r["errors"] for r in rs)
            cells.append(f"{fmt(median([r['rps'] for r in rs]))}, {fmt(median([r['p50'] for r in rs]), 2)} / "
                         f"{fmt(median([r['p99'] for r in rs]), 2)}" + (f" ({errs} errors)" if errs else ""))
        lines.append(f"| {scenario} | " + " | ".join(cells) + " |")
    lines += ["", "| memory | RSS (MiB) | live heap after a full GC (MiB) |", "| --- | --- | --- |"]
    for what, m in mem:
        lines.append(f"| {what} | {fmt(m['rss'])} | {fmt(m['heap'], 1)} |")
    heap = {w: m["heap"] for w, m in mem}
    one, hundred, after = (heap.get(f"{label(1)} loaded"), heap.get(f"{label(100)} loaded"),
                           heap.get(AFTER_LOAD))
    if None not in (one, hundred, after):
        lines += ["", f"Live heap per tenant: {(hundred - one) / 99 * 1024:,.0f} KiB with its {RECORDS} records "
                      f"(1 → 100 tenants loaded), and {(after - hundred) / 101 * 1024:,.0f} KiB more per cluster "
                      "once the load runs have filled its journal (100 tenants and the default cluster)."]
    lines += ["", f"`PUT /_mock/state` of {RECORDS} records into a new tenant: median {fmt(median(imports))} ms "
                  f"(min {fmt(min(imports))}, max {fmt(max(imports))}, {len(imports)} tenants).",
              "", f"`GET /_mock/clusters` at the end: {clusters}."]
    return "\n".join(lines)


def summary_of_clusters():
    status, _, body = request(MOCK_PORT, "GET", "/_mock/clusters")
    if status != 200:
        return f"answered {status}"
    records = json.loads(body)["records"]
    journal = [r["journal_entries"] for r in records]
    aws = [r["records"]["aws_kms"] for r in records]
    return (f"{len(records)} clusters (the default one and {len(records) - 1} tenants), {min(aws)}-{max(aws)} AWS KMS "
            f"configurations and {min(journal):,}-{max(journal):,} journal entries each")


def main():
    args = parse_args()
    install_cleanup()
    folder = build(ROOT, DEFAULT_MODE, [ROOT / "src" / "main", ROOT / "openapi", ROOT / "pom.xml"])
    inv = alt.inventory(2 * RECORDS)
    require_free(MOCK_PORT, MOCK_SSL_PORT)
    started = time.time()
    proc = start(mock_cmd(DEFAULT_MODE, extra=[f"-Dontap-mock.inventory={inv}"]), cwd=folder, name="tenants")
    ready = wait_http(MOCK_PORT, "/api/cluster", time.monotonic() + 120, proc=proc)
    time.sleep(1)  # a mock that finds its port taken answers nothing and stops: the answer must be its own
    if not ready or proc.poll() is not None:
        raise SystemExit("the mock did not start (bench/.work/logs/tenants.log)")
    with LoadSampler() as sampler:
        mem = [("after start (default cluster only)", memory(proc))]
        imports = []
        request(MOCK_PORT, "PUT", "/_mock/state", alt.state_document(RECORDS))  # the default cluster's data
        for count in TENANT_COUNTS:
            imports += [load_tenant(n) for n in range(len(imports), count)]
            mem.append((f"{label(count)} loaded", memory(proc)))
            log(f"{count} tenants loaded: {mem[-1][1]}")
        log("warm-up ...")
        for scenario, _, _ in SCENARIOS:
            measure(TENANT_COUNTS[-1], scenario, max(2, args.duration // 2))
        results = defaultdict(list)
        for rnd in range(args.rounds):
            for scenario, _, _ in SCENARIOS:
                for n in (0, *TENANT_COUNTS):  # interleaved: each tenant count in turn
                    results[(scenario, n)].append(measure(n, scenario, args.duration))
            log(f"round {rnd + 1}/{args.rounds} done")
        mem.append((AFTER_LOAD, memory(proc)))
        clusters = summary_of_clusters()
    stop_all()
    text = report(args, sampler, started, mem, imports, results, clusters)
    write_region("tenants", text)
    log("tenants written to bench/RESULTS.md:\n" + text)


if __name__ == "__main__":
    main()

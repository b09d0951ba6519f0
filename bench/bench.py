#!/usr/bin/env python3
"""The mock against what users would pick instead, in one run on one machine, interleaved; writes bench/RESULTS.md.

Run it through bench/run.sh (which installs wrk and fetches the alternatives); `--quick` for a smoke run.
Phases: build each start-up mode of the mock and of the floor (reused when newer than the sources), record the
answers the stubs replay, start-up (each candidate started and stopped in turn, round-robin, N times), then load
(every candidate up at once; per scenario and connection count, each candidate in turn, over several rounds).
All traffic goes to 127.0.0.1; every process started is stopped at the end.
"""
import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict

import alternatives as alt
from common import (BENCH, MOCK_PORT, MOCK_SSL_PORT, ROOT, WORK, LoadSampler, build, cpu_ms, install_cleanup, log,
                    machine, median, mock_cmd, request, require_free, rss_mib, start, stop, stop_all, wait_http,
                    write_region)
from common import wrk as common_wrk
from modes import DEFAULT_MODE, MODES

PORTS = {"floor": 22101, "WireMock": 22102, "MockServer": 22103, "Prism": 22104}
SIZES = (100, 1_000, 10_000)
MOCK_SOURCES = [ROOT / "src" / "main", ROOT / "openapi", ROOT / "pom.xml"]


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: 1 start-up run, 1 round of 2 s")
    ap.add_argument("--startups", type=int, default=5, help="start-up runs per candidate (median)")
    ap.add_argument("--rounds", type=int, default=3, help="load rounds (median; 3 outvote one disturbed round)")
    ap.add_argument("--duration", type=int, default=4, help="seconds per load measurement")
    ap.add_argument("--rebuild", action="store_true", help="build even when target/bench-* is newer than sources")
    args = ap.parse_args()
    if args.quick:
        args.startups, args.rounds, args.duration = 1, 1, 2
    return args


# ---------------------------------------------------------------- start-up


def startup_candidates(mock_dirs, floor_dirs):
    """(label, Server) for each start-up mode of the mock and the floor, then the alternatives."""
    out = []
    for mode in MODES:
        if mode.key in mock_dirs:
            out.append((f"mock, {mode.label}",
                        alt.Server("mock", mock_cmd(mode), mock_dirs[mode.key], MOCK_PORT, "/api/cluster")))
        if mode.key in floor_dirs:
            out.append((f"empty Quarkus app, {mode.label}", alt.floor(floor_dirs[mode.key], mode, PORTS["floor"])))
    have = alt.available()
    if have["WireMock"]:
        out.append(("WireMock", alt.wiremock(PORTS["WireMock"])))
    if have["MockServer"]:
        out.append(("MockServer", alt.mockserver(PORTS["MockServer"])))
    if have["Prism"]:
        out.append(("Prism", alt.prism(PORTS["Prism"])))
    return out


def start_and_wait(server, name, deadline_s=120):
    t0 = time.monotonic()
    proc = start(server.cmd, cwd=server.cwd, name=name)
    if not wait_http(server.port, server.probe, t0 + deadline_s, proc=proc):
        stop(proc)
        raise SystemExit(f"{name} did not answer 200 on {server.probe} within {deadline_s} s "
                         f"(see bench/.work/logs/{name}.log)")
    return proc, (time.monotonic() - t0) * 1000


def measure_startup(candidates, runs):
    times, rss, cpu = defaultdict(list), defaultdict(list), defaultdict(list)
    for run in range(runs):
        for label, server in candidates:  # round-robin: one start of each, then again
            proc, ms = start_and_wait(server, f"startup-{re.sub(r'[^a-z0-9]+', '-', label.lower())}")
            times[label].append(ms)
            cpu[label].append(cpu_ms(proc.pid))
            rss[label].append(rss_mib(proc.pid))
            stop(proc)
            log(f"start-up {run + 1}/{runs} {label}: {ms:.0f} ms, CPU {cpu[label][-1]:.0f} ms, "
                f"{rss[label][-1]:.0f} MiB")
    return times, rss, cpu


# ---------------------------------------------------------------- load


def wrk(port, path, conns, duration, cycle=False):
    """One bounded wrk run (common.wrk); the cycle keeps one connection per thread (its own SVM)."""
    if not cycle:
        return common_wrk(port, path, conns, duration)
    # SVMs of their own for 1 and 32 connections: a cycle cut short at the end leaves a record
    return common_wrk(port, path, conns, duration, "cycle.lua", threads=conns,
                      script_args=(alt.COLLECTION, alt.CYCLE_SVM_BASE + (100 if conns > 1 else 0)))


def put_state(records):
    """Loads the records, timed; then 2 s of untimed single-record GETs, so that the collection of the replaced
    state's garbage does not fall into the next measurement."""
    t0 = time.monotonic()
    status, _, body = request(MOCK_PORT, "PUT", "/_mock/state", alt.state_document(records), timeout=300)
    if status != 200:
        raise SystemExit(f"PUT /_mock/state ({records} records) answered {status}: {body[:500]!r}")
    took = (time.monotonic() - t0) * 1000
    wrk(MOCK_PORT, alt.SINGLE, 32, 2)
    return took


def scenarios():
    """(scenario, path, cycle?) and which candidates answer it."""
    stubs = ["WireMock", "MockServer", "Prism"]
    return [("single-record GET", alt.SINGLE, False, ["mock", "floor", *stubs]),
            ("GET /api/cluster", "/api/cluster", False, ["mock", *stubs]),
            ("create+delete cycle", alt.COLLECTION, True, ["mock", *stubs]),
            ("filtered collection", alt.COLLECTION + alt.FILTER, False, ["mock", *stubs])]


def measure_load(servers, args):
    """servers: name -> Server, all running. Results keyed (scenario, connections, candidate)."""
    results, imports = defaultdict(list), defaultdict(list)
    log("warm-up ...")
    put_state(100)
    for scenario, path, cycle, names in scenarios():
        for name in names:
            if name in servers:
                wrk(servers[name].port, path, 32, max(2, args.duration // 2), cycle)
    for rnd in range(args.rounds):
        imports[100].append(put_state(100))
        for scenario, path, cycle, names in scenarios():
            for conns in (1, 32):
                for name in names:  # interleaved: each candidate in turn
                    if name in servers:
                        label = "mock, 100 records" if scenario == "filtered collection" and name == "mock" else name
                        results[(scenario, conns, label)].append(wrk(servers[name].port, path, conns, args.duration,
                                                                     cycle))
        for size in SIZES[1:]:
            imports[size].append(put_state(size))
            for conns in (1, 32):  # at least 10 s: slow answers need time to finish
                results[("filtered collection", conns, f"mock, {size:,} records")].append(
                    wrk(MOCK_PORT, alt.COLLECTION + alt.FILTER, conns, max(10, args.duration)))
        log(f"load round {rnd + 1}/{args.rounds} done")
    return results, imports


# ---------------------------------------------------------------- report


def fmt(v, digits=0):
    return "n/a" if v is None else f"{v:,.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def verdict(ok):
    return "not measured" if ok is None else ("**pass**" if ok else "**FAIL**")


def report(args, sampler, st_times, st_rss, st_cpu, results, imports, rss_10k, started):
    med = lambda d, k: median(d.get(k, []))  # noqa: E731
    lm = lambda scen, conns, name, field: median([r[field] for r in results.get((scen, conns, name), [])])  # noqa
    lines = [f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}, {(time.time() - started) / 60:.1f} "
             f"min, `bench/run.sh{' --quick' if args.quick else ''}` ({args.startups} start-ups per candidate, "
             f"{args.rounds} load rounds of {args.duration} s per measurement).", ""]
    lines += ["Machine: " + "; ".join(machine()) + ".", "", sampler.describe() + ".", ""]

    # targets
    single1 = lm("single-record GET", 1, "mock", "p50")
    coll10k = lm("filtered collection", 1, "mock, 10,000 records", "p50")
    mock_modes = {m.key: med(st_times, f"mock, {m.label}") for m in MODES}
    floor_modes = {m.key: med(st_times, f"empty Quarkus app, {m.label}") for m in MODES}
    best = min((k for k in mock_modes if mock_modes[k] is not None), key=lambda k: mock_modes[k], default=None)
    best_label = next((m.label for m in MODES if m.key == best), "n/a")
    wm, ms = med(st_times, "WireMock"), med(st_times, "MockServer")
    rps = lambda name: lm("single-record GET", 32, name, "rps")  # noqa: E731
    floor_p50 = lm("single-record GET", 1, "floor", "p50")
    dflt = DEFAULT_MODE.label
    rss_mock, rss_floor = med(st_rss, f"mock, {dflt}"), med(st_rss, f"empty Quarkus app, {dflt}")
    t_start = ratio(mock_modes.get(best), floor_modes.get(best))
    rows = [
        ("Filtered collection, 100 of 10,000 records, p50 (1 connection) at most 20x the single-record GET",
         f"{fmt(coll10k, 2)} ms / {fmt(single1, 2)} ms", ratio(coll10k, single1), lambda r: r <= 20),
        ("State import of 10,000 records under 1 s", f"{fmt(med(imports, 10_000))} ms",
         ratio(med(imports, 10_000), 1000), lambda r: r < 1),
        (f"Start-up at most 1.3x the empty app started the same way (best mode: {best_label})",
         f"{fmt(mock_modes.get(best))} ms / {fmt(floor_modes.get(best))} ms", t_start, lambda r: r <= 1.3),
        (f"Start-up faster than WireMock (best mode: {best_label})", f"{fmt(mock_modes.get(best))} ms / {fmt(wm)} ms",
         ratio(mock_modes.get(best), wm), lambda r: r < 1),
        (f"Start-up faster than MockServer (best mode: {best_label})",
         f"{fmt(mock_modes.get(best))} ms / {fmt(ms)} ms", ratio(mock_modes.get(best), ms), lambda r: r < 1),
        (f"RSS after start at most 1.5x the empty app's ({dflt})", f"{fmt(rss_mock)} MiB / {fmt(rss_floor)} MiB",
         ratio(rss_mock, rss_floor), lambda r: r <= 1.5),
        ("Single-record GET, 32 connections: at least MockServer's throughput",
         f"{fmt(rps('mock'))} / {fmt(rps('MockServer'))} req/s", ratio(rps("mock"), rps("MockServer")),
         lambda r: r >= 1),
        ("Single-record GET, 32 connections: at least 60 % of the empty app's throughput",
         f"{fmt(rps('mock'))} / {fmt(rps('floor'))} req/s", ratio(rps("mock"), rps("floor")), lambda r: r >= 0.6),
        ("Single-record GET, 1 connection: p50 at most 2x the empty app's", f"{fmt(single1, 3)} ms / "
         f"{fmt(floor_p50, 3)} ms", ratio(single1, floor_p50), lambda r: r <= 2),
        ("RSS after the 10,000-record run at most 512 MiB (documented defaults)", f"{fmt(rss_10k)} MiB",
         ratio(rss_10k, 512), lambda r: r <= 1),
    ]
    lines += ["### Targets of issue 13", "", "| target | measured | ratio | verdict |", "| --- | --- | --- | --- |"]
    for name, measured, r, test in rows:
        lines.append(f"| {name} | {measured} | {fmt(r, 2)} | {verdict(None if r is None else test(r))} |")

    # start-up
    lines += ["", "### Start-up (to the first 200) and RSS after it",
              "", f"Median of {args.startups} runs, candidates started round-robin; the mock on its default "
              "inventory and settings, probing `GET /api/cluster`; the empty app probing its one endpoint. CPU: what the "
              "process used until its first 200 (user + system), which moves far less with the machine's load than "
              "the wall time.", "",
              "| candidate | first 200 (ms, median) | min-max (ms) | vs. empty app | CPU to first 200 (ms, median) | "
              "CPU vs. empty app | RSS after start (MiB, median) |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    floor_cpu = {m.key: med(st_cpu, f"empty Quarkus app, {m.label}") for m in MODES}
    for label in st_times:
        t, c = st_times[label], st_cpu.get(label, [])
        mode = next((m.key for m in MODES if label == f"mock, {m.label}"), None)
        vs = lambda value, floor: fmt(ratio(value, floor), 2) + "x" if mode and floor else ""  # noqa: E731
        lines.append(f"| {label} | {fmt(median(t))} | {fmt(min(t))}-{fmt(max(t))} | "
                     f"{vs(median(t), floor_modes.get(mode))} | {fmt(median(c))} | "
                     f"{vs(median(c), floor_cpu.get(mode))} | {fmt(median(st_rss[label]))} |")

    # load
    names = ["mock", "floor", "WireMock", "MockServer", "Prism"]
    lines += ["", "### Throughput and latency", "",
              f"wrk, {args.duration} s per measurement, median of {args.rounds} rounds; each cell: requests/s, "
              "p50 / p99 in ms (errors: answers other than 2xx/3xx or socket errors, when any). The mock runs "
              f"{dflt} with default settings and an inventory of 10,000 data SVMs; the empty app answers only "
              "the single-record GET; the stubs replay the page recorded at 10,000 records (shown on that row). "
              "The create+delete cycle counts each request (a cycle is two).", ""]
    labels = ["mock", "floor", "WireMock", "MockServer", "Prism"]
    lines += ["| request | conns | " + " | ".join(["mock", "empty Quarkus app", *names[2:]]) + " |",
              "| --- | --- |" + " --- |" * len(labels)]
    for scenario, _, _, _ in scenarios():
        for conns in (1, 32):
            if scenario == "filtered collection":
                rows_l = [(f"filtered collection, {n:,} records", f"mock, {n:,} records") for n in SIZES]
            else:
                rows_l = [(scenario, "mock")]
            for title, mock_key in rows_l:
                cells = []
                for name in labels:
                    key = mock_key if name == "mock" else name
                    rs = results.get((scenario, conns, key))
                    if not rs or (scenario == "filtered collection" and name != "mock" and mock_key !=
                                  "mock, 10,000 records"):
                        cells.append("")
                        continue
                    errs = sum(r["errors"] for r in rs)
                    cells.append(f"{fmt(median([r['rps'] for r in rs]))}, {fmt(median([r['p50'] for r in rs]), 2)}"
                                 f" / {fmt(median([r['p99'] for r in rs]), 2)}" + (f" ({errs} errors)" if errs else ""))
                lines.append(f"| {title} | {conns} | " + " | ".join(cells) + " |")
    lines += ["", "### State import and memory", "",
              "| `PUT /_mock/state` | 100 records | 1,000 records | 10,000 records |", "| --- | --- | --- | --- |",
              "| ms (median) | " + " | ".join(fmt(med(imports, n)) for n in SIZES) + " |", "",
              f"RSS of the mock after the 10,000-record run: **{fmt(rss_10k)} MiB** (RSS after start "
              f"{fmt(rss_mock)} MiB)."]
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def main():
    args = parse_args()
    install_cleanup()
    require_free(MOCK_PORT, MOCK_SSL_PORT, *PORTS.values())
    WORK.mkdir(parents=True, exist_ok=True)
    mock_dirs, floor_dirs = {}, {}
    for mode in MODES:
        d = build(ROOT, mode, MOCK_SOURCES, args.rebuild)
        if d:
            mock_dirs[mode.key] = d
        d = build(alt.floor_dir(), mode, [alt.floor_dir() / "src", alt.floor_dir() / "pom.xml"], args.rebuild)
        if d:
            floor_dirs[mode.key] = d
    if DEFAULT_MODE.key not in mock_dirs:
        sys.exit(f"the default mode ({DEFAULT_MODE.label}) could not be built")
    started = time.time()  # the benchmark proper, builds excluded
    with LoadSampler() as sampler:
        inv = alt.inventory(10_000)
        mock_load = alt.Server("mock", mock_cmd(DEFAULT_MODE, extra=[f"-Dontap-mock.inventory={inv}"]),
                               mock_dirs[DEFAULT_MODE.key], MOCK_PORT, "/api/cluster")
        log("recording the stubs' answers from the mock ...")
        proc, _ = start_and_wait(mock_load, "record")
        put_state(100)
        answers = alt.record()
        stop(proc)
        alt.write_wiremock(answers)
        alt.write_mockserver(answers)

        st_times, st_rss, st_cpu = measure_startup(startup_candidates(mock_dirs, floor_dirs), args.startups)

        servers = {"mock": mock_load, "floor": alt.floor(floor_dirs[DEFAULT_MODE.key], DEFAULT_MODE, PORTS["floor"])}
        have = alt.available()
        for name, make in (("WireMock", alt.wiremock), ("MockServer", alt.mockserver), ("Prism", alt.prism)):
            if have[name]:
                servers[name] = make(PORTS[name])
        procs = {name: start_and_wait(s, f"load-{name}")[0] for name, s in servers.items()}
        results, imports = measure_load(servers, args)
        rss_10k = rss_mib(procs["mock"].pid)
        stop_all()
    (WORK / "load-results.json").write_text(json.dumps({" | ".join(map(str, k)): v for k, v in results.items()},
                                                       indent=1))
    write_region("bench", report(args, sampler, st_times, st_rss, st_cpu, results, imports, rss_10k, started))
    log(f"written {os.path.relpath(BENCH / 'RESULTS.md')}")


if __name__ == "__main__":
    main()

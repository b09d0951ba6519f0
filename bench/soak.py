#!/usr/bin/env python3
"""A bounded soak of the mock: mixed operations over every family with fault rules armed; writes bench/RESULTS.md.

Run through bench/run.sh (--soak-only, --quick). For --minutes (default 5; --quick 1), four workers on 127.0.0.1 each
own disjoint SVMs, so every answer is predictable from a client-side model of the state: creates on SVMs the model
says are free, GETs compared with the model, PATCH, DELETE, key servers added and removed, Azure jobs polled to their
end, the key manager configuration patched, collections and the cluster read. Fault rules (codes taken from
GET /_mock/errors) fail some requests and Azure create jobs, delay others, reset some connections.

Counted as unexpected: a 5xx or a closed connection that no armed rule produced, a body that is not JSON, and any
answer the model does not predict (an error without an armed rule's code, a record that differs). Memory: RSS every
2 s, and the live heap after a full GC (jcmd) at the end of the warm-up and at the end. Finally GET /_mock/state must
hold exactly the records the successful requests imply, and each error rule's `fired` count must equal the answers
with its code that the workers saw.
"""
import argparse
import http.client
import json
import random
import threading
import time
from collections import Counter
from urllib.parse import quote

from common import (HEADERS, HOST, MOCK_PORT, MOCK_SSL_PORT, ROOT, WORK, LoadSampler, build, install_cleanup,
                    jcmd_live_heap_mib, log, median, mock_cmd, request, require_free, rss_mib, start, stop_all,
                    wait_http, write_region)
from alternatives import inventory, svm_uuid
from modes import DEFAULT_MODE

WORKERS = 4
AWS_SVMS = [f"vs{i}" for i in range(2, 22)]  # five per worker
AZURE_SVMS = [f"vs{i}" for i in range(22, 42)]
KEY_MANAGER_SCOPES = ["vs0", "vs1", None]  # None: the cluster; the embedded inventory has their certificates
CERTS = {"vs0": ("6a3e1b1c-7b44-11ee-9c0a-005056bb2001", "6a3e1b1c-7b44-11ee-9c0a-005056bb2002"),
         "vs1": ("6a3e1b1c-7b44-11ee-9c0a-005056bb3001", "6a3e1b1c-7b44-11ee-9c0a-005056bb3002"),
         None: ("6a3e1b1c-7b44-11ee-9c0a-005056bb1001", "6a3e1b1c-7b44-11ee-9c0a-005056bb1002")}
SVM_NAMES = {"f36ff553-e713-11ea-bd56-005056bb4222": "vs0", "0a1b2c3d-e713-11ea-bd56-005056bb4223": "vs1",
             **{svm_uuid(i): f"vs{i}" for i in range(2, 42)}}
AWS, AZURE, KM = "/api/security/aws-kms", "/api/security/azure-key-vaults", "/api/security/key-managers"
KEY_ID = "https://keyvault-bench.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74"

# Fault rules armed for the whole soak: (operation, probability, what). Error codes come from the catalogue.
RULES = [("aws_kms_create", 0.05, "error"), ("aws_kms_get", 0.03, "error"), ("key_server_create", 0.05, "error"),
         ("security_key_manager_collection_get", 0.05, "error"), ("azure_key_vault_create", 0.10, "job"),
         ("cluster_get", 0.10, "delay"), ("svm_collection_get", 0.05, "reset")]


class Model:
    """What the successful requests imply, and the tallies."""

    def __init__(self):
        self.lock = threading.Lock()
        self.aws, self.azure, self.km = {}, {}, {}  # uuid -> expected fields (key managers: scope, servers)
        self.config = {}
        self.tally = Counter()
        self.fired = Counter()  # error rule operation -> answers seen with its code
        self.unexpected = []

    def note(self, kind, detail=""):
        with self.lock:
            self.tally[kind] += 1
            if kind.startswith("unexpected") and len(self.unexpected) < 20:
                self.unexpected.append(f"{kind}: {detail}"[:300])


class Worker(threading.Thread):
    def __init__(self, n, model, faults, stop_at, seed):
        super().__init__(daemon=True)
        self.n, self.model, self.faults, self.stop_at = n, model, faults, stop_at
        self.rnd = random.Random(seed * 100 + n)
        self.aws_svms = AWS_SVMS[n::WORKERS]
        self.azure_svms = AZURE_SVMS[n::WORKERS]
        self.km_scope = KEY_MANAGER_SCOPES[n] if n < len(KEY_MANAGER_SCOPES) else "config"
        self.conn = None
        self.by_svm = {"aws": {}, "azure": {}}  # svm -> uuid, this worker's records
        self.km_uuid = None
        self.location = ""  # the last segment of the last answer's Location header

    # -------------------------------------------------------- HTTP with classification
    def call(self, op, method, path, body=None, expect=(200,)):
        """Returns (status, json) for an answer the model predicts; None for an armed fault's or unexpected one."""
        m = self.model
        m.note("requests")
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, MOCK_PORT, timeout=30)
            self.conn.request(method, path, body=None if body is None else json.dumps(body), headers=HEADERS)
            r = self.conn.getresponse()
            raw = r.read()
            status = r.status
            self.location = (r.getheader("Location") or "").rsplit("/", 1)[-1]
        except (OSError, http.client.HTTPException) as e:
            self.conn = None
            if self.faults.get(op, {}).get("what") == "reset":
                with m.lock:
                    m.fired[op] += 1
                m.note("fault: connection reset")
            else:
                m.note("unexpected: connection failure", f"{method} {path}: {e!r}")
            return None
        try:
            doc = json.loads(raw)
        except ValueError:
            m.note("unexpected: non-JSON body", f"{method} {path} {status}: {raw[:100]!r}")
            return None
        code = doc.get("error", {}).get("code") if isinstance(doc, dict) else None
        rule = self.faults.get(op)
        if code is not None and rule and rule["what"] == "error" and code == rule["code"]:
            with m.lock:
                m.fired[op] += 1
            m.note("fault: error answered")
            return None
        if status >= 500:
            m.note("unexpected: 5xx", f"{method} {path} {status} {doc}")
            return None
        if status not in expect:
            m.note("unexpected: answer the model does not predict", f"{method} {path} {status} {doc}")
            return None
        m.note("ok")
        return status, doc

    def job(self, doc):
        """Polls the job of a 202 answer to its end: (state, code)."""
        uuid = doc["job"]["uuid"]
        for _ in range(500):
            got = self.call("job_get", "GET", f"/api/cluster/jobs/{uuid}")
            if got is None:
                return None, None
            if got[1].get("state") in ("success", "failure"):
                return got[1]["state"], str(got[1].get("code", ""))
            time.sleep(0.01)
        self.model.note("unexpected: job never ended", uuid)
        return None, None

    # -------------------------------------------------------- the families
    def aws(self):
        svm = self.rnd.choice(self.aws_svms)
        uuid = self.by_svm["aws"].get(svm)
        m = self.model
        if uuid is None:
            body = {"svm": {"name": svm}, "region": "us-east-1", "key_id": f"key-{svm}", "access_key_id": "AKIAEX",
                    "secret_access_key": "soak-secret"}
            got = self.call("aws_kms_create", "POST", AWS, body, expect=(201,))
            if got:
                new = self.location
                self.by_svm["aws"][svm] = new
                with m.lock:
                    m.aws[new] = {"svm": svm, "region": "us-east-1", "key_id": f"key-{svm}", "timeout": 10}
            return
        action = self.rnd.choice(["get", "get", "patch", "delete"])
        if action == "get":
            got = self.call("aws_kms_get", "GET", f"{AWS}/{uuid}?fields=svm,region,key_id,timeout")
            if got:
                want = m.aws[uuid]
                seen = {"svm": got[1]["svm"]["name"], "region": got[1].get("region"), "key_id": got[1].get("key_id"),
                        "timeout": got[1].get("timeout")}
                if seen != want:
                    m.note("unexpected: record differs from the model", f"{uuid} {seen} != {want}")
        elif action == "patch":
            timeout = self.rnd.randint(1, 30)
            if self.call("aws_kms_modify", "PATCH", f"{AWS}/{uuid}", {"timeout": timeout}):
                with m.lock:
                    m.aws[uuid]["timeout"] = timeout
        elif self.call("aws_kms_delete", "DELETE", f"{AWS}/{uuid}"):
            del self.by_svm["aws"][svm]
            with m.lock:
                del m.aws[uuid]

    def azure(self):
        svm = self.rnd.choice(self.azure_svms)
        uuid = self.by_svm["azure"].get(svm)
        m = self.model
        if uuid is None:
            body = {"svm": {"name": svm}, "client_id": f"client-{svm}", "tenant_id": "tenant1",
                    "name": "https://bench.vault.azure.net/", "key_id": KEY_ID, "client_secret": "soak-secret"}
            got = self.call("azure_key_vault_create", "POST", AZURE, body, expect=(202,))
            if not got:
                return
            state, code = self.job(got[1])
            if state == "failure" and code == self.faults["azure_key_vault_create"]["code"]:
                with m.lock:
                    m.fired["azure_key_vault_create"] += 1
                m.note("fault: job failed")
                return
            if state != "success":
                if state is not None:
                    m.note("unexpected: job failed", f"{svm} {code}")
                return
            found = self.call("azure_key_vault_collection_get", "GET", f"{AZURE}?svm.name={svm}")
            if found and found[1].get("num_records") == 1:
                new = found[1]["records"][0]["uuid"]
                self.by_svm["azure"][svm] = new
                with m.lock:
                    m.azure[new] = {"svm": svm, "client_id": f"client-{svm}", "key_id": KEY_ID}
            elif found:
                m.note("unexpected: created vault not found", svm)
            return
        if self.rnd.random() < 0.7:
            got = self.call("azure_key_vault_get", "GET", f"{AZURE}/{uuid}?fields=svm,client_id,key_id")
            if got:
                want = m.azure[uuid]
                seen = {"svm": got[1]["svm"]["name"], "client_id": got[1].get("client_id"),
                        "key_id": got[1].get("key_id")}
                if seen != want:
                    m.note("unexpected: record differs from the model", f"{uuid} {seen} != {want}")
            return
        got = self.call("azure_key_vault_delete", "DELETE", f"{AZURE}/{uuid}", expect=(200, 202))
        if got and (got[0] == 200 or self.job(got[1])[0] == "success"):
            del self.by_svm["azure"][svm]
            with m.lock:
                del m.azure[uuid]

    def key_manager(self):
        scope, m = self.km_scope, self.model
        if self.km_uuid is None:
            client, ca = CERTS[scope]
            external = {"client_certificate": {"uuid": client}, "server_ca_certificates": [{"uuid": ca}],
                        "servers": [{"server": f"ks{self.n}-0.example.com:5696"}]}
            body = {"external": external, **({"svm": {"name": scope}} if scope else {})}
            if self.call("security_key_manager_create", "POST", KM, body, expect=(201,)):
                self.km_uuid = self.location
                with m.lock:
                    m.km[self.km_uuid] = {"svm": scope, "servers": {f"ks{self.n}-0.example.com:5696"}}
            return
        uuid = self.km_uuid
        servers = m.km[uuid]["servers"]
        action = self.rnd.choice(["get", "add", "remove", "add", "remove", "delete"])
        if action == "get":
            got = self.call("security_key_manager_get", "GET", f"{KM}/{uuid}?fields=external.servers")
            if got:
                seen = {s["server"] for s in got[1].get("external", {}).get("servers", [])}
                if seen != servers:
                    m.note("unexpected: record differs from the model", f"{uuid} {seen} != {servers}")
        elif action == "add" and len(servers) < 4:
            name = f"ks{self.n}-{self.rnd.randint(1, 10**6)}.example.com:5696"
            if self.call("key_server_create", "POST", f"{KM}/{uuid}/key-servers", {"server": name},
                         expect=(201,)):
                with m.lock:
                    servers.add(name)
        elif action == "remove" and len(servers) > 1:
            name = sorted(servers)[self.rnd.randrange(len(servers))]
            path = f"{KM}/{uuid}/key-servers/{quote(name, safe='')}"
            if self.call("key_server_delete", "DELETE", path, expect=(200, 202)):
                with m.lock:
                    servers.discard(name)
        elif action == "delete":
            if self.call("security_key_manager_delete", "DELETE", f"{KM}/{uuid}"):
                self.km_uuid = None
                with m.lock:
                    del m.km[uuid]

    def config(self):
        body = {"health_monitor_polling_interval": self.rnd.randint(15, 30),
                "cloud_kms_retry_count": self.rnd.randint(0, 10)}
        if self.call("key_manager_config_modify", "PATCH", "/api/security/key-manager-configs", body):
            with self.model.lock:
                self.model.config = body

    def reads(self):
        op, path = self.rnd.choice([
            ("cluster_get", "/api/cluster"), ("svm_collection_get", "/api/svm/svms"),
            ("aws_kms_collection_get", f"{AWS}?fields=*&svm.name=vs1*&order_by=svm.name"),
            ("azure_key_vault_collection_get", f"{AZURE}?fields=*"),
            ("security_key_manager_collection_get", f"{KM}?fields=*"),
            ("security_keystore_collection_get", "/api/security/key-stores?fields=*"),
            ("key_manager_config_get", "/api/security/key-manager-configs")])
        self.call(op, "GET", path)

    def run(self):
        families = [self.aws, self.azure, self.reads, self.reads,
                    self.config if self.km_scope == "config" else self.key_manager]
        while time.monotonic() < self.stop_at:
            self.rnd.choice(families)()


def fmt(v):
    return "n/a" if v is None else f"{v:.0f}"


def arm_faults(seed):
    faults = {}
    for op, probability, what in RULES:
        rule = {"operation_id": op, "probability": probability, "seed": seed}
        if what in ("error", "job"):
            _, _, body = request(MOCK_PORT, "GET", f"/_mock/errors?operation_id={op}")
            doc = json.loads(body)
            if "records" not in doc:
                raise SystemExit(f"GET /_mock/errors?operation_id={op}: {doc}")
            codes = doc["records"][0]["errors"] or doc["common"]  # a 5xx when there is one
            code = str(next((c for c in codes if c["status"] >= 500), codes[0])["code"])
            rule.update({"code": code, "job": what == "job"})
        elif what == "delay":
            rule["delay_ms"] = 20
        else:
            rule["connection"] = what
        status, _, body = request(MOCK_PORT, "POST", "/_mock/faults", rule)
        if status != 201:
            raise SystemExit(f"fault rule {rule} refused: {status} {body!r}")
        faults[op] = {"what": what, "code": rule.get("code"), "id": json.loads(body)["id"]}
    return faults


def svm_of(record):
    """The SVM name of an exported record ({"svm": {"uuid", "name"}} or "svm_uuid"; None: the cluster)."""
    return (record.get("svm") or {}).get("name") or SVM_NAMES.get(record.get("svm_uuid"))


def compare_state(model, faults):
    """Differences between GET /_mock/state and the model, as readable lines."""
    _, _, body = request(MOCK_PORT, "GET", "/_mock/state")
    state = json.loads(body)
    (WORK / "soak-state.json").write_bytes(body)
    diffs = []
    aws = {r["uuid"]: {"svm": svm_of(r), "region": r["region"], "key_id": r["key_id"],
                       "timeout": r.get("timeout")} for r in state["aws_kms"]}
    azure = {r["uuid"]: {"svm": svm_of(r), "client_id": r.get("credentials", {}).get("client_id"),
                         "key_id": r["key_id"]}
             for r in state["azure_key_vaults"]}
    km = {r["uuid"]: {"svm": svm_of(r),
                      "servers": {s["server"] for s in r.get("external", {}).get("servers", [])}}
          for r in state["key_managers"]}
    for name, seen, want in (("aws_kms", aws, model.aws), ("azure_key_vaults", azure, model.azure),
                             ("key_managers", km, model.km)):
        if seen != want:
            diffs.append(f"{name}: state {sorted(seen.items())[:3]}... != model {sorted(want.items())[:3]}...")
    config = {k: state["key_manager_config"].get(k) for k in model.config}
    if config != model.config:
        diffs.append(f"key_manager_config: {config} != {model.config}")
    fired = {r["operation_id"]: r.get("fired", 0) for r in state["faults"]}
    for op, f in faults.items():
        if f["what"] != "delay" and fired.get(op) != model.fired[op]:
            diffs.append(f"fault rule {op}: fired {fired.get(op)}, the workers saw {model.fired[op]}")
    return diffs, {"aws_kms": len(aws), "azure_key_vaults": len(azure), "key_managers": len(km)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one minute")
    ap.add_argument("--minutes", type=float, default=5)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    minutes = 1 if args.quick else args.minutes
    install_cleanup()
    require_free(MOCK_PORT, MOCK_SSL_PORT)
    folder = build(ROOT, DEFAULT_MODE, [ROOT / "src" / "main", ROOT / "openapi", ROOT / "pom.xml"])
    svms = inventory(42)  # data SVMs vs0 .. vs41
    started = time.time()
    proc = start(mock_cmd(DEFAULT_MODE, extra=[f"-Dontap-mock.inventory={svms}"]), cwd=folder, name="soak")
    if not wait_http(MOCK_PORT, "/api/cluster", time.monotonic() + 120, proc=proc):
        raise SystemExit("the mock did not start (bench/.work/logs/soak.log)")
    faults = arm_faults(args.seed)
    model = Model()
    duration = minutes * 60
    warmup = duration / 3
    rss = []
    t0 = time.monotonic()
    with LoadSampler() as sampler:
        workers = [Worker(n, model, faults, t0 + duration, args.seed) for n in range(WORKERS)]
        for w in workers:
            w.start()
        heap_warm = None
        while any(w.is_alive() for w in workers):
            elapsed = time.monotonic() - t0
            rss.append((elapsed, rss_mib(proc.pid)))
            if heap_warm is None and elapsed >= warmup:
                heap_warm = jcmd_live_heap_mib(proc.pid)
                log(f"soak warm-up over: RSS {rss[-1][1]:.0f} MiB, live heap {heap_warm} MiB, {dict(model.tally)}")
            time.sleep(2)
        for w in workers:
            w.join()
        heap_end = jcmd_live_heap_mib(proc.pid)
        diffs, counts = compare_state(model, faults)
    stop_all()

    # Flat: after the warm-up the RSS makes no new high (the forced GC at the warm-up's end may lower it for a while,
    # so the last quarter is compared with the peak before it, not with the first reading after the GC).
    after = [r for t, r in rss if t >= warmup]
    window = max(1, len(after) // 4)
    rss_before, rss_last = max(after[:-window] or after), max(after[-window:])
    growth = rss_last - rss_before
    flat = growth <= max(0.1 * rss_before, 16)
    heap_growth = None if heap_warm is None or heap_end is None else heap_end - heap_warm
    heap_flat = heap_growth is not None and heap_growth <= max(0.1 * heap_warm, 8)
    unexpected = sum(v for k, v in model.tally.items() if k.startswith("unexpected"))
    t = model.tally
    lines = [f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}: `bench/run.sh --soak-only"
             f"{' --quick' if args.quick else ''}`, {minutes:g} min, {WORKERS} workers on one keep-alive connection "
             f"each, the mock as {DEFAULT_MODE.label} with default settings. {sampler.describe()}.", "",
             "| measure | result | verdict |", "| --- | --- | --- |",
             f"| requests (answered as the model predicts) | {t['requests']:,} ({t['ok']:,}), "
             f"{t['requests'] / duration:,.0f} req/s | |",
             f"| answers from armed fault rules | {t['fault: error answered']:,} errors, {t['fault: job failed']:,} "
             f"failed jobs, {t['fault: connection reset']:,} connection resets | |",
             f"| unexpected failures (5xx or closed connection without a rule, non-JSON body, an answer the model "
             f"does not predict) | {unexpected:,} | {'**pass**' if unexpected == 0 else '**FAIL**'} |",
             f"| RSS peak after the warm-up ({warmup:.0f} s) → peak in the last quarter | {rss_before:.0f} → "
             f"{rss_last:.0f} MiB ({growth:+.0f}; {max([r for t, r in rss if t < warmup] or [0]):.0f} at most "
             f"during the warm-up) | "
             f"{'**pass**' if flat else '**FAIL**'} (flat: no new high beyond 10 % or 16 MiB) |",
             f"| live heap after a full GC, warm-up end → end | {fmt(heap_warm)} → {fmt(heap_end)} MiB | "
             f"{'**pass**' if heap_flat else '**FAIL**'} (growth ≤ 10 % or 8 MiB) |",
             f"| exported state = the model (records {counts}, key manager configuration, each rule's `fired` "
             f"count = the faults the workers saw) | "
             f"{'identical' if not diffs else '; '.join(diffs)} | {'**pass**' if not diffs else '**FAIL**'} |"]
    if model.unexpected:
        lines += ["", "First unexpected answers:", ""] + [f"- `{u}`" for u in model.unexpected]
    lines += ["", "RSS over time (s: MiB): " + ", ".join(f"{t:.0f}: {r:.0f}" for t, r in rss[::max(1, len(rss) // 15)])]
    write_region("soak", "\n".join(lines))
    log("soak written to bench/RESULTS.md:", "\n".join(lines))


if __name__ == "__main__":
    main()

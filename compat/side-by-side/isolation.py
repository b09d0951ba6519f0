#!/usr/bin/env python3
"""After the side-by-side run: each tenant's journal and state hold only its own client's traffic.

    isolation.py HTTPS_PORT PACT_TENANT ANSIBLE_TENANT CURL_TENANT DEFAULT_STATE_BEFORE.json

- GET /_mock/clusters lists the three tenants, with the sizes of their own state and journal;
- the default cluster, which nobody used, has an empty journal and the state it had before the run;
- every request in the Pact tenant's journal is a request of one of the pacts' interactions (method, path with
  UUIDs taken as any UUID, query, body with the secrets masked as the journal masks them);
- the Ansible tenant's journal is not empty and holds no Pact interaction's request, and nothing of the curl session;
- the curl tenant's journal and state hold its own requests only (the session checks them exactly each round; here:
  nothing of the others);
- no tenant's exported state holds another client's records.
Prints what it checked; exits 1 with every violation listed.
"""
import base64
import json
import re
import ssl
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs

ROOT = Path(__file__).resolve().parents[2]
PACTS = sorted((ROOT / "pacts").glob("*.json")) + [ROOT / "src/test/resources/pact/broken-consumer-ontap-kms-mock.json"]
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
AUTH = "Basic " + base64.b64encode(b"admin:netapp1!").decode()
TLS = ssl.create_default_context()
TLS.check_hostname = False
TLS.verify_mode = ssl.CERT_NONE  # the mock's self-signed certificate, on 127.0.0.1


def get(port, path, tenant=None):
    headers = {"Authorization": AUTH, "Accept": "application/json"}
    if tenant:
        headers["X-Mock-Cluster"] = tenant
    request = urllib.request.Request(f"https://127.0.0.1:{port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, context=TLS, timeout=60) as answer:
            return json.load(answer)
    except urllib.error.HTTPError as e:
        sys.exit(f"GET {path} ({tenant or 'default cluster'}): {e.code} {e.read()[:300]!r}")


SECRETS = {"secret_access_key", "client_secret", "passphrase", "existing_passphrase", "password", "proxy_password"}


def masked(body):
    """The body as the journal shows it: secrets as ********."""
    if isinstance(body, dict):
        return {k: "********" if k in SECRETS else masked(v) for k, v in body.items()}
    if isinstance(body, list):
        return [masked(v) for v in body]
    return body


def signature(method, path, query, body):
    """What identifies a request: method, path with any UUID, query as parsed, body."""
    return method, UUID.sub("{uuid}", path), json.dumps(query, sort_keys=True), json.dumps(body, sort_keys=True)


def pact_requests():
    out = set()
    for pact in PACTS:
        for interaction in json.loads(pact.read_text())["interactions"]:
            r = interaction["request"]
            out.add(signature(r["method"], r["path"], r.get("query") or {}, masked(r.get("body"))))
    return out


def pact_record_uuids():
    """The UUIDs the pacts give their records (request paths, provider state parameters): not the inventory's."""
    out = set()
    for pact in PACTS:
        for interaction in json.loads(pact.read_text())["interactions"]:
            text = interaction["request"]["path"] + json.dumps(interaction.get("providerStates", []))
            out.update(u.lower() for u in UUID.findall(text))
    return out


def journal_signature(entry):
    return signature(entry["method"], entry["path"], parse_qs(entry.get("query") or "", keep_blank_values=True),
                     entry.get("body"))


def main():
    port, pact, ansible, curl, before_file = sys.argv[1:6]
    problems = []
    checked = []

    journals = {t: get(port, "/_mock/requests", t)["records"] for t in (pact, ansible, curl)}
    states = {t: get(port, "/_mock/state", t) for t in (pact, ansible, curl)}

    listed = {r["name"]: r for r in get(port, "/_mock/clusters")["records"]}
    missing = {pact, ansible, curl} - set(listed)
    if missing:
        problems.append(f"GET /_mock/clusters does not list {sorted(missing)}: {sorted(listed)}")
    for t in set(journals) - missing:
        sizes = {family: len(states[t][family]) for family in ("aws_kms", "azure_key_vaults", "key_managers")}
        shown = {family: listed[t]["records"].get(family) for family in sizes}
        if shown != sizes or listed[t]["journal_entries"] != len(journals[t]):
            problems.append(f"GET /_mock/clusters shows {t} with {shown} records and {listed[t]['journal_entries']} "
                            f"journal entries; its state has {sizes}, its journal {len(journals[t])}")
    checked.append(f"/_mock/clusters lists {sorted(listed)}, the three tenants with their own sizes")

    default_journal = get(port, "/_mock/requests")["records"]
    if default_journal:
        problems.append(f"the default cluster's journal has {len(default_journal)} requests: {default_journal[:3]}")
    if get(port, "/_mock/state") != json.loads(Path(before_file).read_text()):
        problems.append("the default cluster's state changed")
    checked.append("the default cluster: journal empty, state as before")

    expected = pact_requests()
    foreign = [e for e in journals[pact] if journal_signature(e) not in expected]
    if not journals[pact] or foreign:
        problems.append(f"Pact tenant: {len(journals[pact])} requests, not from the pacts: {foreign[:3]}")
    checked.append(f"Pact tenant: {len(journals[pact])} requests in the journal, each a pact interaction's")

    curl_marker = f"curl-{curl}"
    for tenant, journal in journals.items():
        text = json.dumps(journal)
        if tenant != curl and curl_marker in text:
            problems.append(f"{tenant}: the curl session's requests in the journal")
        if tenant != curl and curl_marker in json.dumps(states[tenant]):
            problems.append(f"{tenant}: the curl session's records in the state")
    pact_in_ansible = [e for e in journals[ansible] if journal_signature(e) in expected]
    if not journals[ansible] or pact_in_ansible:
        problems.append(f"Ansible tenant: {len(journals[ansible])} requests, pact interactions among them: "
                        f"{pact_in_ansible[:3]}")
    checked.append(f"Ansible tenant: {len(journals[ansible])} requests in the journal, none a pact interaction's "
                   "or the curl session's")

    pact_uuids = pact_record_uuids()
    for tenant in (ansible, curl):
        leaked = pact_uuids & {u.lower() for u in UUID.findall(json.dumps(states[tenant]))}
        if leaked:
            problems.append(f"{tenant}: records with the pacts' UUIDs in the state: {sorted(leaked)[:3]}")
    if [r["key_id"] for r in states[curl]["aws_kms"]] != [f"{curl_marker}-kept"]:
        problems.append(f"curl tenant: AWS KMS records other than the session's: {states[curl]['aws_kms']}")
    checked.append("states: the Pact UUIDs and the curl session's records only in their own tenants")

    for line in checked:
        print(f"checked: {line}")
    if problems:
        for p in problems:
            print(f"ISOLATION VIOLATED: {p}", file=sys.stderr)
        sys.exit(1)
    print("each tenant holds only its own client's traffic")


if __name__ == "__main__":
    main()

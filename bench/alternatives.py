"""The servers compared with the mock: the floor (an empty Quarkus REST app), WireMock, MockServer and Prism.

WireMock and MockServer serve answers recorded from the mock (record() below); Prism mocks the same spec,
openapi/ontap-security.yaml. Each is started the way its documentation shows, on 127.0.0.1, with request logging
off where the tool offers it for performance work (WireMock's request journal too: unbounded otherwise).
"""
import json
from dataclasses import dataclass
from pathlib import Path

from common import AUTH, HOST, MOCK_PORT, ROOT, TOOLS, USER, PASSWORD, WORK, java_home, request

WIREMOCK_VERSION = "3.13.2"
MOCKSERVER_VERSION = "7.6.0"
PRISM_VERSION = "5.16.0"
WIREMOCK_JAR = TOOLS / f"wiremock-standalone-{WIREMOCK_VERSION}.jar"
MOCKSERVER_JAR = TOOLS / f"mockserver-netty-{MOCKSERVER_VERSION}-jar-with-dependencies.jar"
PRISM = TOOLS / "prism" / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
SPEC = ROOT / "openapi" / "ontap-security.yaml"

COLLECTION = "/api/security/aws-kms"
FILTER = "?svm.name=vs1*&fields=*&max_records=100"
SINGLE_SVM = 1  # the single-record GET reads vs1's record
CYCLE_SVM_BASE = 5000  # create+delete cycles use vs5000, vs5001, ... (free in the 100-record state)


def svm_uuid(i):
    return f"00000000-0000-4000-8000-{i:012d}"


def record_uuid(i):
    return f"10000000-0000-4000-8000-{i:012d}"


SINGLE = f"{COLLECTION}/{record_uuid(SINGLE_SVM)}"


@dataclass
class Recording:
    method: str
    path: str  # with query
    status: int
    headers: dict
    body: str


def inventory(svms):
    """The embedded inventory with data SVMs vs0 .. vs<svms-1> (vs0 and vs1 keep theirs)."""
    text = (ROOT / "src" / "main" / "resources" / "inventory.yaml").read_text()
    extra = "".join(f"  - name: vs{i}\n    uuid: {svm_uuid(i)}\n    state: running\n" for i in range(2, svms))
    head, tail = text.split("\nsvms:\n", 1)
    path = WORK / f"inventory-{svms}.yaml"
    path.write_text(f"{head}\nsvms:\n{extra}{tail}")
    return path


def state_document(records):
    """One AWS KMS configuration per SVM vs0 .. vs<records-1>; other sections left out (seeded)."""
    return json.dumps({"aws_kms": [
        {"uuid": record_uuid(i), "svm": {"name": f"vs{i}"}, "region": "us-east-1", "key_id": f"key-{i}",
         "access_key_id": "AKIAEXAMPLE"} for i in range(records)]})


def record(port=MOCK_PORT):
    """Records the answers the stubs replay from a running mock: call with the 100-record state loaded; leaves the
    10,000-record state loaded."""
    answers = []

    def take(method, path, body=None):
        status, headers, payload = request(port, method, path, body)
        keep = {k: v for k, v in headers.items() if k in ("content-type", "location")}
        answers.append(Recording(method, path, status, keep, payload.decode()))
        return answers[-1]

    take("GET", SINGLE)
    take("GET", "/api/cluster")
    created = take("POST", COLLECTION, {"svm": {"name": f"vs{CYCLE_SVM_BASE}"}, "region": "us-east-1",
                                        "key_id": "kmip-aws", "access_key_id": "AKIAEXAMPLE",
                                        "secret_access_key": "bench-secret"})
    take("DELETE", created.headers["location"])
    request(port, "PUT", "/_mock/state", state_document(10_000))
    take("GET", COLLECTION + FILTER)
    bad = [a for a in answers if a.status >= 300]
    if bad:
        raise SystemExit(f"recording failed: {bad}")
    return answers


def write_wiremock(answers):
    root = WORK / "wiremock"
    (root / "mappings").mkdir(parents=True, exist_ok=True)
    for old in (root / "mappings").glob("*.json"):
        old.unlink()
    for n, a in enumerate(answers):
        match = {"urlPathPattern": f"{COLLECTION}/[^/]+"} if a.method == "DELETE" else {"url": a.path}
        headers = {"Content-Type": a.headers.get("content-type", "application/json")}
        if "location" in a.headers:
            headers["Location"] = a.headers["location"]
        mapping = {"request": {"method": a.method, **match,
                               "basicAuthCredentials": {"username": USER, "password": PASSWORD}},
                   "response": {"status": a.status, "headers": headers, "body": a.body}}
        (root / "mappings" / f"{n}.json").write_text(json.dumps(mapping))
    return root


def write_mockserver(answers):
    expectations = []
    for a in answers:
        path, _, query = a.path.partition("?")
        req = {"method": a.method, "path": f"{COLLECTION}/.+" if a.method == "DELETE" else path,
               "headers": {"Authorization": [AUTH]}}
        if query:
            req["queryStringParameters"] = {k: [v] for k, v in (p.split("=", 1) for p in query.split("&"))}
        headers = {"Content-Type": [a.headers.get("content-type", "application/json")]}
        if "location" in a.headers:
            headers["Location"] = [a.headers["location"]]
        expectations.append({"httpRequest": req, "httpResponse": {"statusCode": a.status, "headers": headers,
                                                                  "body": a.body},
                             "times": {"unlimited": True}})
    path = WORK / "mockserver.json"
    path.write_text(json.dumps(expectations))
    return path


@dataclass
class Server:
    """How to start one server: command, folder, port, the GET that answers 200 once it is ready."""
    name: str
    cmd: list
    cwd: Path
    port: int
    probe: str


def floor(folder, mode, port):
    from common import java_cmd
    return Server("empty Quarkus app", java_cmd(mode, [f"-Dquarkus.http.host={HOST}", f"-Dquarkus.http.port={port}"]),
                  folder, port, SINGLE)


def wiremock(port):
    java = f"{java_home('17')}/bin/java"
    return Server(f"WireMock {WIREMOCK_VERSION}",
                  [java, "-jar", str(WIREMOCK_JAR), "--port", str(port), "--bind-address", HOST,
                   "--root-dir", str(WORK / "wiremock"), "--disable-banner", "--no-request-journal",
                   "--disable-request-logging"], WORK, port, "/api/cluster")


def mockserver(port):
    java = f"{java_home('17')}/bin/java"
    return Server(f"MockServer {MOCKSERVER_VERSION}",
                  [java, "-Dmockserver.logLevel=WARN", f"-Dmockserver.localBoundIP={HOST}",
                   f"-Dmockserver.initializationJsonPath={WORK / 'mockserver.json'}", "-jar", str(MOCKSERVER_JAR),
                   "run", "-p", str(port)], WORK, port, "/api/cluster")


def prism(port):
    return Server(f"Prism {PRISM_VERSION}",
                  ["node", str(PRISM), "mock", "-h", HOST, "-p", str(port), "-v", "warn", str(SPEC)], WORK, port,
                  "/api/cluster")


def available():
    """The alternatives whose files are here (run.sh fetches them)."""
    return {"WireMock": WIREMOCK_JAR.exists(), "MockServer": MOCKSERVER_JAR.exists(), "Prism": PRISM.exists()}


def floor_dir():
    return Path(ROOT / "bench" / "floor")

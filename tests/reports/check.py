"""`ccwire validate --format junit` and `--format sarif` against their published schemas.

Usage: python tests/reports/check.py path/to/ccwire

Runs the command over the fixtures (by the manifest, and the invalid cases, sequences and
coverage files as a directory walk) and over a hostile capture written here (markup characters,
control characters XML cannot carry, a newline and a terminal escape in member names, a secure
CAD value, a line that is not UTF-8, a line with more problems than a message lists, a file name
with a space and `#`), in lenient and strict mode. Each JUnit report must validate against the
Jenkins `junit-4.xsd` and each SARIF log against the SARIF 2.1.0 JSON Schema, and both must say
what `--format json` says of the same input: as many test cases as messages and as many failing
as invalid, one `<failure>` per listed error, one SARIF result per listed problem (plus one per
message with problems past the cap), each with its rule. No secure value and no raw control
character may appear in either.
"""

import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jsonschema
import xmlschema

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MARKER = "S3CRET-MARKER-4242"


def hostile_capture(directory: pathlib.Path) -> pathlib.Path:
    """An NDJSON capture built to trouble report writers, on a valid `AgentContactHeld`."""
    held = json.loads((ROOT / "fixtures/webex/routing/AgentContactHeld/sdk-L4930.json").read_text())

    def with_data(**members) -> str:
        message = json.loads(json.dumps(held))
        message["data"].update(members)
        return json.dumps(message)

    lines = [
        # Markup characters and an escape sequence in unknown member names and values.
        with_data(**{"<a&b>\"'": "x<y>&z", "k\u001b[31m": 1, "nl\nkey": 2, "x\u0001\ufffe\uffff": 3}),
        # A kind nobody knows, with characters XML 1.0 cannot carry in its name.
        json.dumps({"type": "RoutingMessage", "data": {"type": "Future\u0001Kind\ufffe\uffff"}}),
        # A secure CAD value of the wrong type (its error must not show it) and one as text.
        with_data(interaction={
            "callAssociatedData": {"pin": {"isSecure": True, "value": {"x": MARKER}},
                                   "pan": {"isSecure": "true", "value": MARKER, MARKER: MARKER}}}),
        # More problems than a message lists (100): counted, one SARIF `omitted` result.
        with_data(**{f"k{i}": i for i in range(150)}),
        # Not JSON.
        "{\"type\": ",
    ]
    path = directory / "hostile capture #1.ndjson"
    with open(path, "wb") as f:
        for line in lines:
            f.write(line.encode("utf-8") + b"\n")
        f.write(b"{\"type\": \"\xff\xfe\"}\n")  # not UTF-8
    return path


def run(ccwire: str, args: list[str]) -> str:
    done = subprocess.run([ccwire, "validate", *args], cwd=ROOT, capture_output=True)
    if done.returncode not in (0, 1):
        sys.exit(f"ccwire validate {' '.join(args)}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8")


def expected(ccwire: str, args: list[str]) -> dict:
    """What `--format json` says of the input: messages, invalid, listed errors, problems."""
    lines = [json.loads(line) for line in run(ccwire, ["--format", "json", *args]).splitlines()]
    messages = [m for m in lines if "summary" not in m]
    summary = next(m["summary"] for m in lines if "summary" in m)
    return {
        "messages": summary["messages"],
        "invalid": summary["invalid"],
        # Each listed error is a <failure>; an invalid message whose errors all went past the
        # cap has one `omitted` failure.
        "errors": sum(max(sum(1 for p in m["problems"] if p["severity"] == "error"), 0 if m["valid"] else 1) for m in messages),
        "results": sum(len(m["problems"]) + (1 if m["omitted"] else 0) for m in messages),
    }


def clean(name: str, text: str, xml: bool) -> list[str]:
    """No secure value; no control character (in XML, none that XML 1.0 cannot carry)."""
    problems = []
    if MARKER[:8] in text:
        problems.append(f"{name}: a secure value is shown")
    raw = [c for c in set(text) if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F or (xml and c in "\ufffe\uffff")]
    if raw:
        problems.append(f"{name}: raw control characters {[hex(ord(c)) for c in raw]}")
    return problems


def main() -> None:
    ccwire = sys.argv[1]
    junit_schema = xmlschema.XMLSchema(str(HERE / "junit-4.xsd"))
    sarif_schema = json.loads((HERE / "sarif-2.1.0-rtm.5.json").read_text())
    jsonschema.Draft4Validator.check_schema(sarif_schema)
    sarif_validator = jsonschema.Draft4Validator(sarif_schema)
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        hostile = hostile_capture(pathlib.Path(tmp))
        inputs = {
            "fixtures by manifest": ["--manifest", "fixtures/manifest.json"],
            "invalid, sequences and coverage files": ["fixtures/invalid", "fixtures/sequences", "fixtures/webex-coverage.json"],
            "hostile capture": [str(hostile)],
        }
        for name, paths in inputs.items():
            for mode in ([], ["--strict"]):
                label = f"{name}{' --strict' if mode else ''}"
                want = expected(ccwire, [*mode, *paths])

                junit = run(ccwire, ["--format", "junit", *mode, *paths])
                failures += clean(f"junit, {label}", junit, xml=True)
                errors = list(junit_schema.iter_errors(junit))
                if errors:
                    failures.append(f"junit, {label}: not valid against junit-4.xsd: {errors[0]}")
                else:
                    suite = ET.fromstring(junit).find("testsuite")
                    cases = suite.findall("testcase")
                    got = {
                        "messages": len(cases),
                        "invalid": sum(1 for c in cases if c.find("failure") is not None),
                        "errors": sum(len(c.findall("failure")) for c in cases),
                        "tests attribute": int(suite.get("tests")),
                        "failures attribute": int(suite.get("failures")),
                    }
                    should = {
                        "messages": want["messages"],
                        "invalid": want["invalid"],
                        "errors": want["errors"],
                        "tests attribute": want["messages"],
                        "failures attribute": want["invalid"],
                    }
                    if got != should:
                        failures.append(f"junit, {label}: {got} where --format json says {should}")
                print(f"junit  {label}: valid against junit-4.xsd, {want['messages']} test cases, {want['invalid']} failing, {len(junit)} bytes")

                sarif = run(ccwire, ["--format", "sarif", *mode, *paths])
                failures += clean(f"sarif, {label}", sarif, xml=False)
                log = json.loads(sarif)
                errors = list(sarif_validator.iter_errors(log))
                if errors:
                    failures.append(f"sarif, {label}: not valid against SARIF 2.1.0: {errors[0].message} at {list(errors[0].absolute_path)}")
                results = log["runs"][0]["results"]
                rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
                if len(results) != want["results"]:
                    failures.append(f"sarif, {label}: {len(results)} results where --format json lists {want['results']} problems")
                unruled = {r["ruleId"] for r in results if r["ruleId"] not in rules or rules[r["ruleIndex"]] != r["ruleId"]}
                if unruled:
                    failures.append(f"sarif, {label}: results without their rule: {sorted(unruled)}")
                print(f"sarif  {label}: valid against SARIF 2.1.0, {len(results)} results, {len(sarif)} bytes")
    if failures:
        sys.exit("\n".join(failures))
    print("CI report formats: every JUnit report and SARIF log valid, and agreeing with --format json")


if __name__ == "__main__":
    main()

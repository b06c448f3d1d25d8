"""The Python peers of `cargo xtask bench --group peers`.

    python peer.py jsonschema <stream.ndjson> <schemas dir>
    python peer.py fastjsonschema <stream.ndjson> <schemas dir>
    python peer.py check <plan.json> <schemas dir>

The first two read the stream line by line, parse (`json.loads`) and validate every line against
webex/message.json, and print {"accepted": N, "rejected": M}: `jsonschema` with a
Draft202012Validator and a `referencing` registry holding every schema file under the directory
(each by its file:// address), `fastjsonschema` with the schema compiled once (it implements
drafts 4, 6 and 7; our schemas are 2020-12). `check` runs both over every case of the plan (each
fixture's value, or the member at its pointer, against a schema, and every invalid case) and
prints where they give a different answer; fastjsonschema is only measured when there is none.
`format` is an annotation for both (`int64` and `uint64` are accepted as any value).
"""

import json
import pathlib
import sys

import referencing
import referencing.jsonschema
from jsonschema import Draft202012Validator


def load_schemas(root):
    root = pathlib.Path(root).resolve()
    return root, {
        p.as_uri(): json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(root.rglob("*.json"))
    }


def jsonschema_check(schemas, rel):
    root, files = schemas
    registry = referencing.Registry().with_resources(
        (uri, referencing.Resource(contents, referencing.jsonschema.DRAFT202012))
        for uri, contents in files.items()
    )
    uri = (root / rel).as_uri()
    validator = Draft202012Validator({"$ref": uri}, registry=registry)
    return validator.is_valid


def fastjsonschema_check(schemas, rel):
    import fastjsonschema

    root, files = schemas
    uri = (root / rel).as_uri()
    handlers = {"file": lambda u: files[u]}
    formats = {"int64": lambda _: True, "uint64": lambda _: True}
    validate = fastjsonschema.compile(files[uri], handlers=handlers, formats=formats, use_default=False)

    def check(value):
        try:
            validate(value)
            return True
        except fastjsonschema.JsonSchemaException:
            return False

    return check


def stream(kind, path, schemas_dir):
    schemas = load_schemas(schemas_dir)
    make = jsonschema_check if kind == "jsonschema" else fastjsonschema_check
    is_valid = make(schemas, "webex/message.json")
    accepted = rejected = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line:
                continue
            try:
                value = json.loads(line)
            except ValueError:
                rejected += 1
                continue
            if is_valid(value):
                accepted += 1
            else:
                rejected += 1
    print(json.dumps({"accepted": accepted, "rejected": rejected}))


def pointer(value, ptr):
    for token in ptr.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def check(plan_path, schemas_dir):
    schemas = load_schemas(schemas_dir)
    plan = json.loads(pathlib.Path(plan_path).read_text(encoding="utf-8"))
    checkers = {}
    cases = differ = 0
    for case in plan["cases"]:
        try:
            value = json.loads(pathlib.Path(case["path"]).read_text(encoding="utf-8"))
        except ValueError:
            continue  # not JSON: no validator sees it
        value = pointer(value, case.get("pointer", ""))
        rel = case["schema"]
        if rel not in checkers:
            try:
                fast = fastjsonschema_check(schemas, rel)
            except Exception as e:  # a schema it cannot compile
                fast = e
            checkers[rel] = (jsonschema_check(schemas, rel), fast)
        reference, fast = checkers[rel]
        cases += 1
        want = reference(value)
        got = "cannot compile: %s" % fast if isinstance(fast, Exception) else fast(value)
        if got != want:
            differ += 1
            print("differs: %s %s%s: jsonschema %s, fastjsonschema %s"
                  % (rel, case["path"], case.get("pointer", ""), want, got), file=sys.stderr)
    print(json.dumps({"cases": cases, "differ": differ}))


if __name__ == "__main__":
    mode, path, schemas_dir = sys.argv[1:4]
    if mode == "check":
        check(path, schemas_dir)
    else:
        stream(mode, path, schemas_dir)

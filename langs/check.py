"""The Python half of `cargo xtask langs`: `jsonschema` validation and pydantic v2 models.

    python langs/check.py <plan.json> <work dir>

Reads the plan written by the xtask, generates models with datamodel-code-generator under
<work>/py, and writes the counts to <work>/python-report.json.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
import warnings
from pathlib import Path
from typing import Any

from datamodel_code_generator import DataModelType, Formatter, InputFileType, PythonVersion, generate
from jsonschema import Draft202012Validator
from pydantic import BaseModel

plan_path, work = Path(sys.argv[1]), Path(sys.argv[2])
plan = json.loads(plan_path.read_text(encoding="utf-8"))
schemas = Path(plan["schemas"])
checks: dict[str, dict[str, int]] = {}
failures: list[str] = []
notes: list[str] = []


def count(name: str, ok: bool, detail: str = "") -> None:
    entry = checks.setdefault(name, {"passed": 0, "failed": 0})
    entry["passed" if ok else "failed"] += 1
    if not ok:
        failures.append(f"{name}: {detail}")


def read_json(path: Path | str) -> Any:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def pointer(value: Any, ptr: str) -> Any:
    for token in ptr.split("/")[1:]:
        value = value[token.replace("~1", "/").replace("~0", "~")]
    return value


def same_json(a: Any, b: Any) -> bool:
    """JSON equality: `1`, `1.0` and `true` are three different values here."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    return a == b


def first_difference(a: Any, b: Any, at: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                return f"{at}/{k}: dropped"
            if not same_json(a[k], b[k]):
                return first_difference(a[k], b[k], f"{at}/{k}")
        for k in b:
            if k not in a:
                return f"{at}/{k}: added"
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if not same_json(x, y):
                return first_difference(x, y, f"{at}/{i}")
    return f"{at}: {json.dumps(a)[:120]} became {json.dumps(b)[:120]}"


# ------------------------------------------------------------------------------------------------
# jsonschema (Draft 2020-12). `check_schema` checks every schema against the metaschema, with the
# `regex` format asserted: every `pattern` compiles with Python's `re`.
validators: dict[str, Draft202012Validator] = {}


def validator(rel: str) -> Draft202012Validator:
    if rel not in validators:
        schema = read_json(schemas / rel)
        Draft202012Validator.check_schema(schema)
        validators[rel] = Draft202012Validator(schema)
    return validators[rel]


def errors(rel: str, instance: Any) -> list[str]:
    return [f"{rel} {e.json_path}: {e.message[:200]}" for e in validator(rel).iter_errors(instance)]


for rel in sorted(p.relative_to(schemas).as_posix() for p in schemas.rglob("*.json")):
    try:
        validator(rel)
        count("jsonschema: schemas valid (metaschema, patterns compile)", True)
    except Exception as e:  # noqa: BLE001 - any failure is a finding
        count("jsonschema: schemas valid (metaschema, patterns compile)", False, f"{rel}: {e}")

for f in plan["fixtures"]:
    value = read_json(f["path"])
    try:
        problems = [p for w in f["wrappers"] for p in errors(w, value)]
        problems += errors(f["schema"], pointer(value, f["payload"]))
    except Exception as e:  # noqa: BLE001
        problems = [repr(e)]
    count("jsonschema: fixtures accepted", not problems, f"{f['path']}: {' | '.join(problems[:5])}")

for c in plan["invalid"]:
    try:
        value = read_json(c["path"])
    except ValueError:
        count("jsonschema: invalid cases rejected", True)  # not JSON: no validator sees it
        continue
    count("jsonschema: invalid cases rejected", not validator(c["schema"]).is_valid(value), f"{c['path']}: {c['schema']} accepted it")

# The lifecycle output of every sequence capture (events and problems) against its schema, and
# each with a member of the wrong type rejected.
for o in plan.get("lifecycle", []):
    problems = errors(o["schema"], o["value"])
    count("jsonschema: lifecycle output accepted", not problems, f"{o['at']}: {' | '.join(problems[:5])}")
    broken = dict(o["value"], **{o["break"]: 5})
    count("jsonschema: lifecycle output broken rejected", not validator(o["schema"]).is_valid(broken), f"{o['at']}: {o['schema']} accepted {o['break']}: 5")

# ------------------------------------------------------------------------------------------------
# pydantic v2 models from every kind schema (datamodel-code-generator), loaded with each fixture of
# the kind and dumped back (`by_alias`, `exclude_unset`: absent stays absent, `null` stays `null`).
# `extra="allow"` keeps unknown members, as the Rust model does.
py_dir = work / "py"
py_dir.mkdir(parents=True, exist_ok=True)
for old in py_dir.glob("*.py"):
    old.unlink()


def class_name(schema: dict[str, Any], rel: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", schema.get("title") or Path(rel).stem)
    name = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return name if name[:1].isalpha() else f"M{name}"


models: dict[str, type[BaseModel]] = {}
for rel in sorted({k["schema"] for k in plan["kinds"]}):
    schema = read_json(schemas / rel)
    name = class_name(schema, rel)
    module = re.sub(r"[^A-Za-z0-9_]", "_", rel.removesuffix(".json"))
    out = py_dir / f"{module}.py"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            generate(
                json.dumps(schema),
                input_file_type=InputFileType.JsonSchema,
                input_filename=f"schemas/{rel}",
                output=out,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                class_name=name,
                extra_fields="allow",
                # `Literal[...]` rather than `Enum`: a JSON string matches it in pydantic's strict
                # union pass, so `"true"` stays text next to a `bool` and open enums stay strings.
                enum_field_as_literal="all",
                use_annotated=True,
                disable_timestamp=True,
                formatters=[Formatter.BLACK],
            )
        spec = importlib.util.spec_from_file_location(f"ccwire_models.{module}", out)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {out}")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod
        spec.loader.exec_module(mod)
        model = getattr(mod, name)
        model.model_rebuild(_types_namespace=vars(mod))
        models[rel] = model
        count("datamodel-code-generator: kind models generated and imported", True)
    except Exception as e:  # noqa: BLE001
        count("datamodel-code-generator: kind models generated and imported", False, f"{rel}: {type(e).__name__}: {str(e)[:800]}")


def untyped_members(obj: Any, at: str = "") -> list[str]:
    """Members that landed in a model's `extra` (not in a typed field) anywhere in `obj`."""
    found: list[str] = []
    if isinstance(obj, BaseModel):
        found += [f"{at}/{k}" for k in (obj.model_extra or {})]
        for name, field in type(obj).model_fields.items():
            if name in obj.model_fields_set:
                found += untyped_members(getattr(obj, name), f"{at}/{field.alias or name}" if name != "root" else at)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            found += untyped_members(v, f"{at}/{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            found += untyped_members(v, f"{at}/{i}")
    return found


def round_trip(rel: str, value: Any, typed: bool = False) -> str | None:
    """None when the model of `rel` loads `value` and dumps it back equal, else the problem.

    With `typed`, every member must also land in a typed field (not in an `extra` bag, e.g. of
    the catch-all branch of an open union): the fixtures hold no member the model lacks.
    """
    model = models.get(rel)
    if model is None:
        return f"no model for {rel}"
    try:
        loaded = model.model_validate(copy.deepcopy(value))
    except Exception as e:  # noqa: BLE001
        return f"{rel} does not load it: {str(e)[:800]}"
    dumped = loaded.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if not same_json(value, dumped):
        return f"{rel} dumps it differently: {first_difference(value, dumped)}"
    untyped = untyped_members(loaded) if typed else []
    return f"{rel} keeps members untyped: {', '.join(untyped[:10])}" if untyped else None


for f in plan["fixtures"]:
    problem = round_trip(f["schema"], pointer(read_json(f["path"]), f["payload"]), typed=True)
    count("pydantic: fixtures load typed and dump back equal", problem is None, f"{f['path']}: {problem}")

# Open values: an unknown enum value, an unknown participant type, unknown members and unknown
# kinds load and dump back unchanged.
offer = next(f for f in plan["fixtures"] if f["kind"] == "webex.routing.AgentOfferContact")
base = pointer(read_json(offer["path"]), offer["payload"])
probes: list[tuple[str, str, Any]] = []
v = copy.deepcopy(base)
v["interaction"]["state"] = "someFutureState"
probes.append(("unknown open-enum value", offer["schema"], v))
v = copy.deepcopy(base)
v["interaction"]["participants"] = {"p-1": {"pType": "Supervisor2", "id": "p-1", "somethingNew": [1, 2]}}
probes.append(("unknown participant type", offer["schema"], v))
v = copy.deepcopy(base)
v["notYetDocumented"] = {"a": True}
v["interaction"]["callProcessingDetails"]["newFlag"] = "true"
probes.append(("unknown members", offer["schema"], v))
probes.append(("unknown Genesys operation", "genesys/interactions/Operation.json", {"operationName": "Teleport", "target": "x"}))
probes.append(("unknown Genesys notification", "genesys/service-client/Notification.json", {"event": "interaction/teleported", "data": {"x": 1}}))
for what, rel, value in probes:
    problem = round_trip(rel, value)
    count("pydantic: open values load and dump back equal", problem is None, f"{what}: {problem}")
# ...and the unknown members are the only untyped ones (the typed-fixture check sees them).
unknown = round_trip(offer["schema"], probes[2][2], typed=True) or ""
count(
    "pydantic: open values load and dump back equal",
    sorted(unknown.partition("keeps members untyped: ")[2].split(", ")) == ["/interaction/callProcessingDetails/newFlag", "/notYetDocumented"],
    f"unknown members reported as {unknown!r}",
)

(work / "python-report.json").write_text(json.dumps({"checks": checks, "failures": failures, "notes": notes}, indent=2), encoding="utf-8")
sys.exit(1 if failures else 0)

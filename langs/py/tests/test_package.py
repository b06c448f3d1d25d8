"""Checks of the installed ccwire-schemas, run by pytest in a fresh virtual environment
(`cargo xtask langs`, langs/py/check.py). CCWIRE_PLAN names the plan, CCWIRE_ROOT the repository
(the fixtures), CCWIRE_VENV the environment the package must come from."""

from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel

import ccwire_schemas
from ccwire_schemas import is_valid, model, schema, validate

PLAN = json.loads(Path(os.environ["CCWIRE_PLAN"]).read_text(encoding="utf-8"))
ROOT = Path(os.environ["CCWIRE_ROOT"])
FIXTURES = PLAN["fixtures"]


def read(path: str) -> Any:
    return json.loads((ROOT / path).read_text(encoding="utf-8"))


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
    return bool(a == b)


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


def round_trip(kind: str, value: Any, typed: bool = False) -> str | None:
    """None when the model of `kind` loads `value` and dumps it back equal, else the problem
    (`loaded` and dumped with `by_alias`, `exclude_unset`: absent stays absent, `null` stays
    `null`).

    With `typed`, every member must also land in a typed field (not in an `extra` bag, e.g. of the
    catch-all branch of an open union): the fixtures hold no member the model lacks.
    """
    loaded = model(kind).model_validate(copy.deepcopy(value))
    dumped = loaded.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if not same_json(value, dumped):
        return f"{kind} dumps it differently: {first_difference(value, dumped)}"
    untyped = untyped_members(loaded) if typed else []
    return f"{kind} keeps members untyped: {', '.join(untyped[:10])}" if untyped else None


def test_installed_package() -> None:
    site = Path(os.environ["CCWIRE_VENV"]).resolve()
    assert Path(ccwire_schemas.__file__).resolve().is_relative_to(site), f"imported from {ccwire_schemas.__file__}"
    assert Path(sys.prefix).resolve() == site
    assert (Path(ccwire_schemas.__file__).parent / "py.typed").is_file()
    assert list(ccwire_schemas.NAMES) == [n["name"] for n in PLAN["names"]]
    assert list(ccwire_schemas.KINDS) == PLAN["kinds"]
    assert ccwire_schemas.__version__ == PLAN["version"].replace("-alpha.", "a").replace("-beta.", "b").replace("-rc.", "rc")


def test_unknown_name_refused() -> None:
    with pytest.raises(ValueError):
        validate("webex.routing.NoSuchKind", {})  # type: ignore[arg-type]


SCHEMAS = [(n["name"], False) for n in PLAN["names"]] + [(n["name"], True) for n in PLAN["names"] if n["strict"]]


# The schema files in the package are the published ones, and valid. What the metaschema said of
# each definition already checked (by its text): a schema is valid when its root (without `$defs`)
# and each of its definitions are, as the metaschema checks each `$defs` entry on its own; the
# same definitions recur in hundreds of files.
_CHECKED: dict[str, str | None] = {}


def _meta_problem(subschema: Any) -> str | None:
    text = json.dumps(subschema, sort_keys=True)
    if text not in _CHECKED:
        try:
            # The metaschema, with the `regex` format asserted: every `pattern` compiles with
            # Python's `re`.
            Draft202012Validator.check_schema(subschema)
            _CHECKED[text] = None
        except Exception as e:  # noqa: BLE001 - any failure is a finding
            _CHECKED[text] = f"{type(e).__name__}: {str(e)[:400]}"
    return _CHECKED[text]


@pytest.mark.parametrize(("name", "strict"), SCHEMAS, ids=[f"{'strict ' if s else ''}{n}" for n, s in SCHEMAS])
def test_schema_valid(name: str, strict: bool) -> None:
    whole = schema(name, strict=strict)
    entry = next(n for n in PLAN["names"] if n["name"] == name)
    assert same_json(whole, read(f"{PLAN['schemas']}/{entry['strict' if strict else 'schema']}")), "not the published schema"
    defs = whole.pop("$defs", {})
    assert isinstance(defs, dict), "$defs is not an object"
    problems = [f"(root): {p}" for p in [_meta_problem(whole)] if p]
    problems += [f"$defs/{k}: {p}" for k, d in defs.items() if (p := _meta_problem(d))]
    assert not problems, problems[:3]


@pytest.mark.parametrize("f", FIXTURES, ids=[f["path"] for f in FIXTURES])
def test_fixture_accepted(f: dict[str, Any]) -> None:
    value = read(f["path"])
    problems = [(w, p) for w in f["wrappers"] for p in validate(w, value)]
    problems += [(f["kind"], p) for p in validate(f["kind"], pointer(value, f["payload"]))]
    assert not problems, problems[:5]
    assert all(is_valid(w, value) for w in f["wrappers"]) and is_valid(f["kind"], pointer(value, f["payload"]))


@pytest.mark.parametrize("c", PLAN["invalid"], ids=[c["path"] for c in PLAN["invalid"]])
def test_invalid_rejected(c: dict[str, Any]) -> None:
    try:
        value = read(c["path"])
    except ValueError:
        return  # not JSON: no validator sees it
    assert validate(c["target"], value), f"{c['target']} accepted it"
    assert not is_valid(c["target"], value)


LIFECYCLE = PLAN["lifecycle"]


@pytest.mark.parametrize("o", LIFECYCLE, ids=[f"{o['at']} {i}" for i, o in enumerate(LIFECYCLE)])
def test_lifecycle_accepted(o: dict[str, Any]) -> None:
    assert not validate(o["name"], o["value"])


@pytest.mark.parametrize("o", LIFECYCLE, ids=[f"{o['at']} {i}" for i, o in enumerate(LIFECYCLE)])
def test_lifecycle_broken_rejected(o: dict[str, Any]) -> None:
    assert not is_valid(o["name"], dict(o["value"], **{o["break"]: 5})), f"{o['name']} accepted {o['break']}: 5"


@pytest.mark.parametrize("kind", PLAN["kinds"])
def test_model_imports(kind: str) -> None:
    assert issubclass(model(kind), BaseModel)


@pytest.mark.parametrize("f", FIXTURES, ids=[f["path"] for f in FIXTURES])
def test_fixture_round_trip(f: dict[str, Any]) -> None:
    problem = round_trip(f["kind"], pointer(read(f["path"]), f["payload"]), typed=True)
    assert problem is None, problem


# Open values: an unknown enum value, an unknown participant type, unknown members and unknown
# kinds load and dump back unchanged.
OFFER = next(f for f in FIXTURES if f["kind"] == "webex.routing.AgentOfferContact")


def probes() -> list[tuple[str, str, Any]]:
    base = pointer(read(OFFER["path"]), OFFER["payload"])
    out: list[tuple[str, str, Any]] = []
    v = copy.deepcopy(base)
    v["interaction"]["state"] = "someFutureState"
    out.append(("unknown open-enum value", OFFER["kind"], v))
    v = copy.deepcopy(base)
    v["interaction"]["participants"] = {"p-1": {"pType": "Supervisor2", "id": "p-1", "somethingNew": [1, 2]}}
    out.append(("unknown participant type", OFFER["kind"], v))
    v = copy.deepcopy(base)
    v["notYetDocumented"] = {"a": True}
    v["interaction"]["callProcessingDetails"]["newFlag"] = "true"
    out.append(("unknown members", OFFER["kind"], v))
    out.append(("unknown Genesys operation", "genesys.interactions.Operation", {"operationName": "Teleport", "target": "x"}))
    out.append(("unknown Genesys notification", "genesys.serviceClient.Notification", {"event": "interaction/teleported", "data": {"x": 1}}))
    return out


@pytest.mark.parametrize("i", range(6), ids=[p[0] for p in probes()] + ["only the unknown members untyped"])
def test_open_values(i: int) -> None:
    all_probes = probes()
    if i < len(all_probes):
        what, kind, value = all_probes[i]
        assert round_trip(kind, value) is None, what
    else:
        # ...and the unknown members are the only untyped ones (the typed-fixture check sees them).
        unknown = round_trip(OFFER["kind"], all_probes[2][2], typed=True) or ""
        found = sorted(unknown.partition("keeps members untyped: ")[2].split(", "))
        assert found == ["/interaction/callProcessingDetails/newFlag", "/notYetDocumented"], unknown


def test_usage_example(capsys: pytest.CaptureFixture[str]) -> None:
    data = pointer(read(OFFER["path"]), OFFER["payload"])
    # The README's example.
    from ccwire_schemas import validate
    from ccwire_schemas.models.webex.routing.agent_offer_contact import AgentOfferContact

    if not (problems := validate("webex.routing.AgentOfferContact", data)):
        offer = AgentOfferContact.model_validate(data)  # unknown members kept
        print(offer.interaction.state.root)  # an open enum: a known literal or any other string
    assert not problems and capsys.readouterr().out == f"{data['interaction']['state']}\n"
    broken = validate("webex.routing.AgentOfferContact", dict(data, interactionId=5))
    assert [(p.pointer, p.keyword) for p in broken] == [("/interactionId", "type")], broken

"""Builds the Python package ccwire-schemas (a step of `cargo xtask langs`).

    python langs/py/build.py <plan.json> <work dir>

Run with the pinned tools (<work>/venv). Writes the package tree to <work>/py/package, builds the
wheel into <work>/dist/ (flit_core, `pip wheel --no-deps --no-build-isolation`) and writes the
counts to <work>/reports/python-build.json.

The package holds the schemas as published (`ccwire_schemas/schemas/`, lenient and strict), one
pydantic v2 module per kind generated with datamodel-code-generator
(`ccwire_schemas/models/<vendor>/<family>/<kind>.py`), the catalog of names, and the hand-written
API of langs/py/ccwire_schemas/.
"""

from __future__ import annotations

import json
import keyword
import re
import shutil
import subprocess
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate
from report import Report

plan_path, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
plan = json.loads(plan_path.read_text(encoding="utf-8"))
here = Path(__file__).resolve().parent
langs = here.parent
schemas = Path(plan["schemas"])
report = Report(work / "reports" / "python-build.json")


def pep440(version: str) -> str:
    """The crates' semver as a PEP 440 version: `1.2.3`, `1.2.3-alpha.1` -> `1.2.3a1`, `-beta.N` ->
    `bN`, `-rc.N` -> `rcN`."""
    m = re.fullmatch(r"(\d+\.\d+\.\d+)(?:-(alpha|beta|rc)\.(\d+))?", version)
    if not m:
        raise ValueError(f"version {version} has no PEP 440 form here")
    return m[1] + ({"alpha": "a", "beta": "b", "rc": "rc"}[m[2]] + m[3] if m[2] else "")


def pins(path: Path) -> dict[str, str]:
    """`name==version` lines of a requirements file, by normalized name."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            out[re.sub(r"[-_.]+", "-", name).lower()] = version
    return out


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def module_of(rel: str) -> str:
    """`webex/agent-contact/HoldRequest.json` -> `webex.agent_contact.hold_request`."""
    parts = rel.removesuffix(".json").split("/")
    parts = [p.replace("-", "_") for p in parts[:-1]] + [snake(parts[-1])]
    for p in parts:
        if not p.isidentifier() or keyword.iskeyword(p):
            raise ValueError(f"{rel}: {p} is not a module name")
    return ".".join(parts)


def class_name(schema: dict[str, Any], rel: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", schema.get("title") or Path(rel).stem)
    name = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return name if name[:1].isalpha() else f"M{name}"


version = pep440(plan["version"])
package = work / "py" / "package"
src = package / "src" / "ccwire_schemas"
dist = work / "dist"
shutil.rmtree(package, ignore_errors=True)
dist.mkdir(parents=True, exist_ok=True)
for old in dist.glob("ccwire_schemas-*.whl"):
    old.unlink()
shutil.copytree(here / "ccwire_schemas", src, ignore=shutil.ignore_patterns("__pycache__"))
shutil.copytree(schemas, src / "schemas")

# ------------------------------------------------------------------------------------------------
# pydantic v2 models per kind. `extra_fields="allow"` keeps unknown members, as the Rust model
# does; `Literal[...]` rather than `Enum`: a JSON string matches it in pydantic's strict union
# pass, so `"true"` stays text next to a `bool` and open enums stay strings. Unformatted (black
# would triple the time): the code is what the templates write.
def generate_model(rel: str, cls: str, out: Path) -> str | None:
    """Writes the model module of `rel` to `out`; the problem, if any."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            generate(
                (schemas / rel).read_text(encoding="utf-8"),
                input_file_type=InputFileType.JsonSchema,
                input_filename=f"schemas/{rel}",
                output=out,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                class_name=cls,
                extra_fields="allow",
                enum_field_as_literal="all",
                use_annotated=True,
                disable_timestamp=True,
                formatters=[],
            )
        if not re.search(rf"^class {cls}\b", out.read_text(encoding="utf-8"), re.M):
            return f"no class {cls} in {out.name}"
        return None
    except Exception as e:  # noqa: BLE001 - any failure is a finding
        return f"{type(e).__name__}: {str(e)[:800]}"


catalog: dict[str, tuple[str, str | None, str | None, str | None]] = {}
jobs: dict[str, tuple[str, str, str, Path]] = {}  # name -> (schema, module, class, output)
for n in plan["names"]:
    rel = n["schema"]
    catalog[n["name"]] = (rel, n["strict"], None, None)
    if not n["kind"]:
        continue
    module, cls = module_of(rel), class_name(json.loads((schemas / rel).read_text(encoding="utf-8")), rel)
    clash = next((other for other, job in jobs.items() if job[1] == module), None)
    if clash:
        report.count("datamodel-code-generator: kind models generated", False, f"{rel}: module {module} is also {clash}'s")
        continue
    jobs[n["name"]] = (rel, module, cls, src / "models" / Path(*module.split(".")).with_suffix(".py"))
# Two processes: the machines have two cores, and this is the longest step.
with ProcessPoolExecutor(max_workers=2) as pool:
    results = pool.map(generate_model, *zip(*((rel, cls, out) for rel, _, cls, out in jobs.values())), chunksize=8)
    for (name, (rel, module, cls, _)), problem in zip(jobs.items(), results):
        report.count("datamodel-code-generator: kind models generated", problem is None, f"{rel}: {problem}")
        if problem is None:
            catalog[name] = (rel, catalog[name][1], module, cls)
for d in [src / "models", *(p for p in (src / "models").rglob("*") if p.is_dir())]:
    (d / "__init__.py").touch()


def literal(values: list[str]) -> str:
    return "Literal[\n" + "".join(f"    {json.dumps(v)},\n" for v in values) + "]"


kinds = plan["kinds"]
wider = [n["name"] for n in plan["names"] if not n["kind"]]
(src / "_catalog.py").write_text(
    "# Generated by cargo xtask langs; do not edit.\n"
    "from __future__ import annotations\n\nfrom typing import Literal, Union\n\n"
    f"VERSION = {json.dumps(version)}\n\n"
    f"Kind = {literal(kinds)}\n\"\"\"A kind of the ccwire registry (`vendor.family.Kind`).\"\"\"\n\n"
    f"Name = Union[Kind, {literal(wider)}]\n\"\"\"A kind, or one of the wider schemas.\"\"\"\n\n"
    f"StrictName = {literal([n['name'] for n in plan['names'] if n['strict']])}\n\"\"\"A name with a strict schema.\"\"\"\n\n"
    f"KINDS: tuple[Kind, ...] = {tuple(kinds)!r}\n\"\"\"The kinds of the ccwire registry, as `ccwire kinds` lists them.\"\"\"\n\n"
    "# name -> (schema file, strict schema file, model module under models/, model class)\n"
    "CATALOG: dict[str, tuple[str, str | None, str | None, str | None]] = {\n"
    + "".join(f"    {name!r}: {entry!r},\n" for name, entry in catalog.items())
    + "}\n",
    encoding="utf-8",
)

# ------------------------------------------------------------------------------------------------
# pyproject.toml: the crates' version; the runtime requirements at least the pinned versions the
# models were generated and tested with (langs/py/requirements-runtime.txt, which must pin them as
# the build tools do), below their next major version.
tools, runtime = pins(langs / "requirements.txt"), pins(here / "requirements-runtime.txt")
off = [f"{k}=={v} (the build tools pin {tools.get(k)})" for k, v in runtime.items() if tools.get(k) != v]
report.count("requirements: runtime pins are the build tools' pins", not off, ", ".join(off))
requires = [f"{name}>={runtime[name]},<{int(runtime[name].split('.')[0]) + 1}" for name in ("jsonschema", "pydantic")]
shutil.copy(here / "README.md", package / "README.md")
shutil.copy("LICENSE", package / "LICENSE")
(package / "pyproject.toml").write_text(
    f"""# Generated by cargo xtask langs; do not edit.
[build-system]
requires = ["flit_core=={tools['flit-core']}"]
build-backend = "flit_core.buildapi"

[project]
name = "ccwire-schemas"
version = "{version}"
description = "JSON Schemas and pydantic v2 models of ccwire: contact-center agent-desktop messages (Webex Contact Center Desktop, Genesys, Sobot)."
readme = "README.md"
license = "MIT"
license-files = ["LICENSE"]
requires-python = ">=3.11"
dependencies = {json.dumps(requires)}
classifiers = ["Typing :: Typed"]

[tool.flit.module]
name = "ccwire_schemas"
""",
    encoding="utf-8",
)

# ------------------------------------------------------------------------------------------------
# The wheel.
try:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps", "--no-build-isolation", "--wheel-dir", str(dist), str(package)],
        check=True,
    )
    wheels = list(dist.glob(f"ccwire_schemas-{version}-py3-none-any.whl"))
    if len(wheels) != 1:
        raise RuntimeError(f"expected one ccwire_schemas-{version}-py3-none-any.whl in {dist}, found {[w.name for w in dist.iterdir()]}")
    import zipfile

    with zipfile.ZipFile(wheels[0]) as z:
        names = z.namelist()
    missing = [f for f in ("ccwire_schemas/py.typed", "ccwire_schemas/_catalog.py", "ccwire_schemas/schemas/webex/message.json") if f not in names]
    if missing:
        raise RuntimeError(f"the wheel lacks {missing}")
    report.count("pip wheel: wheel built", True)
    report.notes.append(f"{wheels[0].name}: {len(names)} files, {wheels[0].stat().st_size / 1e6:.2f} MB")
except Exception as e:  # noqa: BLE001
    report.count("pip wheel: wheel built", False, str(e))

expected = len(kinds)
got = report.ran("datamodel-code-generator: kind models generated")
if got != expected:
    report.count("datamodel-code-generator: kind models generated", False, f"expected {expected} kinds, {got} ran")
report.finish()

"""Installs the ccwire-schemas wheel into a fresh virtual environment and checks through it (a
step of `cargo xtask langs`).

    python langs/py/check.py <plan.json> <work dir>

The environment (<work>/py/consumer/venv, made anew) gets the pinned runtime closure
(langs/py/requirements-runtime.txt) and pytest (langs/py/requirements-test.txt) with
`pip install --no-deps -r`, then the wheel with `--no-deps`; `pip check` proves that the wheel's
requirements are met by the pins. pytest then runs langs/py/tests/ (in two processes) from a copy in
<work>/py/consumer (so that nothing but the installed package can be imported): every fixture
accepted by `validate()` and loaded and dumped back equal by its model, every invalid case and
broken lifecycle output rejected. Writes the counts to <work>/reports/python-check.json.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from report import Report

plan_path, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
plan = json.loads(plan_path.read_text(encoding="utf-8"))
here = Path(__file__).resolve().parent
root = Path.cwd()
report = Report(work / "reports" / "python-check.json")


consumer = work / "py" / "consumer"
shutil.rmtree(consumer, ignore_errors=True)
consumer.mkdir(parents=True)
venv = consumer / "venv"
python = venv / "bin" / "python"
wheels = sorted((work / "dist").glob("ccwire_schemas-*.whl"))
pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps"]
try:
    if len(wheels) != 1:
        raise RuntimeError(f"expected one wheel in {work / 'dist'}, found {[w.name for w in wheels]}")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([*pip, "-r", str(here / "requirements-runtime.txt"), "-r", str(here / "requirements-test.txt"), str(wheels[0])], check=True)
    subprocess.run([str(python), "-m", "pip", "check", "--disable-pip-version-check"], check=True)
    report.count("pip: the wheel installs into a fresh environment", True)
except Exception as e:  # noqa: BLE001 - any failure is a finding
    report.count("pip: the wheel installs into a fresh environment", False, str(e))
    report.finish()

shutil.copytree(here / "tests", consumer / "tests", ignore=shutil.ignore_patterns("__pycache__"))
# Two pytest processes, each running every other test (the machines have two cores).
SHARDS = 2
env = {
    **os.environ,
    "CCWIRE_PLAN": str(plan_path),
    "CCWIRE_ROOT": str(root),
    "CCWIRE_VENV": str(venv),
    "PYTHONDONTWRITEBYTECODE": "1",
}
env.pop("PYTHONPATH", None)
runs = []
for shard in range(SHARDS):
    shard_report = consumer / f"pytest-report-{shard}.json"
    shard_env = {**env, "CCWIRE_SHARD": f"{shard}/{SHARDS}", "CCWIRE_REPORT": str(shard_report)}
    runs.append((shard_report, subprocess.Popen([str(python), "-m", "pytest", "-qq", "-p", "no:cacheprovider", "tests"], cwd=consumer, env=shard_env)))
for shard_report, proc in runs:
    status = proc.wait()
    try:
        report.merge(json.loads(shard_report.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError) as e:
        report.count("pytest: report written", False, f"{shard_report.name}: {e}")
    if status != 0 and not report.failures:
        report.count("pytest: exit status", False, f"pytest ({shard_report.name}) exited with {status}")

names = len(plan["names"]) + sum(1 for n in plan["names"] if n["strict"])
for name, n in {
    "jsonschema: schemas published and valid (metaschema, patterns compile)": names,
    "jsonschema: fixtures accepted (installed package)": len(plan["fixtures"]),
    "jsonschema: invalid cases rejected (installed package)": len(plan["invalid"]),
    "jsonschema: lifecycle output accepted (installed package)": len(plan["lifecycle"]),
    "jsonschema: lifecycle output broken rejected (installed package)": len(plan["lifecycle"]),
    "pydantic: kind models import (installed package)": len(plan["kinds"]),
    "pydantic: fixtures load typed and dump back equal": len(plan["fixtures"]),
}.items():
    if report.ran(name) != n:
        report.count(name, False, f"expected {n} cases, {report.ran(name)} ran")
report.finish()

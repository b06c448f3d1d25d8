"""Counts the checks of test_package.py by name, in the report format of `cargo xtask langs`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# test function -> check name
CHECKS = {
    "test_installed_package": "package: installed from the wheel, names and version are the registry's",
    "test_unknown_name_refused": "package: an unknown name is refused",
    "test_schema_valid": "jsonschema: schemas published and valid (metaschema, patterns compile)",
    "test_fixture_accepted": "jsonschema: fixtures accepted (installed package)",
    "test_invalid_rejected": "jsonschema: invalid cases rejected (installed package)",
    "test_lifecycle_accepted": "jsonschema: lifecycle output accepted (installed package)",
    "test_lifecycle_broken_rejected": "jsonschema: lifecycle output broken rejected (installed package)",
    "test_model_imports": "pydantic: kind models import (installed package)",
    "test_fixture_round_trip": "pydantic: fixtures load typed and dump back equal",
    "test_open_values": "pydantic: open values load and dump back equal",
    "test_usage_example": "usage example runs",
}
_checks: dict[str, dict[str, int]] = {}
_failures: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With CCWIRE_SHARD=i/n, only every n-th test from the i-th (n processes share the run)."""
    shard, _, shards = os.environ.get("CCWIRE_SHARD", "0/1").partition("/")
    kept = [item for i, item in enumerate(items) if i % int(shards) == int(shard)]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # A test counts once: at its call, or at a setup that did not pass (an error or a skip: a
    # skipped check proves nothing, so it fails).
    if report.when == "call" or (report.when == "setup" and not report.passed):
        function, _, param = report.nodeid.split("::")[-1].partition("[")
        name = CHECKS.get(function, f"pytest: {function}")
        ok = report.when == "call" and report.passed
        entry = _checks.setdefault(name, {"passed": 0, "failed": 0})
        entry["passed" if ok else "failed"] += 1
        if not ok:
            crash = getattr(report.longrepr, "reprcrash", None)
            detail = crash.message if crash is not None else (report.longreprtext.strip() or "skipped")[-800:]
            _failures.append(f"{name}: {param.rstrip(']')}: {detail}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    Path(os.environ["CCWIRE_REPORT"]).write_text(json.dumps({"checks": _checks, "failures": _failures, "notes": []}, indent=2), encoding="utf-8")

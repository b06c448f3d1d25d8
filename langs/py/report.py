"""The counts a Python step of `cargo xtask langs` writes to <work>/reports/<step>.json: checks
passed and failed by name, the failures' details and notes (the format langs/ts/report.mjs writes
for the TypeScript steps and `cargo xtask langs` reads)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn


class Report:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.checks: dict[str, dict[str, int]] = {}
        self.failures: list[str] = []
        self.notes: list[str] = []

    def count(self, name: str, ok: bool, detail: str = "") -> None:
        """One check of `name`, passed or failed (with what went wrong)."""
        entry = self.checks.setdefault(name, {"passed": 0, "failed": 0})
        entry["passed" if ok else "failed"] += 1
        if not ok:
            self.failures.append(f"{name}: {detail}")

    def ran(self, name: str) -> int:
        """How many checks of `name` ran."""
        entry = self.checks.get(name, {"passed": 0, "failed": 0})
        return entry["passed"] + entry["failed"]

    def merge(self, result: dict[str, Any]) -> None:
        """Adds the counts, failures and notes of another report (a pytest shard's)."""
        for name, c in result["checks"].items():
            entry = self.checks.setdefault(name, {"passed": 0, "failed": 0})
            entry["passed"] += c["passed"]
            entry["failed"] += c["failed"]
        self.failures.extend(result["failures"])
        self.notes.extend(result["notes"])

    def finish(self) -> NoReturn:
        """Writes the report and exits: 1 when a check failed."""
        self.path.write_text(json.dumps({"checks": self.checks, "failures": self.failures, "notes": self.notes}, indent=2), encoding="utf-8")
        sys.exit(1 if self.failures else 0)

// The counts a step of `cargo xtask langs` reports: `{ checks: { name: { passed, failed } },
// failures: [...], notes: [...] }`, which the xtask prints.
import fs from "node:fs";

export class Report {
  checks = {};
  failures = [];
  notes = [];

  count(name, ok, detail = "") {
    this.checks[name] ??= { passed: 0, failed: 0 };
    this.checks[name][ok ? "passed" : "failed"] += 1;
    if (!ok) this.failures.push(`${name}: ${detail}`);
  }

  note(text) {
    this.notes.push(text);
  }

  /** Fails `name` once more unless exactly `n` cases of it ran (a check that silently ran nothing
   * would otherwise pass). */
  expect(name, n) {
    const c = this.checks[name] ?? { passed: 0, failed: 0 };
    if (c.passed + c.failed !== n) this.count(name, false, `expected ${n} cases, ${c.passed + c.failed} ran`);
  }

  write(path) {
    fs.writeFileSync(path, JSON.stringify({ checks: this.checks, failures: this.failures, notes: this.notes }, null, 2));
    return this.failures.length === 0;
  }
}

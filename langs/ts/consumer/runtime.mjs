// Run-time checks through the installed @ccwire/schemas, from the fresh project that installed it
// (`cargo xtask langs`, langs/ts/check.mjs):
//
//   node runtime.mjs <plan.json> <repository root> <report.json>
//
// Every fixture is accepted (the whole message by its wrapper, the payload by its kind), every
// invalid case rejected, every lifecycle output accepted and, with a member of the wrong type,
// rejected; the package's names are the registry's and nothing is compiled at run time. Also
// writes, for the type checks, which fixtures the strict schema of their kind accepts.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import * as ccwire from "@ccwire/schemas";
import { Report } from "./report.mjs";

const [planPath, root, out] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planPath, "utf8"));
const report = new Report();
const readJson = (p) => JSON.parse(fs.readFileSync(path.join(root, p), "utf8"));
const pointer = (value, ptr) =>
  ptr === "" ? value : ptr.split("/").slice(1).reduce((v, k) => (v == null ? undefined : v[k.replace(/~1/g, "/").replace(/~0/g, "~")]), value);
const shown = (problems) => problems.map((p) => `${p.pointer || "(root)"} ${p.message}`).join("; ");

// The names, kinds and version are the registry's and the crates'.
{
  const want = plan.names.map((n) => n.name);
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  const problems = [
    ...(same([...ccwire.names], want) ? [] : [`names differ from the registry's (${ccwire.names.length} vs ${want.length})`]),
    ...(same([...ccwire.kinds], plan.kinds) ? [] : ["kinds differ from the registry's"]),
    ...(ccwire.version === plan.version ? [] : [`version ${ccwire.version}, the crates are ${plan.version}`]),
    ...plan.names.map((n) => [n, ccwire.schemaFile(n.name)]).filter(([n, f]) => f !== `schemas/${n.schema}`).map(([n, f]) => `${n.name}: ${f}`),
  ];
  report.count("package: names, kinds and version are the registry's", problems.length === 0, problems.slice(0, 5).join("; "));
  let refused = false;
  try {
    ccwire.validate("webex.routing.NoSuchKind", {});
  } catch (e) {
    refused = e instanceof TypeError;
  }
  report.count("package: an unknown name is refused", refused, "validate() accepted an unknown name");
}

// Nothing is compiled at run time: the package's modules import only each other and ajv's
// run-time helpers (never ajv itself), and no CommonJS module of ajv's compiler was loaded (the
// helper that was loaded shows that the module cache is the right one to look at).
{
  const require = createRequire(import.meta.url);
  const installed = path.dirname(require.resolve("@ccwire/schemas/package.json"));
  const problems = [];
  let modules = 0;
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) {
        modules += 1;
        const text = fs.readFileSync(p, "utf8");
        for (const m of text.matchAll(/\b(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']/g)) {
          const spec = m[1] ?? m[2] ?? m[3];
          if (!spec.startsWith("./") && !/^ajv\/dist\/runtime\/[a-zA-Z0-9_]+\.js$/.test(spec)) problems.push(`${path.relative(installed, p)} imports ${spec}`);
        }
        if (/\bnew Function\s*\(|\beval\s*\(/.test(text)) problems.push(`${path.relative(installed, p)} evaluates code`);
      }
    }
  })(installed);
  const loaded = Object.keys(require.cache).map((k) => k.split(path.sep).join("/"));
  const compiler = loaded.filter((k) => /\/node_modules\/ajv\/dist\/(?!runtime\/)/.test(k));
  if (compiler.length) problems.push(`ajv's compiler was loaded: ${compiler.slice(0, 3).join(", ")}`);
  if (!loaded.some((k) => /\/node_modules\/ajv\/dist\/runtime\//.test(k))) problems.push("no ajv run-time helper in the module cache: the cache is not the one the package uses");
  report.count("package: nothing compiled at run time", problems.length === 0 && modules > 0, problems.slice(0, 5).join("; ") || "no module found");
}

// The schema files, through the package's exports, are the published ones.
{
  const require = createRequire(import.meta.url);
  for (const n of plan.names) {
    for (const strict of n.strict ? [false, true] : [false]) {
      const file = ccwire.schemaFile(n.name, { strict });
      const want = fs.readFileSync(path.join(root, plan.schemas, strict ? n.strict : n.schema), "utf8");
      let same = false;
      try {
        same = JSON.stringify(require(`@ccwire/schemas/${file}`)) === JSON.stringify(JSON.parse(want));
      } catch (e) {
        report.count("package: schema files are the published ones", false, `${file}: ${e.message}`);
        continue;
      }
      report.count("package: schema files are the published ones", same, `${file} differs from ${plan.schemas}/${strict ? n.strict : n.schema}`);
    }
  }
  report.expect("package: schema files are the published ones", plan.names.length + plan.names.filter((n) => n.strict).length);
}

const strict = {};
for (const f of plan.fixtures) {
  const value = readJson(f.path);
  const payload = pointer(value, f.payload);
  const problems = [];
  for (const w of f.wrappers) {
    const p = ccwire.validate(w, value);
    if (p.length || !ccwire.is(w, value)) problems.push(`${w}: ${shown(p)}`);
  }
  const p = ccwire.validate(f.kind, payload);
  if (p.length || !ccwire.is(f.kind, payload)) problems.push(`${f.kind}: ${shown(p)}`);
  report.count("ajv: fixtures accepted (installed package)", problems.length === 0, `${f.path}: ${problems.join(" | ")}`);
  // The strict type too, unless the strict schema itself rejects the fixture (the documents'
  // placeholder values, e.g. `mediaChannel: "type"`, are outside the closed enums).
  strict[f.path] = ccwire.isStrict(f.kind, payload);
  if (!strict[f.path]) {
    report.note(`${f.path}: strict schema rejects it (${shown(ccwire.validate(f.kind, payload, { strict: true }))}); type-checked against the lenient type only`);
  }
}
for (const c of plan.invalid) {
  let value;
  try {
    value = readJson(c.path);
  } catch {
    report.count("ajv: invalid cases rejected (installed package)", true); // not JSON: no validator sees it
    continue;
  }
  const problems = ccwire.validate(c.target, value);
  report.count("ajv: invalid cases rejected (installed package)", problems.length > 0 && !ccwire.is(c.target, value), `${c.path}: ${c.target} accepted it`);
}
for (const o of plan.lifecycle) {
  const problems = ccwire.validate(o.name, o.value);
  report.count("ajv: lifecycle output accepted (installed package)", problems.length === 0, `${o.at}: ${shown(problems)}`);
  report.count("ajv: lifecycle output broken rejected (installed package)", !ccwire.is(o.name, { ...o.value, [o.break]: 5 }), `${o.at}: ${o.name} accepted ${o.break}: 5`);
}
report.expect("ajv: fixtures accepted (installed package)", plan.fixtures.length);
report.expect("ajv: invalid cases rejected (installed package)", plan.invalid.length);
report.expect("ajv: lifecycle output accepted (installed package)", plan.lifecycle.length);
report.expect("ajv: lifecycle output broken rejected (installed package)", plan.lifecycle.length);

fs.writeFileSync(out, JSON.stringify({ checks: report.checks, failures: report.failures, notes: report.notes, strict }, null, 2));

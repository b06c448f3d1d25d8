// The Node half of `cargo xtask langs`: ajv validation and TypeScript types.
//
//   node langs/check.mjs <plan.json> <work dir>
//
// Reads the plan written by the xtask, uses the pinned tools installed in <work>/node, writes
// generated code under <work>/ts and the counts to <work>/node-report.json.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { widen } from "./widen.mjs";

const [planPath, work] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planPath, "utf8"));
const require = createRequire(path.resolve(work, "node", "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const { compile } = require("json-schema-to-typescript");

const checks = {};
const failures = [];
const notes = [];
function count(name, ok, detail) {
  checks[name] ??= { passed: 0, failed: 0 };
  checks[name][ok ? "passed" : "failed"] += 1;
  if (!ok) failures.push(`${name}: ${detail}`);
}
const readJson = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
const schemaFile = (rel) => path.join(plan.schemas, rel);
const pointer = (value, ptr) =>
  ptr === "" ? value : ptr.split("/").slice(1).reduce((v, k) => (v == null ? undefined : v[k.replace(/~1/g, "/").replace(/~0/g, "~")]), value);

// ---------------------------------------------------------------------------------------------
// ajv (draft 2020-12; strictSchema: unknown keywords and formats are errors; patterns are
// compiled as ECMAScript `u`-mode regular expressions). strictRequired/strictTypes/strictTuples
// are style lints about schema authoring (e.g. `required` in an `anyOf` branch naming a member
// declared beside it), not about what the schema means, and are left off.
const ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false, strictRequired: false });
// `int64`/`uint64` are the Rust integer widths the schemas annotate; JSON numbers past 2^53
// lose precision in JavaScript, so the range check is as exact as the number parsed.
ajv.addFormat("int64", { type: "number", validate: (x) => Number.isInteger(x) && x >= -(2 ** 63) && x <= 2 ** 63 });
ajv.addFormat("uint64", { type: "number", validate: (x) => Number.isInteger(x) && x >= 0 && x <= 2 ** 64 });
const validators = new Map();
function validator(rel) {
  if (!validators.has(rel)) validators.set(rel, ajv.compile(readJson(schemaFile(rel))));
  return validators.get(rel);
}
// Each distinct message once, at most eight (a union's branches repeat the same ones).
const ajvErrors = (v) => {
  const messages = [...new Set((v.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`))];
  const shown = messages.slice(0, 8).join("; ");
  return messages.length > 8 ? `${shown}; and ${messages.length - 8} more` : shown;
};

for (const f of plan.fixtures) {
  const value = readJson(f.path);
  const problems = [];
  for (const w of f.wrappers) {
    const v = validator(w);
    if (!v(value)) problems.push(`${w}: ${ajvErrors(v)}`);
  }
  const v = validator(f.schema);
  if (!v(pointer(value, f.payload))) problems.push(`${f.schema}: ${ajvErrors(v)}`);
  count("ajv: fixtures accepted", problems.length === 0, `${f.path}: ${problems.join(" | ")}`);
}
for (const c of plan.invalid) {
  let value;
  try {
    value = readJson(c.path);
  } catch {
    count("ajv: invalid cases rejected", true); // not JSON: no validator sees it
    continue;
  }
  count("ajv: invalid cases rejected", !validator(c.schema)(value), `${c.path}: ${c.schema} accepted it`);
}
// The lifecycle output of every sequence capture (events and problems) against its schema, and
// each with a member of the wrong type rejected.
for (const o of plan.lifecycle ?? []) {
  const v = validator(o.schema);
  count("ajv: lifecycle output accepted", v(o.value), `${o.at}: ${ajvErrors(v)}`);
  count("ajv: lifecycle output broken rejected", !v({ ...o.value, [o.break]: 5 }), `${o.at}: ${o.schema} accepted ${o.break}: 5`);
}
// Every schema (lenient and strict) compiles under ajv's strict mode.
const allSchemas = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith(".json")) allSchemas.push(path.relative(plan.schemas, p).split(path.sep).join("/"));
  }
})(plan.schemas);
for (const rel of allSchemas) {
  try {
    validator(rel);
    count("ajv: schemas compile", true);
  } catch (e) {
    count("ajv: schemas compile", false, `${rel}: ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// TypeScript: json-schema-to-typescript for every schema, then one `tsc --strict` run over the
// types and one check module per fixture.
//
// `widen` removes `not` and `if`/`then`/`else`, which TypeScript cannot express (see widen.mjs).
// The name json-schema-to-typescript gives a title (its `toSafeString`): `Array_of_AuxCode` ->
// `ArrayOf_AuxCode`, `I18nInitOptions` -> `I18NInitOptions`.
function typeName(schema, rel) {
  const s = (schema.title ?? path.basename(rel, ".json"))
    .replace(/(^\s*[^a-zA-Z_$])|([^a-zA-Z_$\d])/g, " ")
    .replace(/^_[a-z]/g, (m) => m.toUpperCase())
    .replace(/_[a-z]/g, (m) => m.substr(1).toUpperCase())
    .replace(/([\d$]+[a-zA-Z])/g, (m) => m.toUpperCase())
    .replace(/\s+([a-zA-Z])/g, (m) => m.trim().toUpperCase())
    .replace(/\s/g, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const tsDir = path.join(work, "ts");
fs.rmSync(tsDir, { recursive: true, force: true });
fs.mkdirSync(path.join(tsDir, "checks"), { recursive: true });
const rootTypes = new Map(); // schema rel -> exported root type name
for (const rel of allSchemas) {
  const schema = widen(readJson(schemaFile(rel)));
  const name = typeName(schema, rel);
  delete schema.title;
  try {
    const ts = await compile(schema, name, {
      bannerComment: `// Generated by cargo xtask langs from schemas/${rel}; do not edit.`,
      additionalProperties: true, // what the schemas mean when they say nothing
      unreachableDefinitions: false,
      format: false,
      strictIndexSignatures: false,
    });
    if (!new RegExp(`export (interface|type) ${name}\\b`).test(ts)) throw new Error(`no exported root type ${name}`);
    const out = path.join(tsDir, "schemas", rel.replace(/\.json$/, ".ts"));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, ts);
    rootTypes.set(rel, name);
  } catch (e) {
    count("json-schema-to-typescript: schemas generated", false, `${rel}: ${e.message}`);
    continue;
  }
  count("json-schema-to-typescript: schemas generated", true);
}

const checkFiles = new Map(); // check module -> [check name, fixture path]
const importPath = (rel) => `../schemas/${rel.replace(/\.json$/, "")}`;
for (const f of plan.fixtures) {
  const value = readJson(f.path);
  const lines = [`// ${f.path} (${f.kind}, ${f.framing})`];
  const payload = pointer(value, f.payload);
  // The strict type too, unless the strict schema itself rejects the fixture (the documents'
  // placeholder values, e.g. `mediaChannel: "type"`, are outside the closed enums).
  const strictOk = validator(`strict/${f.schema}`)(payload);
  if (!strictOk) notes.push(`${f.path}: strict schema rejects it (${ajvErrors(validator(`strict/${f.schema}`))}); type-checked against the lenient type only`);
  const uses = [
    ["lenient", f.schema, payload],
    ...(strictOk ? [["strict", `strict/${f.schema}`, payload]] : []),
    ...f.wrappers.map((w) => ["message", w, value]),
  ];
  let i = 0;
  for (const [, rel, v] of uses) {
    const name = rootTypes.get(rel);
    if (!name) continue;
    lines.push(`import type { ${name} as T${i} } from "${importPath(rel)}";`);
    lines.push(`export const v${i}: T${i} = ${JSON.stringify(v, null, 1)};`);
    i += 1;
  }
  const file = `checks/${f.path.replace(/^fixtures\//, "").replace(/\.json$/, "").replace(/[^A-Za-z0-9_-]/g, "_")}.ts`;
  fs.writeFileSync(path.join(tsDir, file), lines.join("\n") + "\n");
  checkFiles.set(file, f.path);
}
fs.copyFileSync(path.join("langs", "open-values.ts"), path.join(tsDir, "checks", "open-values.ts"));
fs.writeFileSync(
  path.join(tsDir, "tsconfig.json"),
  JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        skipLibCheck: true,
        types: [],
      },
      include: ["schemas/**/*.ts", "checks/**/*.ts"],
    },
    null,
    2,
  ),
);
let tscOut = "";
try {
  tscOut = execFileSync(process.execPath, [path.resolve(work, "node/node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--pretty", "false"], {
    cwd: tsDir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
} catch (e) {
  tscOut = `${e.stdout ?? ""}${e.stderr ?? ""}`;
  if (!/error TS/.test(tscOut)) tscOut += `\n<tsc>: error TS0000: tsc failed: ${e.message}`;
}
const errorsByFile = new Map();
for (const line of tscOut.split("\n")) {
  const m = /^(.*?)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line) ?? /^(<tsc>): error (TS\d+: .*)$/.exec(line);
  if (m) errorsByFile.set(m[1], [...(errorsByFile.get(m[1]) ?? []), line]);
  else if (line.trim() && errorsByFile.size) [...errorsByFile.values()].at(-1).push(line); // continuation lines
}
for (const [file, rel] of [...rootTypes.keys()].map((rel) => [`schemas/${rel.replace(/\.json$/, ".ts")}`, rel])) {
  const errs = errorsByFile.get(file);
  count("tsc --strict: generated types compile", !errs, `${rel}: ${(errs ?? []).slice(0, 5).join("\n")}`);
}
for (const [file, fixture] of checkFiles) {
  const errs = errorsByFile.get(file);
  count("tsc --strict: fixtures type-check", !errs, `${fixture}: ${(errs ?? []).slice(0, 5).join("\n")}`);
}
{
  const errs = errorsByFile.get("checks/open-values.ts");
  count("tsc --strict: open values representable", !errs, `open-values.ts: ${(errs ?? []).slice(0, 8).join("\n")}`);
}
const unattributed = [...errorsByFile.keys()].filter((k) => !k.startsWith("schemas/") && !checkFiles.has(k) && k !== "checks/open-values.ts");
for (const k of unattributed) count("tsc --strict: other", false, errorsByFile.get(k).join("\n"));

fs.writeFileSync(path.join(work, "node-report.json"), JSON.stringify({ checks, failures, notes }, null, 2));
process.exit(failures.length ? 1 : 0);

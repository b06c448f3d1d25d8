// Builds the npm package @ccwire/schemas (a step of `cargo xtask langs`):
//
//   node langs/ts/build.mjs <plan.json> <work dir>
//
// Uses the pinned tools of <work>/node, writes the package to <work>/ts/package, packs it with
// `npm pack` into <work>/dist/ and writes the counts to <work>/reports/node-build.json.
//
// The package holds the schemas as published (schemas/, lenient and strict), one `.d.ts` per
// schema (json-schema-to-typescript, after `widen`), and ajv standalone validators compiled here
// from a deduplicated pool of every schema (pool.mjs), so nothing is compiled at run time; the
// public API is the hand-written index.js / index.d.ts of langs/ts/package/ over the generated
// catalog.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fs from "node:fs";
import path from "node:path";
import { widen } from "../widen.mjs";
import { buildPool } from "./pool.mjs";
import { Report } from "./report.mjs";

const [planPath, work] = process.argv.slice(2).map((p) => path.resolve(p));
const plan = JSON.parse(fs.readFileSync(planPath, "utf8"));
const here = path.dirname(fileURLToPath(import.meta.url));
const tools = createRequire(path.resolve(work, "node", "package.json"));
const Ajv2020 = tools("ajv/dist/2020").default;
const standaloneCode = tools("ajv/dist/standalone").default;
const { _ } = tools("ajv");
const ajvVersion = tools("ajv/package.json").version;
const { compile } = tools("json-schema-to-typescript");

const report = new Report();
const reportPath = path.join(work, "reports", "node-build.json");
const readJson = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
const pkg = path.join(work, "ts", "package");
const dist = path.join(work, "dist");
fs.rmSync(pkg, { recursive: true, force: true });
fs.mkdirSync(pkg, { recursive: true });
fs.mkdirSync(dist, { recursive: true });
for (const old of fs.readdirSync(dist)) if (old.startsWith("ccwire-schemas-") && old.endsWith(".tgz")) fs.rmSync(path.join(dist, old));

// ---------------------------------------------------------------------------------------------
// The schema files, as published.
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith(".json")) files.push(path.relative(plan.schemas, p).split(path.sep).join("/"));
  }
})(plan.schemas);
const schemas = new Map(files.map((rel) => [rel, readJson(path.join(plan.schemas, rel))]));
for (const rel of files) {
  const out = path.join(pkg, "schemas", rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(path.join(plan.schemas, rel), out);
}

// ---------------------------------------------------------------------------------------------
// Validators: one ajv instance (draft 2020-12; strictSchema: unknown keywords and formats are
// errors; patterns are ECMAScript `u`-mode regular expressions) compiles the pool, and
// `standaloneCode` writes every root as a named export of validators.js. strictRequired /
// strictTypes / strictTuples are style lints about schema authoring (e.g. `required` in an
// `anyOf` branch naming a member declared beside it), not about what the schema means, and are
// left off. The formats are the `int64`/`uint64` annotations of Rust integer widths (formats.js,
// shared with the validators at run time).
const { formats } = await import(path.join(here, "package", "formats.js"));
const POOL_ID = "urn:ccwire:schemas";
const { pool, refOf, nodes, classes } = buildPool(files.map((rel) => [rel, schemas.get(rel)]), POOL_ID);
report.note(`validators: ${files.length} schemas, ${nodes} roots and definitions, ${classes} distinct`);
const ajv = new Ajv2020({
  strictSchema: true,
  strictNumbers: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  code: { source: true, esm: true, formats: _`formats` },
});
for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
let poolAdded = true;
try {
  ajv.addSchema(pool);
} catch (e) {
  poolAdded = false;
  report.count("ajv: schemas compile (standalone)", false, `the pool: ${e.message}`);
}
const exportOf = new Map(); // rel -> export name in validators.js
files.forEach((rel, i) => {
  if (!poolAdded) return;
  try {
    if (!ajv.getSchema(refOf.get(rel))) throw new Error("not found in the pool");
    exportOf.set(rel, `v${i}`);
    report.count("ajv: schemas compile (standalone)", true);
  } catch (e) {
    report.count("ajv: schemas compile (standalone)", false, `${rel}: ${e.message}`);
  }
});
if (exportOf.size > 0) {
  let code = standaloneCode(ajv, Object.fromEntries([...exportOf].map(([rel, v]) => [v, refOf.get(rel)])));
  // ajv writes its run-time helpers as `require("ajv/dist/runtime/<name>")` even in ESM mode:
  // each becomes an import of that (CommonJS) module, whose exports are its `default` in Node.js
  // and the module itself under bundlers' interop.
  const runtime = new Map();
  code = code.replace(/require\("ajv\/dist\/runtime\/([a-zA-Z0-9_]+)"\)/g, (_m, name) => {
    runtime.set(name, `runtime_${name}`);
    return `runtime_${name}`;
  });
  if (/\brequire\(/.test(code)) throw new Error(`validators.js: an unexpected require() is left: ${/.{0,80}\brequire\(.{0,80}/.exec(code)[0]}`);
  const imports = [...runtime].map(
    ([name, id]) => `import * as ${id}_ns from "ajv/dist/runtime/${name}.js";\nconst ${id} = ${id}_ns.default?.__esModule ? ${id}_ns.default : ${id}_ns;`,
  );
  fs.writeFileSync(
    path.join(pkg, "validators.js"),
    `// Generated by cargo xtask langs (ajv ${ajvVersion} standalone code) from schemas/; do not edit.\n` +
      `import { formats } from "./formats.js";\n${imports.join("\n")}\n${code}\n`,
  );
  report.note(`validators.js: ${(code.length / 1e6).toFixed(1)} MB; run-time helpers from ajv: ${[...runtime.keys()].join(", ") || "none"}`);
}

// ---------------------------------------------------------------------------------------------
// Types: json-schema-to-typescript for every schema. `widen` removes `not` and `if`/`then`/`else`,
// which TypeScript cannot express (see widen.mjs). The root type is named from the title as
// json-schema-to-typescript names a title (its `toSafeString`): `Array_of_AuxCode` ->
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
const typeOf = new Map(); // rel -> [module path without extension, root type name]
for (const rel of files) {
  const schema = widen(structuredClone(schemas.get(rel)));
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
    if (/^export (?!interface |type )/m.test(ts)) throw new Error("a value export, which a .d.ts cannot hold");
    const module = `types/${rel.replace(/\.json$/, "")}`;
    fs.mkdirSync(path.dirname(path.join(pkg, module)), { recursive: true });
    fs.writeFileSync(path.join(pkg, `${module}.d.ts`), ts);
    typeOf.set(rel, [module, name]);
    report.count("json-schema-to-typescript: types generated", true);
  } catch (e) {
    report.count("json-schema-to-typescript: types generated", false, `${rel}: ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The catalog: every name with its schema files and validators (catalog.js) and types
// (catalog.d.ts).
const q = JSON.stringify;
const table = plan.names.map((n) => `  ${q(n.name)}: [${q(n.schema)}, ${q(n.strict)}, ${exportOf.get(n.schema) ?? "undefined"}, ${n.strict ? (exportOf.get(n.strict) ?? "undefined") : "null"}],`);
fs.writeFileSync(
  path.join(pkg, "catalog.js"),
  `// Generated by cargo xtask langs; do not edit.\nimport { ${[...exportOf.values()].join(", ")} } from "./validators.js";\n\n` +
    `export const version = ${q(plan.version)};\n\n` +
    `/** name -> [schema file, strict schema file or null, validator, strict validator or null] */\n` +
    `export const catalog = {\n${table.join("\n")}\n};\n\n` +
    `export const kinds = ${q(plan.kinds)};\n`,
);
const typeRef = (rel) => {
  const t = typeOf.get(rel);
  return t ? `import("./${t[0]}.js").${t[1]}` : "never";
};
const union = (xs) => (xs.length ? xs.map((x) => `\n  | ${q(x)}`).join("") : " never");
const wider = plan.names.filter((n) => !n.kind).map((n) => n.name);
const strictNames = plan.names.filter((n) => n.strict).map((n) => n.name);
fs.writeFileSync(
  path.join(pkg, "catalog.d.ts"),
  `// Generated by cargo xtask langs; do not edit.\n\n` +
    `/** A kind of the ccwire registry (\`vendor.family.Kind\`). */\nexport type Kind =${union(plan.kinds)};\n\n` +
    `/** A kind, or one of the wider schemas (a whole message, any event of a family, lifecycle output). */\nexport type Name =\n  | Kind${wider.map((x) => `\n  | ${q(x)}`).join("")};\n\n` +
    `/** A name with a strict schema (no unknown member, enum value or kind; every expected member present). */\nexport type StrictName =${union(strictNames)};\n\n` +
    `/** The type of each name's value (unknown members and values allowed, as the lenient schema). */\nexport interface Types {\n${plan.names.map((n) => `  ${q(n.name)}: ${typeRef(n.schema)};`).join("\n")}\n}\n\n` +
    `/** The type of each name's value under its strict schema. */\nexport interface StrictTypes {\n${plan.names.filter((n) => n.strict).map((n) => `  ${q(n.name)}: ${typeRef(n.strict)};`).join("\n")}\n}\n`,
);

// ---------------------------------------------------------------------------------------------
// The hand-written files, the licence and package.json (the crates' version; ajv, whose run-time
// helpers the validators import, at the version that generated them).
for (const f of ["index.js", "index.d.ts", "formats.js", "README.md"]) fs.copyFileSync(path.join(here, "package", f), path.join(pkg, f));
fs.copyFileSync("LICENSE", path.join(pkg, "LICENSE"));
const { name, ...rest } = readJson(path.join(here, "package", "package.json"));
const manifest = { name, version: plan.version, ...rest, dependencies: { ajv: ajvVersion } };
fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

// ---------------------------------------------------------------------------------------------
// npm pack.
try {
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dist, "--loglevel=error"], { cwd: pkg, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const [packed] = JSON.parse(out);
  const tgz = path.join(dist, packed.filename);
  const expected = `ccwire-schemas-${plan.version}.tgz`;
  if (packed.filename !== expected) throw new Error(`packed ${packed.filename}, expected ${expected}`);
  if (!fs.existsSync(tgz)) throw new Error(`${tgz} is missing`);
  report.count("npm pack: package packed", true);
  report.note(`${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(1)} MB unpacked`);
} catch (e) {
  report.count("npm pack: package packed", false, e.message);
}
report.expect("ajv: schemas compile (standalone)", files.length);
report.expect("json-schema-to-typescript: types generated", files.length);
process.exit(report.write(reportPath) ? 0 : 1);

// TypeScript types from ccwire schemas, for projects outside this repository:
//
//   npm install --save-dev json-schema-to-typescript@16.0.0
//   node json2ts.mjs schemas/webex/routing/AgentOfferContact.json > AgentOfferContact.ts
//
// Applies `widen` (see widen.mjs) and json-schema-to-typescript's defaults (unknown members are
// allowed: `[k: string]: unknown`), as `cargo xtask langs` does for every schema.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { widen } from "./widen.mjs";

const require = createRequire(path.resolve(process.cwd(), "package.json"));
const { compile } = require("json-schema-to-typescript");
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node json2ts.mjs <schema.json>...");
  process.exit(2);
}
for (const file of files) {
  const schema = widen(JSON.parse(fs.readFileSync(file, "utf8")));
  const name = schema.title ?? path.basename(file, ".json");
  process.stdout.write(await compile(schema, name, { bannerComment: `// Generated from ${file} by json2ts.mjs; do not edit.` }));
}

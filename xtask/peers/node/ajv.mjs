// The ajv peer of `cargo xtask bench --group peers`:
//
//   node ajv.mjs <stream.ndjson> <schemas dir> <node_modules parent>
//
// Adds every schema file under <schemas dir> to one Ajv 2020-12 instance (addSchema, keyed by
// its path under the directory), compiles webex/message.json once, then reads the stream line
// by line, parses and validates every line, and prints {"accepted":N,"rejected":M}. `format` is
// an annotation, as in the 2020-12 default vocabulary and in the other peers (Python
// `jsonschema` and the `jsonschema` crate do not assert it by default).
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

const [stream, schemas, modules] = process.argv.slice(2);
const require = createRequire(path.resolve(modules, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;

const ajv = new Ajv2020({ strict: false, validateFormats: false });
const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".json") ? [p] : [];
  });
for (const file of walk(schemas)) {
  ajv.addSchema(JSON.parse(fs.readFileSync(file, "utf8")), path.relative(schemas, file));
}
const validate = ajv.getSchema("webex/message.json");

let accepted = 0;
let rejected = 0;
const lines = readline.createInterface({ input: fs.createReadStream(stream), crlfDelay: Infinity });
for await (const line of lines) {
  if (line === "") continue;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    rejected += 1;
    continue;
  }
  if (validate(value)) accepted += 1;
  else rejected += 1;
}
console.log(JSON.stringify({ accepted, rejected }));

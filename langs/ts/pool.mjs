// One schema document holding every ccwire schema, each definition once, for ajv's standalone
// code generation.
//
// Every schema file is self-contained (its own `$defs`, local `$ref`s), so the same definitions
// (an `Interaction`, a participant, an id) are repeated in hundreds of files; compiled one file at
// a time they give ~57 MB of validator code. Here every root and every definition of every file
// becomes a node; two nodes are merged when their text is the same and their `$ref`s lead to
// merged nodes (partition refinement, so definitions that refer to themselves are merged too).
// The pool has one `$defs` entry per class of nodes, with `$ref`s rewritten to the classes.
//
// Validation is unchanged: merged nodes are the same schema with the same references.
// Annotations (`description`, `title`, …) are left out (they do not take part in validation, and
// two definitions that differ only in their prose are merged); the published schema files keep
// them.

// Keywords whose value is a map of schemas, one schema, or an array of schemas (draft 2020-12).
const MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
const ONE = new Set([
  "items", "additionalProperties", "contains", "propertyNames", "unevaluatedItems",
  "unevaluatedProperties", "not", "if", "then", "else",
]);
const MANY = new Set(["anyOf", "allOf", "oneOf", "prefixItems"]);
const ANNOTATIONS = new Set([
  "description", "title", "examples", "$comment", "deprecated", "readOnly", "writeOnly", "default",
]);

/** A copy of `schema` without annotations, each `$ref` value replaced by `ref(value)`. Nested
 * `$defs` are refused (ccwire schemas only have them at the root). */
function rewrite(schema, ref, at = "") {
  if (typeof schema !== "object" || schema === null) return schema;
  if (Array.isArray(schema)) throw new Error(`${at}: an array where a schema was expected`);
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    if (k === "$ref") out[k] = ref(v);
    else if (k === "$defs" || k === "definitions") throw new Error(`${at}: nested ${k}`);
    else if (k === "$id" || k === "$anchor" || k === "$dynamicRef" || k === "$dynamicAnchor")
      throw new Error(`${at}: ${k} is not supported`);
    else if (MAPS.has(k)) out[k] = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, rewrite(x, ref, `${at}/${k}/${n}`)]));
    else if (ONE.has(k)) out[k] = rewrite(v, ref, `${at}/${k}`);
    else if (MANY.has(k)) out[k] = v.map((x, i) => rewrite(x, ref, `${at}/${k}/${i}`));
    else out[k] = v;
  }
  return out;
}

/**
 * Builds the pool.
 *
 * @param files `[rel, schema]` pairs (`rel` as `webex/message.json`)
 * @param id the pool's `$id`
 * @returns `{ pool, refOf }`: the pool document and, for each `rel`, the URI of its root in it
 */
export function buildPool(files, id) {
  const nodes = [];
  const index = new Map(); // "rel#" or "rel#/$defs/Name" -> node index
  for (const [rel, schema] of files) {
    const { $defs = {}, $schema, ...root } = schema;
    for (const [key, body, name] of [[`${rel}#`, root, "root"], ...Object.entries($defs).map(([n, d]) => [`${rel}#/$defs/${n}`, d, n])]) {
      const refs = [];
      const marked = rewrite(body, (r) => (refs.push(r), "\u0000"), key);
      index.set(key, nodes.length);
      nodes.push({ key, rel, name, body, refs, text: JSON.stringify(marked) });
    }
  }
  for (const n of nodes) {
    n.targets = n.refs.map((r) => {
      const key = r === "#" ? `${n.rel}#` : r.startsWith("#/$defs/") ? `${n.rel}${r}` : undefined;
      const target = key === undefined ? undefined : index.get(key);
      if (target === undefined) throw new Error(`${n.key}: $ref ${r} does not lead to a root or a $defs entry of its file`);
      return target;
    });
  }
  // Roots stay apart (each file keeps its own entry point); definitions start grouped by text.
  let cls = nodes.map((n, i) => (n.name === "root" ? `root ${i}` : n.text));
  let size = -1;
  for (;;) {
    const ids = new Map();
    const next = nodes.map((n, i) => {
      const key = `${cls[i]}\u0001${n.targets.map((t) => cls[t]).join("\u0002")}`;
      if (!ids.has(key)) ids.set(key, ids.size);
      return ids.get(key);
    });
    cls = next;
    if (ids.size === size) break;
    size = ids.size;
  }
  const names = new Map(); // class -> $defs name in the pool
  const defs = {};
  nodes.forEach((n, i) => {
    if (names.has(cls[i])) return;
    const base = n.name === "root" ? n.rel.replace(/\.json$/, "") : n.name;
    names.set(cls[i], `${base.replace(/[^A-Za-z0-9_]/g, "_")}__${cls[i]}`);
  });
  nodes.forEach((n, i) => {
    const name = names.get(cls[i]);
    if (name in defs) return;
    let k = 0;
    defs[name] = rewrite(n.body, () => `#/$defs/${names.get(cls[n.targets[k++]])}`, n.key);
  });
  const refOf = new Map(files.map(([rel]) => [rel, `${id}#/$defs/${names.get(cls[index.get(`${rel}#`)])}`]));
  return { pool: { $id: id, $defs: defs }, refOf, nodes: nodes.length, classes: size };
}

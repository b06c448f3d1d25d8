// Prepares a ccwire JSON Schema for a TypeScript type generator.
//
// TypeScript has no negation or conditional types over values: `not` (the "any other tag" branch
// of open tagged unions) and `if`/`then`/`else` (the message schema's dispatch) are removed, which
// widens the type: everything the schema accepts still type-checks, the type may accept more.
// (json-schema-to-typescript 16 renders a lone `not` as an object type, which would make the
// unknown-tag branch reject `{"pType": "Supervisor"}`.) The kind schemas carry the precise shapes.
const MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const ONE = ["items", "additionalProperties", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties"];
const MANY = ["anyOf", "allOf", "oneOf", "prefixItems"];
const DROP = ["not", "if", "then", "else"];
// Keywords that constrain a value: a schema with none of them (only a description) accepts any
// value, as `true` does, and is typed `unknown` (json-schema-to-typescript would otherwise render
// it as an object type).
const CONSTRAINTS = ["type", "properties", "patternProperties", "additionalProperties", "items",
  "prefixItems", "contains", "anyOf", "allOf", "oneOf", "$ref", "const", "enum", "required",
  "not", "if", "then", "else"];

/** A copy of `schema` without `not`/`if`/`then`/`else` at any depth (member names untouched), and
 * schemas that accept any value typed `unknown`. */
export function widen(schema) {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const out = {};
  if (!Object.keys(schema).some((k) => CONSTRAINTS.includes(k))) out.tsType = "unknown";
  for (const [k, v] of Object.entries(schema)) {
    if (DROP.includes(k)) continue;
    if (MAPS.includes(k)) out[k] = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, widen(x)]));
    else if (ONE.includes(k)) out[k] = widen(v);
    else if (MANY.includes(k)) out[k] = v.map(widen);
    else out[k] = v;
  }
  return out;
}

// @ccwire/schemas: the ccwire JSON Schemas with TypeScript types and validators compiled when the
// package was built (ajv standalone code; nothing is compiled at run time). See index.d.ts.
import { catalog, kinds as registryKinds, version as packageVersion } from "./catalog.js";

export const version = packageVersion;
export const names = Object.freeze(Object.keys(catalog));
export const kinds = Object.freeze([...registryKinds]);

function entry(name) {
  if (typeof name !== "string" || !Object.hasOwn(catalog, name)) {
    throw new TypeError(`@ccwire/schemas: unknown name ${JSON.stringify(name)}`);
  }
  return catalog[name];
}

function validator(name, strict) {
  const found = entry(name)[strict ? 3 : 2];
  if (typeof found !== "function") {
    throw new TypeError(`@ccwire/schemas: ${name} has no ${strict ? "strict " : ""}schema`);
  }
  return found;
}

export function is(name, value) {
  return validator(name, false)(value) === true;
}

export function isStrict(name, value) {
  return validator(name, true)(value) === true;
}

export function validate(name, value, options = {}) {
  const check = validator(name, options.strict === true);
  if (check(value) === true) return [];
  return (check.errors ?? []).map((e) => ({
    pointer: e.instancePath,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
  }));
}

export function schemaFile(name, options = {}) {
  const [lenient, strict] = entry(name);
  if (options.strict === true && strict === null) {
    throw new TypeError(`@ccwire/schemas: ${name} has no strict schema`);
  }
  return `schemas/${options.strict === true ? strict : lenient}`;
}

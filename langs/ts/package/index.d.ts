// @ccwire/schemas: the ccwire JSON Schemas (draft 2020-12), their TypeScript types and validators
// compiled when the package was built.
import type { Kind, Name, StrictName, StrictTypes, Types } from "./catalog.js";

export type { Kind, Name, StrictName, StrictTypes, Types };

/** Why a value does not match a schema: where (a JSON pointer into the value) and what. */
export interface Problem {
  /** JSON pointer of the offending value (`""` for the value itself), e.g. `/interaction/state`. */
  pointer: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `enum`, …). */
  keyword: string;
  message: string;
}

export interface ValidateOptions {
  /** Validate against the strict schema: no unknown member, enum value or kind, and every
   * expected member present. Default: the lenient schema, which accepts what ccwire decodes. */
  strict?: boolean;
}

/** The crates' version this package was built from. */
export declare const version: string;
/** Every name: the kinds, then the wider schemas (`webex.message`, `webex.routingEvent`,
 * `sobot.event`, `lifecycle.event`, `lifecycle.problem`). */
export declare const names: readonly Name[];
/** The kinds of the ccwire registry (`vendor.family.Kind`), as `ccwire kinds` lists them. */
export declare const kinds: readonly Kind[];

/** Whether `value` matches the lenient schema of `name`; narrows it to `Types[name]`. */
export declare function is<N extends Name>(name: N, value: unknown): value is Types[N];
/** Whether `value` matches the strict schema of `name`; narrows it to `StrictTypes[name]`. */
export declare function isStrict<N extends StrictName>(name: N, value: unknown): value is StrictTypes[N];
/** The problems of `value` against the schema of `name`: `[]` when it matches, else the first
 * problem found. Throws a `TypeError` for an unknown name (or a strict check of a name without a
 * strict schema). */
export declare function validate(name: Name, value: unknown, options?: ValidateOptions): Problem[];
/** The schema file of `name` in this package, e.g. `schemas/webex/routing/AgentOfferContact.json`
 * (importable as `@ccwire/schemas/schemas/…`). */
export declare function schemaFile(name: Name, options?: ValidateOptions): string;

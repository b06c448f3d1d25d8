// The formats the ccwire schemas use: `int64` / `uint64` annotate the Rust integer widths. A JSON
// number past 2^53 loses precision in JavaScript, so the range check is as exact as the number
// parsed.
export const formats = {
  int64: { type: "number", validate: (x) => Number.isInteger(x) && x >= -(2 ** 63) && x <= 2 ** 63 },
  uint64: { type: "number", validate: (x) => Number.isInteger(x) && x >= 0 && x <= 2 ** 64 },
};

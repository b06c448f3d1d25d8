//! The leak corpus: messages with secure values holding a unique marker, placed structurally,
//! and every rendering the library gives of them.
//!
//! Shared by the contract suite (over every fixture with CAD) and the `invariants` fuzz target
//! (over whatever the fuzzer makes).

use ccwire_wire::inspect::child;
use serde_json::{Map, Value, json};

/// A marker that does not occur in `text`: a string marker (`QJXV` + digits) and a number
/// marker made of the same digits, so that any part of either found in an output is a leak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The string marker (`QJXV123456`).
    pub text: String,
    /// The digits the number markers are made of (`123456123456`).
    pub digits: String,
}

impl Marker {
    /// The first marker, counting from `seed`, absent from `input`.
    #[must_use]
    pub fn absent_from(input: &str, seed: u64) -> Self {
        let prefix = ["QJXV", "ZKWY", "XQJZ", "VWQK", "JZXQ"]
            .into_iter()
            .find(|p| !input.contains(p))
            .unwrap_or("QXJZ");
        let mut n = seed % 900_000 + 100_000;
        loop {
            let digits = format!("{n}{n}");
            if !input.contains(&digits[..8]) {
                return Self {
                    text: format!("{prefix}{n}"),
                    digits,
                };
            }
            n = (n - 100_000 + 7919) % 900_000 + 100_000;
        }
    }

    /// The number marker (an integer).
    #[must_use]
    pub fn integer(&self) -> Value {
        serde_json::from_str(&self.digits).unwrap_or(Value::Null)
    }

    /// Whether `output` holds the marker or a recognisable part of it (its four-letter prefix
    /// with a digit, or eight of its digits in a row).
    #[must_use]
    pub fn found_in(&self, output: &str) -> bool {
        let prefix = &self.text[..4];
        let digits = &self.digits[..8];
        output.contains(digits)
            || output
                .match_indices(prefix)
                .any(|(i, _)| output[i + 4..].starts_with(|c: char| c.is_ascii_digit()))
            || output.contains(&self.text[..8])
    }
}

/// What a variant was built to cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// No problem of severity warning or error beyond those of the message it was made from.
    Clean,
    /// A problem with this code at this pointer.
    Problem {
        /// The problem code (`decode`, `unknown-member`, `unknown-kind`).
        code: &'static str,
        /// Its pointer.
        pointer: String,
    },
}

/// One message of the leak corpus.
#[derive(Debug, Clone)]
pub struct Variant {
    /// What was done (`number`, `duplicate-value`, …) and where.
    pub name: String,
    /// The message text.
    pub text: String,
    /// Decode by this kind name (payloads without a discriminator).
    pub kind: Option<String>,
    /// The problem it was built to cause.
    pub expect: Expect,
    /// Whether some rendering shows the marker once secure values are revealed (false where
    /// nothing renders the value, e.g. a decode error elsewhere in the variable).
    pub shown_when_revealed: bool,
}

/// The JSON pointers of every `callAssociatedData` map (an object) in `value`.
fn cad_maps(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let here = child(at, k);
                if k == "callAssociatedData" && v.is_object() {
                    out.push(here.clone());
                }
                cad_maps(v, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                cad_maps(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Placeholder member names replaced in the text after serialising (JSON values cannot hold
/// duplicate members or escaped names).
const DUP: &str = "__ccwire_duplicate_value__";
const ESCAPED_FLAG: &str = "__ccwire_escaped_flag__";

fn text_of(value: &Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace(&format!("\"{DUP}\""), "\"value\"")
        .replace(&format!("\"{ESCAPED_FLAG}\""), "\"is\\u0053ecure\"")
}

/// The variants of one CAD variable (`map` is the pointer of its `callAssociatedData`, `key`
/// its name there).
fn cad_variants(
    base: &Value,
    kind: Option<&str>,
    map: &str,
    key: &str,
    m: &Marker,
    out: &mut Vec<Variant>,
) {
    let var_at = child(map, key);
    let Some(Value::Object(var)) = base.pointer(&var_at) else {
        return;
    };
    let secure = {
        let mut v = var.clone();
        v.insert("isSecure".into(), json!(true));
        v
    };
    let name = |what: &str| format!("{what} at {var_at}");
    let with_var = |f: &dyn Fn(&mut Map<String, Value>)| -> Value {
        let mut msg = base.clone();
        if let Some(Value::Object(v)) = msg.pointer_mut(&var_at) {
            *v = secure.clone();
            f(v);
        }
        msg
    };
    let mut push = |what: &str, msg: Value, expect: Expect, shown: bool| {
        out.push(Variant {
            name: name(what),
            text: text_of(&msg),
            kind: kind.map(str::to_owned),
            expect,
            shown_when_revealed: shown,
        });
    };
    let decode_at = |member: &str| Expect::Problem {
        code: "decode",
        pointer: format!("{var_at}/{member}"),
    };
    let s = json!(m.text);
    push(
        "secure-string",
        with_var(&|v| {
            v.insert("value".into(), s.clone());
        }),
        Expect::Clean,
        true,
    );
    push(
        "flag-as-text",
        with_var(&|v| {
            v.insert("isSecure".into(), json!("true"));
            v.insert("value".into(), s.clone());
        }),
        decode_at("isSecure"),
        false,
    );
    push(
        "flag-null",
        with_var(&|v| {
            v.insert("isSecure".into(), Value::Null);
            v.insert("value".into(), s.clone());
        }),
        decode_at("isSecure"),
        false,
    );
    push(
        "number",
        with_var(&|v| {
            v.insert("value".into(), m.integer());
        }),
        decode_at("value"),
        true,
    );
    push(
        "float",
        with_var(&|v| {
            v.insert(
                "value".into(),
                serde_json::from_str(&format!("{}.25", m.digits)).unwrap_or(Value::Null),
            );
        }),
        decode_at("value"),
        true,
    );
    push(
        "array",
        with_var(&|v| {
            v.insert("value".into(), json!([m.text]));
        }),
        decode_at("value"),
        true,
    );
    // An object is the variable order's form (`cadOrderData`): one whose list is text is
    // malformed; one with a member the order does not declare is drift (reported at the
    // value, where the pointer of a secret path stops).
    push(
        "object",
        with_var(&|v| {
            v.insert("value".into(), json!({ "pop-over": m.text }));
        }),
        decode_at("value"),
        true,
    );
    push(
        "object-unknown-member",
        with_var(&|v| {
            v.insert("value".into(), json!({ "x": m.text }));
        }),
        Expect::Problem {
            code: "unknown-member",
            pointer: format!("{var_at}/value"),
        },
        true,
    );
    push(
        "duplicate-value",
        with_var(&|v| {
            v.insert("value".into(), s.clone());
            v.insert(DUP.into(), s.clone());
        }),
        decode_at("value"),
        true,
    );
    push(
        "wrong-declared-type",
        with_var(&|v| {
            v.insert("type".into(), json!(["STRING"]));
            v.insert("value".into(), s.clone());
        }),
        decode_at("type"),
        false,
    );
    push(
        "unknown-member",
        with_var(&|v| {
            v.insert("value".into(), json!("x"));
            v.insert("futureSecret".into(), s.clone());
        }),
        Expect::Problem {
            code: "unknown-member",
            pointer: format!("{var_at}/futureSecret"),
        },
        true,
    );
    push(
        "escaped-flag-name",
        with_var(&|v| {
            v.remove("isSecure");
            v.insert(ESCAPED_FLAG.into(), json!(true));
            v.insert("value".into(), s.clone());
        }),
        Expect::Clean,
        true,
    );
    // The flat copy beside the map.
    let holder_at = &map[..map.rfind('/').unwrap_or(0)];
    let mut copied = with_var(&|v| {
        v.insert("value".into(), s.clone());
    });
    if let Some(Value::Object(holder)) = copied.pointer_mut(holder_at) {
        let details = holder
            .entry("callAssociatedDetails")
            .or_insert_with(|| json!({}));
        if let Value::Object(d) = details {
            d.insert(key.to_owned(), s.clone());
        }
        push("copied-into-details", copied, Expect::Clean, true);
    }
    // The whole interaction data under an unknown member of `data`, and in an unknown kind.
    if base.pointer("/data").is_some_and(Value::is_object) && kind.is_none() {
        let mut var = secure.clone();
        var.insert("value".into(), s.clone());
        let block =
            json!({ "callAssociatedData": { key: var }, "callAssociatedDetails": { key: m.text } });
        let mut msg = base.clone();
        if let Some(Value::Object(data)) = msg.pointer_mut("/data") {
            data.insert("futureBlock".into(), block.clone());
        }
        push(
            "unknown-member-of-known-kind",
            msg,
            Expect::Problem {
                code: "unknown-member",
                pointer: "/data/futureBlock".into(),
            },
            true,
        );
        if base.pointer("/type") == Some(&json!("RoutingMessage"))
            && base.pointer("/data/type").is_some_and(Value::is_string)
        {
            let mut msg = with_var(&|v| {
                v.insert("value".into(), s.clone());
            });
            if let Some(Value::Object(data)) = msg.pointer_mut("/data") {
                data.insert("type".into(), json!("AgentFutureEvent"));
                data.insert("futureBlock".into(), block);
            }
            push(
                "unmodelled-kind",
                msg,
                Expect::Problem {
                    code: "unknown-kind",
                    pointer: "/data".into(),
                },
                true,
            );
        }
    }
}

/// The variants of a `secureCad` request (`attributes` at `/data/attributes`), with the flag
/// in `data` (`"secureCad": true`) and, as the SDK typings declare it, beside `data` (the list of
/// secure names, `"secureCad": ["<name>"]`: `-names` variants).
fn request_variants(base: &Value, kind: Option<&str>, m: &Marker, out: &mut Vec<Variant>) {
    request_variants_placed(base, kind, m, out, false);
    request_variants_placed(base, kind, m, out, true);
}

fn request_variants_placed(
    base: &Value,
    kind: Option<&str>,
    m: &Marker,
    out: &mut Vec<Variant>,
    beside_data: bool,
) {
    let Some(Value::Object(attrs)) = base.pointer("/data/attributes") else {
        return;
    };
    let Some(key) = attrs.keys().next().cloned() else {
        return;
    };
    let mut make = |what: &str, value: Value, expect: Expect| {
        let mut msg = base.clone();
        if beside_data && let Value::Object(request) = &mut msg {
            request.insert("secureCad".into(), json!([key.clone()]));
        }
        if let Some(Value::Object(data)) = msg.pointer_mut("/data") {
            if !beside_data {
                data.insert("secureCad".into(), json!(true));
            }
            if let Some(Value::Object(a)) = data.get_mut("attributes") {
                a.insert(key.clone(), value);
            }
        }
        let what = if beside_data {
            what.replacen("secure-request", "secure-request-names", 1)
        } else {
            what.to_owned()
        };
        out.push(Variant {
            name: format!("{what} at {}", child("/data/attributes", &key)),
            text: text_of(&msg),
            kind: kind.map(str::to_owned),
            expect,
            shown_when_revealed: true,
        });
    };
    make("secure-request", json!(m.text), Expect::Clean);
    make(
        "secure-request-number",
        m.integer(),
        Expect::Problem {
            code: "decode",
            pointer: "/data/attributes".into(),
        },
    );
    make(
        "secure-request-object",
        json!({ "x": m.text }),
        Expect::Problem {
            code: "decode",
            pointer: "/data/attributes".into(),
        },
    );
}

/// Every variant of a message: each CAD variable made secure with the marker (and malformed in
/// each way), and a `secureCad` request's attributes. `kind` is the kind to decode by, for
/// payloads without a discriminator.
#[must_use]
pub fn variants(base: &Value, kind: Option<&str>, m: &Marker) -> Vec<Variant> {
    let mut out = Vec::new();
    let mut maps = Vec::new();
    cad_maps(base, "", &mut maps);
    for map in &maps {
        if let Some(Value::Object(vars)) = base.pointer(map) {
            for key in vars.keys() {
                cad_variants(base, kind, map, key, m, &mut out);
            }
        }
    }
    request_variants(base, kind, m, &mut out);
    out
}

/// Every rendering the library gives of a message: `Debug` of the decoded value or the decode
/// error (`Display`, message, pointer), the reports in both modes (each problem, its snippet,
/// the report's `Debug`). Each entry is (what, text).
#[must_use]
pub fn renderings(text: &str, kind: Option<&str>) -> Vec<(String, String)> {
    use ccwire_codec::Mode;
    let mut out = Vec::new();
    let decoded = match kind {
        Some(k) => ccwire_codec::decode_as(k, text).map(|p| {
            (
                format!("{p:?}"),
                format!("{p:#?}"),
                p.to_json_text().unwrap_or_default(),
            )
        }),
        None => {
            ccwire_codec::decode(text).map(|m| (format!("{m:?}"), format!("{m:#?}"), String::new()))
        }
    };
    match decoded {
        Ok((debug, pretty, _)) => {
            out.push(("Debug".to_owned(), debug));
            out.push(("Debug (pretty)".to_owned(), pretty));
        }
        Err(e) => {
            out.push(("error Display".to_owned(), e.to_string()));
            out.push(("error Debug".to_owned(), format!("{e:?}")));
            out.push(("error pointer".to_owned(), e.pointer().to_owned()));
        }
    }
    for mode in [Mode::Lenient, Mode::Strict] {
        let report = match kind {
            Some(k) => ccwire_codec::validate_as(k, text, mode),
            None => ccwire_codec::validate(text, mode),
        };
        out.push((format!("{mode:?} report Debug"), format!("{report:?}")));
        for p in &report.problems {
            out.push((format!("{mode:?} problem"), p.to_string()));
            if let Some(s) = ccwire_codec::snippet(text, &p.pointer) {
                out.push((format!("{mode:?} snippet at {}", p.pointer), s));
            }
        }
    }
    out
}

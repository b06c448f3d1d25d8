//! The redaction policy: which values are secret, and how every rendering hides them.
//!
//! **What is secret.** A value is secret when
//!
//! 1. it is a member of a CAD variable that says it is secure — any object with an `isSecure`
//!    member whose value is anything but `false` (`true`, `"true"`, `"false"`, `null`, a
//!    number… all count as secure: a malformed flag errs toward secrecy) — other than the
//!    variable's metadata ([`CAD_METADATA`]: `name`, `type`, `displayName`, `isSecure`, …): its
//!    `value` and every member the model does not know;
//! 2. it is the entry of `callAssociatedDetails` (the flat copy of the CAD values) named like a
//!    secure variable of the sibling `callAssociatedData` (by map key or by its `name`);
//! 3. it is the `attributes` of a request that says `secureCad` (anything but `false`: `true`,
//!    or the list of secure names the SDK typings declare), in the same object or in its `data`
//!    member (`{"data": {"attributes": …}, "secureCad": ["pin"]}`).
//!
//! This holds wherever the object sits: in a modelled kind or an unknown one, in a known member
//! or an unknown one, in a message that decodes or one that does not.
//!
//! **Where it applies.** Every *rendering* hides secret values: `Debug` of every type
//! (including [`RawJson`](crate::RawJson), [`Extra`](crate::Extra) and unknown objects), the
//! text of decode errors and validation problems (on a secret path they name JSON types only,
//! and their pointer stops at the secret value), report snippets, and every output of the
//! `ccwire` command. **Encoding does not**: `Serialize` and `encode` write secure values as
//! received, so integrations can send them on. A caller who must see them asks explicitly, with
//! [`reveal_secure`] (the command's `--reveal-secure`).
//!
//! ```
//! use ccwire_wire::secret::{Secrets, redact_text};
//! let text = r#"{"callAssociatedData":{"pin":{"isSecure":"true","value":1234}},"callAssociatedDetails":{"pin":"1234"}}"#;
//! let secrets = Secrets::scan(text);
//! let pointers: Vec<_> = secrets.paths().iter().map(|p| p.pointer.as_str()).collect();
//! assert_eq!(pointers, ["/callAssociatedData/pin/value", "/callAssociatedDetails/pin"]);
//! assert!(!redact_text(text).contains("1234"));
//! ```

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::collections::HashSet;

use crate::json::{Event, Walker};

/// The members of a secure CAD variable that describe it and are shown; every other member
/// (`value`, and anything the model does not know) is secret.
pub const CAD_METADATA: [&str; 10] = [
    "name",
    "type",
    "displayName",
    "agentEditable",
    "agentViewable",
    "global",
    "isSecure",
    "reportable",
    "secureKeyId",
    "secureKeyVersion",
];

/// What a redacted value is rendered as.
pub const REDACTED: &str = "<redacted>";

thread_local! {
    static REVEAL_SECURE: Cell<bool> = const { Cell::new(false) };
    static SECURE_DATA: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` (the rendering of a message's `data`) with its `attributes` treated as secret: for
/// a message whose envelope says `secureCad` beside `data`, rendered apart from it (rule 3).
///
/// ```
/// use ccwire_wire::UnknownObject;
/// use ccwire_wire::secret::with_secure_data;
/// let data: UnknownObject = serde_json::from_str(r#"{"attributes":{"pin":"9876"}}"#).unwrap();
/// assert!(format!("{data:?}").contains("9876"));
/// assert!(!with_secure_data(|| format!("{data:?}")).contains("9876"));
/// ```
pub fn with_secure_data<R>(f: impl FnOnce() -> R) -> R {
    crate::wire::with_flag(&SECURE_DATA, f)
}

/// Whether the `attributes` of the data being rendered are secret now (inside
/// [`with_secure_data`]).
pub(crate) fn secure_data() -> bool {
    SECURE_DATA.with(Cell::get)
}

/// Runs `f` with secure values shown by every rendering (for a user who asked to see them, such
/// as `ccwire decode --reveal-secure`). Outside `f`, secure values are always redacted.
///
/// ```
/// use ccwire_wire::secret::{redact_text, reveal_secure};
/// let text = r#"{"account":{"isSecure":true,"value":"s3cret"}}"#;
/// assert!(!redact_text(text).contains("s3cret"));
/// assert!(reveal_secure(|| redact_text(text).into_owned()).contains("s3cret"));
/// assert!(!redact_text(text).contains("s3cret"));
/// ```
pub fn reveal_secure<R>(f: impl FnOnce() -> R) -> R {
    crate::wire::with_flag(&REVEAL_SECURE, f)
}

/// Whether renderings show secure values now (inside [`reveal_secure`]).
#[must_use]
pub fn revealing() -> bool {
    REVEAL_SECURE.with(Cell::get)
}

/// Whether a secure flag's JSON text (`isSecure`, `secureCad`) makes its object secure: anything
/// but `false`.
///
/// ```
/// use ccwire_wire::secret::flag_is_secure;
/// assert!(flag_is_secure("true") && flag_is_secure("\"true\"") && flag_is_secure("\"false\"") && flag_is_secure("0"));
/// assert!(!flag_is_secure("false"));
/// ```
#[must_use]
pub fn flag_is_secure(text: &str) -> bool {
    text.trim() != "false"
}

/// Whether `text` can hold a secret at all (a cheap test before a [`Secrets::scan`]): it names
/// `secureCad`, has a `\u` escape (which could spell a flag's name), or has an `isSecure` that
/// is not the name of a member whose value is `false`.
///
/// ```
/// use ccwire_wire::secret::may_hold_secrets;
/// assert!(!may_hold_secrets(r#"{"k":{"isSecure" : false,"value":"v"}}"#));
/// assert!(may_hold_secrets(r#"{"k":{"isSecure":true,"value":"v"}}"#));
/// assert!(may_hold_secrets(r#"{"k":{"is\u0053ecure":true}}"#));
/// ```
#[must_use]
pub fn may_hold_secrets(text: &str) -> bool {
    // Searchers built once: building one costs more than searching a typical message.
    static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::LazyLock::new(|| {
            [b"secureCad".as_slice(), b"\\u", b"isSecure"].map(memchr::memmem::Finder::new)
        });
    let [secure_cad, escape, is_secure] = &*FINDERS;
    let b = text.as_bytes();
    if secure_cad.find(b).is_some() || escape.find(b).is_some() {
        return true;
    }
    let ws = |s: &[u8]| {
        s.iter()
            .position(|c| !matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
            .unwrap_or(s.len())
    };
    is_secure.find_iter(b).any(|at| {
        // `"isSecure"`, then `:`, then `false` and the end of that literal: not secure.
        let before = at.checked_sub(1).and_then(|i| b.get(i));
        let Some(rest) = b[at + 8..].strip_prefix(b"\"") else {
            return true;
        };
        let rest = &rest[ws(rest)..];
        let Some(rest) = rest.strip_prefix(b":") else {
            return true;
        };
        let rest = &rest[ws(rest)..];
        let is_false = rest
            .strip_prefix(b"false")
            .is_some_and(|r| !r.first().is_some_and(u8::is_ascii_alphanumeric));
        before != Some(&b'"') || !is_false
    })
}

/// One secret value in a JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretPath {
    /// Its JSON pointer.
    pub pointer: String,
    /// Byte range of its text.
    pub span: std::ops::Range<usize>,
    /// Its JSON type (`string`, `number`, `object`, …), which is all a rendering may say of it.
    pub json_type: &'static str,
}

/// The secret values of one JSON text (see the [module docs](self) for the rules).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Secrets {
    paths: Vec<SecretPath>,
    complete: bool,
}

/// A container being walked.
struct Frame<'t> {
    start: usize,
    object: bool,
    /// Its member name in the parent object.
    key: Option<Cow<'t, str>>,
    secure_cad: bool,
    secure_request: bool,
    /// The `name` member's string.
    name: Option<String>,
    /// Names of secure variables in this object's `callAssociatedData`.
    secure_names: Vec<String>,
}

/// What the first pass learnt, by container start offset.
#[derive(Default)]
struct Marks {
    secure_cad: HashSet<usize>,
    secure_request: HashSet<usize>,
    secure_names: HashMap<usize, Vec<String>>,
}

fn json_type(event: &Event<'_>) -> &'static str {
    match event {
        Event::ObjectStart => "object",
        Event::ArrayStart => "array",
        Event::String(_) => "string",
        Event::Scalar("null") => "null",
        Event::Scalar("true" | "false") => "boolean",
        Event::Scalar(_) => "number",
        _ => "value",
    }
}

impl Secrets {
    /// Finds the secret values of a JSON text. When the text is not JSON, the values found up
    /// to the syntax error are listed and [`complete`](Self::complete) is `false`: a rendering
    /// must then treat every value of the text as secret.
    #[must_use]
    pub fn scan(text: &str) -> Self {
        let mut marks = Marks::default();
        let complete = first_pass(text, &mut marks).is_ok();
        let mut paths = Vec::new();
        // Nothing secure, nothing to list (the usual case: `"isSecure": false`).
        if !(marks.secure_cad.is_empty()
            && marks.secure_request.is_empty()
            && marks.secure_names.is_empty())
        {
            let _ = second_pass(text, &marks, &mut paths);
        }
        Self { paths, complete }
    }

    /// Like [`scan`](Self::scan), skipping texts that cannot hold a secret
    /// ([`may_hold_secrets`]).
    #[must_use]
    pub fn scan_if_needed(text: &str) -> Self {
        if may_hold_secrets(text) {
            Self::scan(text)
        } else {
            Self::nothing(true)
        }
    }

    /// The secret values that are, or contain, one of `pointers`: what [`scan`](Self::scan)
    /// lists, restricted to those pointers (so [`covering`](Self::covering) and
    /// [`sanitize`](Self::sanitize) answer for them exactly as after a full scan), found by
    /// reading only the objects and arrays along the pointers, their other members skipped
    /// without being decoded. For the problems of a message: a few pointers, a long text. When
    /// the text is not JSON, nothing is listed and [`complete`](Self::complete) is `false`.
    ///
    /// ```
    /// use ccwire_wire::secret::Secrets;
    /// let text = r#"{"cad":{"pin":{"value":"1234","isSecure":true}},"d":{"n":"x"}}"#;
    /// let along = Secrets::scan_along(text, &["/cad/pin/value", "/d/n"]);
    /// assert_eq!(along.covering("/cad/pin/value").map(|s| s.json_type), Some("string"));
    /// assert!(along.covering("/d/n").is_none());
    /// assert_eq!(along, Secrets::scan(text));
    /// ```
    #[must_use]
    pub fn scan_along(text: &str, pointers: &[&str]) -> Self {
        let segments: Vec<Vec<Cow<'_, str>>> =
            pointers.iter().map(|p| pointer_segments(p)).collect();
        let targets: Vec<&[Cow<'_, str>]> = segments
            .iter()
            .map(Vec::as_slice)
            .filter(|t| !t.is_empty())
            .collect();
        // The walk recurses once per segment: deeper than JSON is read anywhere, give up (and
        // let every rendering treat the text as secret).
        if targets.iter().any(|t| t.len() > crate::json::MAX_DEPTH) {
            return Self::nothing(false);
        }
        let along = Along { text };
        let b = text.as_bytes();
        let start = crate::dispatch::skip_ws(b, 0);
        let found = along
            .value(start, &mut String::new(), None, &targets)
            .filter(|(end, _)| crate::dispatch::skip_ws(b, *end) == b.len());
        let Some((_, found)) = found else {
            return Self::nothing(false);
        };
        let mut paths = found.secrets;
        paths.sort_by_key(|p| p.span.start);
        // None inside another (a member found secret by its parent after its inside was read).
        let mut kept: Vec<SecretPath> = Vec::with_capacity(paths.len());
        for p in paths {
            if kept.last().is_none_or(|k| p.span.start >= k.span.end) {
                kept.push(p);
            }
        }
        Self {
            paths: kept,
            complete: true,
        }
    }

    /// No secret value; `complete` as the reading of the text went.
    fn nothing(complete: bool) -> Self {
        Self {
            paths: Vec::new(),
            complete,
        }
    }

    /// Like [`scan_along`](Self::scan_along), skipping texts that cannot hold a secret
    /// ([`may_hold_secrets`]).
    #[must_use]
    pub fn scan_along_if_needed(text: &str, pointers: &[&str]) -> Self {
        if may_hold_secrets(text) {
            Self::scan_along(text, pointers)
        } else {
            Self::nothing(true)
        }
    }

    /// Every secret value, in text order (none inside another).
    #[must_use]
    pub fn paths(&self) -> &[SecretPath] {
        &self.paths
    }

    /// Whether the text was JSON to its end (otherwise flags after the syntax error are unknown).
    #[must_use]
    pub fn complete(&self) -> bool {
        self.complete
    }

    /// Whether there is no secret value (and the text was JSON).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty() && self.complete
    }

    /// The secret value at `pointer` or containing it.
    #[must_use]
    pub fn covering(&self, pointer: &str) -> Option<&SecretPath> {
        self.paths.iter().find(|p| {
            pointer
                .strip_prefix(p.pointer.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
    }

    /// The text with every secret value replaced by the string `"<redacted>"` (unchanged inside
    /// [`reveal_secure`]).
    #[must_use]
    pub fn redact<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.paths.is_empty() || revealing() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for p in &self.paths {
            out.push_str(&text[at..p.span.start]);
            out.push('"');
            out.push_str(REDACTED);
            out.push('"');
            at = p.span.end;
        }
        out.push_str(&text[at..]);
        Cow::Owned(out)
    }

    /// A problem at `pointer` with `message`, as a rendering may show it: unchanged off secret
    /// paths (or inside [`reveal_secure`]); on one, the pointer stops at the secret value and the
    /// message names JSON types only. When the text was not JSON to its end, every message
    /// but a syntax one is reduced that way.
    #[must_use]
    pub fn sanitize<'m>(&self, pointer: &'m str, message: &'m str) -> (Cow<'m, str>, Cow<'m, str>) {
        if revealing() {
            return (Cow::Borrowed(pointer), Cow::Borrowed(message));
        }
        if let Some(secret) = self.covering(pointer) {
            return (
                Cow::Owned(secret.pointer.clone()),
                Cow::Owned(type_only(message, secret.json_type)),
            );
        }
        if !self.complete {
            return (
                Cow::Borrowed(pointer),
                Cow::Owned(type_only(message, "value")),
            );
        }
        (Cow::Borrowed(pointer), Cow::Borrowed(message))
    }

    /// [`sanitize`](Self::sanitize) applied to a problem's own pointer and message.
    pub fn sanitize_in_place(&self, pointer: &mut String, message: &mut String) {
        let (p, m) = self.sanitize(pointer, message);
        if let (Cow::Borrowed(_), Cow::Borrowed(_)) = (&p, &m) {
            return;
        }
        let (p, m) = (p.into_owned(), m.into_owned());
        *pointer = p;
        *message = m;
    }
}

/// A problem message on a secret path, naming JSON types only.
fn type_only(message: &str, found: &str) -> String {
    let expected = ["invalid type: ", "invalid value: "]
        .iter()
        .find_map(|p| message.strip_prefix(p))
        .and_then(|rest| rest.rsplit_once(", expected "))
        .map(|(_, e)| e);
    if message.starts_with("duplicate field") || message.starts_with("duplicate key") {
        return "duplicate member in a secure value".to_owned();
    }
    if message.starts_with("member `") && message.ends_with("` is not in the model") {
        return "a member of a secure value is not in the model".to_owned();
    }
    match expected {
        Some(e) => format!("secure value of the wrong type: found {found}, expected {e}"),
        None => format!("secure value does not match the model (found {found}; details withheld)"),
    }
}

/// The text with every secret value redacted ([`Secrets::redact`]); texts that cannot hold a
/// secret are returned as they are.
#[must_use]
pub fn redact_text(text: &str) -> Cow<'_, str> {
    if revealing() || !may_hold_secrets(text) {
        return Cow::Borrowed(text);
    }
    let secrets = Secrets::scan(text);
    if !secrets.complete {
        return Cow::Owned(format!("\"{REDACTED}\""));
    }
    secrets.redact(text)
}

/// The member names of a JSON pointer, unescaped (none for the whole document).
fn pointer_segments(pointer: &str) -> Vec<Cow<'_, str>> {
    let Some(rest) = pointer.strip_prefix('/') else {
        return Vec::new();
    };
    rest.split('/')
        .map(|s| {
            if s.contains('~') {
                Cow::Owned(s.replace("~1", "/").replace("~0", "~"))
            } else {
                Cow::Borrowed(s)
            }
        })
        .collect()
}

/// The array indexes the first segments of `targets` name (only canonical ones, as a pointer
/// built by the walker writes them).
fn wanted_indexes<'a, 's: 'a>(targets: impl Iterator<Item = &'a [Cow<'s, str>]>) -> Vec<usize> {
    targets
        .filter_map(|t| t.first())
        .filter_map(|seg| seg.parse::<usize>().ok().filter(|i| i.to_string() == *seg))
        .collect()
}

/// The walk of [`Secrets::scan_along`]: one pass over the text, entering only the members and
/// elements on the pointers and skipping the others without decoding them.
struct Along<'t> {
    text: &'t str,
}

/// What a visited object or array found: the secrets inside it, and the members whose secrecy
/// its parent object decides (rules 2 and 3).
#[derive(Default)]
struct Found {
    secrets: Vec<SecretPath>,
    /// In a `callAssociatedDetails` object: its visited entries, secret if the parent's
    /// `callAssociatedData` has a secure variable of that name.
    details: Vec<(String, SecretPath)>,
    /// In a `data` object: its visited `attributes`, secret if the parent says `secureCad`.
    data_attributes: Option<SecretPath>,
}

/// The JSON type of a value's text, as [`json_type`] names it.
fn text_type(value: &str) -> &'static str {
    match value.as_bytes().first() {
        Some(b'{') => "object",
        Some(b'[') => "array",
        Some(b'"') => "string",
        Some(b'n') => "null",
        Some(b't' | b'f') => "boolean",
        Some(_) => "number",
        None => "value",
    }
}

/// The names of the secure variables of a `callAssociatedData` value (object or array): the
/// map key and the `name` of each variable that says it is secure.
fn secure_names(cad: &str) -> Result<Vec<String>, crate::dispatch::NotAnObject> {
    let entries: Vec<(Option<Cow<'_, str>>, &str)> = match cad.as_bytes().first() {
        Some(b'{') => crate::dispatch::object_members(cad)?
            .into_iter()
            .map(|(k, v)| (Some(k), v))
            .collect(),
        Some(b'[') => crate::dispatch::array_elements(cad)?
            .into_iter()
            .map(|v| (None, v))
            .collect(),
        _ => return Ok(Vec::new()),
    };
    let mut names = Vec::new();
    for (key, value) in entries {
        if !value.starts_with('{') {
            continue;
        }
        let members = crate::dispatch::object_members(value)?;
        if !members
            .iter()
            .any(|(k, v)| k == "isSecure" && flag_is_secure(v))
        {
            continue;
        }
        names.extend(key.map(Cow::into_owned));
        names.extend(
            members
                .iter()
                .filter(|(k, _)| k == "name")
                .filter_map(|(_, v)| crate::json::string_value(v))
                .map(Cow::into_owned),
        );
    }
    Ok(names)
}

/// The rest of each pointer that continues below `seg`.
fn below<'p, 's>(targets: &[&'p [Cow<'s, str>]], seg: &str) -> Vec<&'p [Cow<'s, str>]> {
    targets
        .iter()
        .filter(|t| t.first().is_some_and(|s| s == seg) && t.len() > 1)
        .map(|t| &t[1..])
        .collect()
}

impl Along<'_> {
    /// The secret value at `span`, whose pointer is `pointer`.
    fn secret(&self, pointer: &str, span: std::ops::Range<usize>) -> SecretPath {
        SecretPath {
            pointer: pointer.to_string(),
            json_type: text_type(&self.text[span.clone()]),
            span,
        }
    }

    /// Reads the value at `start` (at `prefix`, the member `key` of its parent object, if it is
    /// one) and enters what `targets` (the pointers' remaining segments) name; returns where
    /// the value ends and what was found, or `None` when the text is not JSON there.
    fn value(
        &self,
        start: usize,
        prefix: &mut String,
        key: Option<&str>,
        targets: &[&[Cow<'_, str>]],
    ) -> Option<(usize, Found)> {
        let b = self.text.as_bytes();
        match b.get(start)? {
            b'{' if !targets.is_empty() => self.object(start, prefix, key, targets),
            b'[' if !targets.is_empty() => self.array(start, prefix, targets),
            _ => Some((crate::dispatch::skip_value(b, start)?, Found::default())),
        }
    }

    fn object(
        &self,
        start: usize,
        prefix: &mut String,
        key: Option<&str>,
        targets: &[&[Cow<'_, str>]],
    ) -> Option<(usize, Found)> {
        use crate::dispatch::{scan_string, skip_value, skip_ws, string_at};
        let b = self.text.as_bytes();
        let at = prefix.len();
        let (mut secure_cad, mut secure_request) = (false, false);
        let mut cad = None;
        // Visited members: name, span, what was found inside.
        let mut visited: Vec<(Cow<'_, str>, std::ops::Range<usize>, Found)> = Vec::new();
        // The member names the pointers go through here (each member is compared with these
        // few, and only a match looks at the pointers again).
        let mut next: Vec<&str> = Vec::new();
        for t in targets {
            if let Some(seg) = t.first()
                && !next.contains(&seg.as_ref())
            {
                next.push(seg);
            }
        }
        let mut i = skip_ws(b, start + 1);
        if b.get(i) == Some(&b'}') {
            return Some((i + 1, Found::default()));
        }
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let (key_end, escaped) = scan_string(b, i)?;
            let name = string_at(self.text, i, key_end, escaped)?;
            i = skip_ws(b, key_end);
            if b.get(i) != Some(&b':') {
                return None;
            }
            let value_start = skip_ws(b, i + 1);
            let value_end = if next.contains(&name.as_ref()) {
                let deeper = below(targets, &name);
                prefix.push('/');
                crate::json::push_escaped_segment(prefix, &name);
                let (end, found) = self.value(value_start, prefix, Some(&name), &deeper)?;
                prefix.truncate(at);
                visited.push((name.clone(), value_start..end, found));
                end
            } else {
                skip_value(b, value_start)?
            };
            let text = &self.text[value_start..value_end];
            match name.as_ref() {
                "isSecure" => secure_cad |= flag_is_secure(text),
                "secureCad" => secure_request |= flag_is_secure(text),
                "callAssociatedData" => cad = Some(text),
                _ => {}
            }
            i = skip_ws(b, value_end);
            match b.get(i) {
                Some(b',') => i = skip_ws(b, i + 1),
                Some(b'}') => break,
                _ => return None,
            }
        }
        let end = i + 1;
        let mut out = Found::default();
        for (name, span, found) in visited {
            prefix.push('/');
            crate::json::push_escaped_segment(prefix, &name);
            if (secure_cad && !CAD_METADATA.contains(&name.as_ref()))
                || (name == "attributes" && secure_request)
            {
                out.secrets.push(self.secret(prefix, span));
            } else {
                out.secrets.extend(found.secrets);
                if name == "callAssociatedDetails" && !found.details.is_empty() {
                    let names = match cad.map(secure_names).transpose() {
                        Ok(names) => names.unwrap_or_default(),
                        Err(_) => return None,
                    };
                    out.secrets.extend(
                        found
                            .details
                            .into_iter()
                            .filter(|(n, _)| names.contains(n))
                            .map(|(_, s)| s),
                    );
                }
                if name == "data" && secure_request {
                    out.secrets.extend(found.data_attributes);
                }
                match key {
                    Some("callAssociatedDetails") => {
                        out.details
                            .push((name.to_string(), self.secret(prefix, span)));
                    }
                    Some("data") if name == "attributes" => {
                        out.data_attributes = Some(self.secret(prefix, span));
                    }
                    _ => {}
                }
            }
            prefix.truncate(at);
        }
        Some((end, out))
    }

    fn array(
        &self,
        start: usize,
        prefix: &mut String,
        targets: &[&[Cow<'_, str>]],
    ) -> Option<(usize, Found)> {
        use crate::dispatch::skip_ws;
        let b = self.text.as_bytes();
        let at = prefix.len();
        let mut out = Found::default();
        let mut i = skip_ws(b, start + 1);
        if b.get(i) == Some(&b']') {
            return Some((i + 1, out));
        }
        let wanted = wanted_indexes(targets.iter().copied());
        let mut index = 0usize;
        loop {
            let end = if wanted.contains(&index) {
                let seg = index.to_string();
                let deeper = below(targets, &seg);
                prefix.push('/');
                prefix.push_str(&seg);
                let (end, found) = self.value(i, prefix, None, &deeper)?;
                prefix.truncate(at);
                out.secrets.extend(found.secrets);
                end
            } else {
                crate::dispatch::skip_value(b, i)?
            };
            i = skip_ws(b, end);
            match b.get(i) {
                Some(b',') => i = skip_ws(b, i + 1),
                Some(b']') => return Some((i + 1, out)),
                _ => return None,
            }
            index += 1;
        }
    }
}

fn push_frame<'t>(
    stack: &mut Vec<Frame<'t>>,
    start: usize,
    object: bool,
    key: Option<Cow<'t, str>>,
) {
    stack.push(Frame {
        start,
        object,
        key,
        secure_cad: false,
        secure_request: false,
        name: None,
        secure_names: Vec::new(),
    });
}

/// Marks secure variables, secure requests and the secure names of `callAssociatedData` maps.
fn first_pass(text: &str, marks: &mut Marks) -> Result<(), &'static str> {
    let mut walker = Walker::new(text);
    let mut stack: Vec<Frame<'_>> = Vec::new();
    loop {
        let (event, key) = walker.next_member()?;
        match &event {
            Event::End => return Ok(()),
            Event::ObjectEnd | Event::ArrayEnd => {
                let Some(done) = stack.pop() else { continue };
                if done.secure_cad {
                    marks.secure_cad.insert(done.start);
                    // A secure variable in `callAssociatedData` of the object two levels up.
                    let n = stack.len();
                    if n >= 2
                        && stack[n - 1].key.as_deref() == Some("callAssociatedData")
                        && stack[n - 2].object
                    {
                        let names = &mut stack[n - 2].secure_names;
                        names.extend(done.key.clone().map(Cow::into_owned));
                        names.extend(done.name.clone());
                    }
                }
                if done.secure_request {
                    marks.secure_request.insert(done.start);
                }
                if !done.secure_names.is_empty() {
                    marks.secure_names.insert(done.start, done.secure_names);
                }
                continue;
            }
            _ => {}
        }
        // A value: note what it says about its parent.
        if let (Some(parent), Some(k)) = (stack.last_mut(), key.as_deref()) {
            let flag_text = match &event {
                Event::Scalar(s) => Some(*s),
                _ => None,
            };
            match k {
                "isSecure" => parent.secure_cad |= flag_text.is_none_or(flag_is_secure),
                "secureCad" => parent.secure_request |= flag_text.is_none_or(flag_is_secure),
                "name" => {
                    if let Event::String(s) = &event {
                        parent.name = Some(s.to_string());
                    }
                }
                _ => {}
            }
        }
        match event {
            Event::ObjectStart => push_frame(&mut stack, walker.value_start, true, key),
            Event::ArrayStart => push_frame(&mut stack, walker.value_start, false, key),
            _ => {}
        }
    }
}

/// Lists the secret values, skipping the inside of each.
fn second_pass(text: &str, marks: &Marks, out: &mut Vec<SecretPath>) -> Result<(), &'static str> {
    let mut walker = Walker::new(text);
    // (start, key in parent, is object) of each open container.
    let mut stack: Vec<(usize, Option<Cow<'_, str>>, bool)> = Vec::new();
    // Inside a secret container: the depth at which it ends, its pointer, start and type.
    let mut inside: Option<(usize, String, usize, &'static str)> = None;
    loop {
        let (event, key) = walker.next_member()?;
        match &event {
            Event::End => return Ok(()),
            Event::ObjectEnd | Event::ArrayEnd => {
                stack.pop();
                if let Some((depth, _, _, _)) = &inside
                    && walker.depth() == *depth
                    && let Some((_, pointer, start, json_type)) = inside.take()
                {
                    out.push(SecretPath {
                        pointer,
                        span: start..walker.pos(),
                        json_type,
                    });
                }
                continue;
            }
            _ => {}
        }
        if inside.is_none() && is_secret(&stack, key.as_deref(), marks) {
            let pointer = walker.pointer();
            let json_type = json_type(&event);
            match event {
                Event::ObjectStart | Event::ArrayStart => {
                    inside = Some((walker.depth() - 1, pointer, walker.value_start, json_type));
                }
                _ => out.push(SecretPath {
                    pointer,
                    span: walker.value_start..walker.pos(),
                    json_type,
                }),
            }
        }
        match event {
            Event::ObjectStart => stack.push((walker.value_start, key, true)),
            Event::ArrayStart => stack.push((walker.value_start, key, false)),
            _ => {}
        }
    }
}

/// Whether member `key` of the innermost open container is secret.
fn is_secret(
    stack: &[(usize, Option<Cow<'_, str>>, bool)],
    key: Option<&str>,
    marks: &Marks,
) -> bool {
    let (Some((start, own_key, true)), Some(key)) = (stack.last(), key) else {
        return false;
    };
    if marks.secure_cad.contains(start) && !CAD_METADATA.contains(&key) {
        return true;
    }
    if key == "attributes" {
        if marks.secure_request.contains(start) {
            return true;
        }
        // `data.attributes` of a request that says `secureCad` beside `data`.
        if own_key.as_deref() == Some("data")
            && let Some((holder, _, true)) = stack.len().checked_sub(2).and_then(|i| stack.get(i))
            && marks.secure_request.contains(holder)
        {
            return true;
        }
    }
    if own_key.as_deref() == Some("callAssociatedDetails")
        && let Some((holder, _, true)) = stack.len().checked_sub(2).and_then(|i| stack.get(i))
        && let Some(names) = marks.secure_names.get(holder)
    {
        return names.iter().any(|n| n == key);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pointers(text: &str) -> Vec<String> {
        Secrets::scan(text)
            .paths()
            .iter()
            .map(|p| p.pointer.clone())
            .collect()
    }

    #[test]
    fn flags_after_values_and_malformed_flags_count() {
        assert_eq!(pointers(r#"{"value":{"a":[1]},"isSecure":1}"#), ["/value"]);
        assert_eq!(
            pointers(r#"{"value":"x","isSecure":false}"#),
            Vec::<String>::new()
        );
        assert_eq!(
            pointers(r#"{"value":"x","isSecure":false,"isSecure":"no"}"#),
            ["/value"]
        );
        assert_eq!(
            pointers(r#"{"name":"n","value":"x","extra":2,"isSecure":true}"#),
            ["/value", "/extra"]
        );
    }

    #[test]
    fn requests_and_details_are_covered() {
        assert_eq!(
            pointers(r#"{"data":{"attributes":{"a":"1"},"secureCad":true}}"#),
            ["/data/attributes"]
        );
        assert_eq!(
            pointers(r#"{"data":{"attributes":{"a":"1"}},"secureCad":["a"],"keyId":null}"#),
            ["/data/attributes"]
        );
        let t = r#"{"callAssociatedDetails":{"x":"1","p":"2","q":"3"},"callAssociatedData":{"p":{"isSecure":true,"value":"2"},"k":{"name":"q","isSecure":true,"value":"3"}}}"#;
        assert_eq!(
            pointers(t),
            [
                "/callAssociatedDetails/p",
                "/callAssociatedDetails/q",
                "/callAssociatedData/p/value",
                "/callAssociatedData/k/value"
            ]
        );
    }

    #[test]
    fn sanitized_messages_name_types_only() {
        let s = Secrets::scan(r#"{"k":{"isSecure":true,"value":123456789}}"#);
        let (p, m) = s.sanitize(
            "/k/value",
            "invalid type: integer `123456789`, expected a string",
        );
        assert_eq!(p, "/k/value");
        assert_eq!(
            m,
            "secure value of the wrong type: found number, expected a string"
        );
        let (p, m) = s.sanitize("/k/value/deep", "something `123456789`");
        assert_eq!((p.as_ref(), m.contains("123456789")), ("/k/value", false));
        assert_eq!(s.sanitize("/k/type", "msg").1, "msg");
    }

    /// Every value's pointer in `text`, a few that do not exist, and each with a member below.
    fn every_pointer(text: &str) -> Vec<String> {
        let mut out = vec![String::new(), "/nowhere".to_owned()];
        for p in crate::json::value_pointers(text) {
            out.push(format!("{p}/below"));
            out.push(format!("{p}/0"));
            out.push(p);
        }
        out
    }

    #[test]
    fn the_scan_along_pointers_covers_them_as_the_full_scan_does() {
        let texts = [
            r#"{"value":{"a":[1]},"isSecure":1}"#,
            r#" {"value":"x","isSecure":false} "#,
            r#"{"name":"n","value":"x","extra":{"e":[1,{"isSecure":true,"v":2}]},"isSecure":true}"#,
            r#"{"data":{"attributes":{"a":"1"},"secureCad":true}}"#,
            r#"{"data":{"attributes":{"a":"1"}},"secureCad":["a"],"keyId":null}"#,
            r#"{"data":{"attributes":{"a":"1"}},"secureCad":false}"#,
            r#"{"callAssociatedDetails":{"x":"1","p":"2","q":"3"},"callAssociatedData":{"p":{"isSecure":true,"value":"2"},"k":{"name":"q","isSecure":true,"value":"3"}}}"#,
            r#"{"callAssociatedData":[{"name":"q","isSecure":"false","value":"3"},{"name":"r","isSecure":false}],"callAssociatedDetails":{"q":"3","r":"4"}}"#,
            r#"[{"a~/b":{"isSecure":null,"v~/w":{"x":1}}},[[{"secureCad":1,"attributes":[1,2]}]]]"#,
            r#"{"is\u0053ecure":true,"v\u0061lue":"s","n":{"k":1}}"#,
            r#"{"interaction":{"callAssociatedData":{"pin":{"isSecure":true,"value":"1","type":"STRING","extra":{"a":1}}},"callAssociatedDetails":{"pin":"1","other":"2"},"media":{"m":{"participants":["a"]}}}}"#,
            "5",
            "[]",
        ];
        // Not JSON, or nested past what any reader goes: every rendering treats it as secret.
        assert!(!Secrets::scan_along(r#"{"a":{"b":1}"#, &["/a/b"]).complete());
        let deep = "/a".repeat(crate::json::MAX_DEPTH + 1);
        assert!(!Secrets::scan_along("{}", &[deep.as_str()]).complete());
        for text in texts {
            let full = Secrets::scan(text);
            let pointers = every_pointer(text);
            let all: Vec<&str> = pointers.iter().map(String::as_str).collect();
            let along_all = Secrets::scan_along(text, &all);
            assert!(along_all.complete(), "{text}");
            for p in &pointers {
                let one = Secrets::scan_along(text, &[p.as_str()]);
                assert_eq!(one.covering(p), full.covering(p), "{text} at {p}");
                assert_eq!(along_all.covering(p), full.covering(p), "{text} at {p}");
                assert_eq!(
                    one.sanitize(p, "value `s`"),
                    full.sanitize(p, "value `s`"),
                    "{text} at {p}"
                );
            }
        }
    }
}

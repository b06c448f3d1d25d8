//! The vendors' discriminators: which vendor a message is, read from its top-level members.
//!
//! This table is compiled whatever vendors the build includes (cargo features `webex`,
//! `genesys`, `sobot`), so a message of a vendor left out is still told apart — reported as a
//! vendor not compiled in ([`crate::ErrorCategory::NotCompiled`]), never guessed as another.

use ccwire_wire::dispatch::{Peeked, peek_members, peek_tag};

use crate::{DecodeError, Detected, ErrorCategory, Vendor};

/// The top-level members that tell the vendors apart, in the order [`peek_members`] reports
/// them: Sobot's `messageID`, the Genesys Interactions API's `operationName`, the Service
/// Client's `event` + `data`, Webex's `type`, a CometD `channel` / `messageType`.
pub(crate) const TOP_MEMBERS: [&str; 7] = [
    "messageID",
    "operationName",
    "event",
    "data",
    "type",
    "channel",
    "messageType",
];

/// The Genesys Interactions API family (`genesys.interactions.*`).
pub(crate) const INTERACTIONS: &str = "interactions";
/// The Genesys Service Client API family (`genesys.serviceClient.*`).
pub(crate) const SERVICE_CLIENT: &str = "serviceClient";
/// The Genesys CometD notification family (`genesys.cometd.*`).
pub(crate) const COMETD: &str = "cometd";

/// A vendor other than Webex, as the top-level members say (a Genesys message with its family).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OtherVendor {
    Sobot,
    Genesys(&'static str),
}

/// Whether the top-level members ([`TOP_MEMBERS`]) say Sobot or Genesys.
pub(crate) fn other_vendor(top: &[Option<Peeked<'_>>]) -> Option<OtherVendor> {
    if has_message_id(top) {
        return Some(OtherVendor::Sobot);
    }
    genesys_family(top).map(OtherVendor::Genesys)
}

/// Whether the top level carries Sobot's discriminator, `messageID`, whatever its value (no
/// other vendor's message has one: a malformed one is an unnamed Sobot kind, not a Webex guess).
pub(crate) fn has_message_id(top: &[Option<Peeked<'_>>]) -> bool {
    top.first().is_some_and(Option::is_some)
}

/// The `messageID` of a Sobot agent event, when the top level has one that is a string.
pub(crate) fn message_id<'f>(top: &'f [Option<Peeked<'_>>]) -> Option<&'f str> {
    top.first()?.as_ref()?.as_str()
}

/// The Genesys family ([`INTERACTIONS`], [`SERVICE_CLIENT`] or [`COMETD`]) that the top-level
/// members say, without reading anything else: an `operationName` of any value, an `event`
/// string with `data` and no `type`, a CometD `channel` string with `data`, or a bare
/// `messageType` string.
pub(crate) fn genesys_family(top: &[Option<Peeked<'_>>]) -> Option<&'static str> {
    let [_, operation_name, event, data, kind, channel, message_type] = top else {
        return None;
    };
    // `operationName` of any value: a malformed one is an unnamed operation, not a Webex guess.
    if operation_name.is_some() {
        return Some(INTERACTIONS);
    }
    if kind.is_some() {
        return None;
    }
    if event.as_ref().and_then(Peeked::as_str).is_some() && data.is_some() {
        return Some(SERVICE_CLIENT);
    }
    let published = channel.as_ref().and_then(Peeked::as_str).is_some() && data.is_some();
    let bare = message_type.as_ref().and_then(Peeked::as_str).is_some();
    (published || bare).then_some(COMETD)
}

/// The `messageType` of a CometD notification, whole (`data.messageType`) or bare.
pub(crate) fn cometd_message_type(top: &[Option<Peeked<'_>>]) -> Option<String> {
    let [_, _, _, data, _, channel, message_type] = top else {
        return None;
    };
    if channel.is_some()
        && let Some(Peeked::Other(raw)) = data
    {
        return peek_tag(raw, "messageType").ok().flatten();
    }
    message_type
        .as_ref()
        .and_then(Peeked::as_str)
        .map(str::to_owned)
}

/// The Service Client notification's `data.eventType`, when `data` is an object that has one.
pub(crate) fn service_client_event_type(top: &[Option<Peeked<'_>>]) -> Option<String> {
    match top.get(3)?.as_ref()? {
        Peeked::Other(raw) => peek_tag(raw, "eventType").ok().flatten(),
        Peeked::Str(_) => None,
    }
}

/// What a message of a vendor this build leaves out is, from its discriminators alone (the
/// kind is the discriminator's text; nothing is known).
#[cfg_attr(
    all(feature = "webex", feature = "genesys", feature = "sobot"),
    allow(dead_code)
)]
pub(crate) fn not_compiled_detected(text: &str, vendor: Vendor) -> Detected {
    let top = peek_members(text, &TOP_MEMBERS).ok();
    let top = top.as_deref().unwrap_or(&[]);
    let (family, kind) = match vendor {
        Vendor::Sobot => ("event".to_owned(), message_id(top).map(str::to_owned)),
        Vendor::Genesys => match genesys_family(top) {
            Some(INTERACTIONS) => (
                INTERACTIONS.to_owned(),
                top.get(1)
                    .and_then(Option::as_ref)
                    .and_then(Peeked::as_str)
                    .map(str::to_owned),
            ),
            Some(COMETD) => (COMETD.to_owned(), cometd_message_type(top)),
            Some(family) => (family.to_owned(), service_client_event_type(top)),
            None => ("?".to_owned(), None),
        },
        Vendor::Webex => {
            let envelope = top.get(4).and_then(Option::as_ref).and_then(Peeked::as_str);
            let data_type = match top.get(3).and_then(Option::as_ref) {
                Some(Peeked::Other(raw)) => peek_tag(raw, "type").ok().flatten(),
                _ => None,
            };
            (envelope.unwrap_or("?").to_owned(), data_type)
        }
    };
    Detected {
        vendor,
        family,
        kind,
        known: false,
    }
}

/// The error for a message of a vendor this build leaves out.
#[cfg_attr(
    all(feature = "webex", feature = "genesys", feature = "sobot"),
    allow(dead_code)
)]
pub(crate) fn not_compiled(vendor: Vendor) -> DecodeError {
    DecodeError {
        category: ErrorCategory::NotCompiled,
        pointer: String::new(),
        message: format!(
            "a {vendor} message, but this build of ccwire does not include {vendor} (cargo feature `{vendor}`)"
        ),
        kind: None,
        line: 0,
        column: 0,
    }
}

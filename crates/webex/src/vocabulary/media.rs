//! Media legs of an interaction.

use crate::{MediaLegType, MediaManager, MediaResourceId, MediaType};
use ccwire_wire::{EpochMillis, Extra, Nullable, Wire};

/// One media leg (an entry of `interaction.media`, keyed by media resource id).
///
/// ```
/// use ccwire_webex::{MediaLeg, MediaLegType};
/// let leg: MediaLeg = serde_json::from_str(r#"{"mediaResourceId":"m","mediaType":"chat",
///   "mediaMgr":"cmm","mType":"consult","isHold":false,"participants":[""]}"#).unwrap();
/// assert_eq!(leg.m_type, Some(MediaLegType::Consult));
/// assert!(leg.hold_timestamp.is_absent());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MediaLeg {
    /// The leg id (normally equal to the map key; the media table, webex-desktop-js-sdk.txt
    /// L252).
    pub media_resource_id: MediaResourceId,
    /// Media type of the leg.
    ///
    /// *Expected*: the media table types `mediaType` String (webex-desktop-js-sdk.txt L253) and has
    /// no Required column, and every sample carries it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub media_type: Option<MediaType>,
    /// Media manager serving the leg.
    ///
    /// *Expected*: the media table types `mediaMgr` String (webex-desktop-js-sdk.txt L254) and has
    /// no Required column, and every sample carries it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub media_mgr: Option<MediaManager>,
    /// Role of the leg.
    ///
    /// *Expected*: the media table types `mType` String (webex-desktop-js-sdk.txt L256) and has no
    /// Required column, and every sample carries it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(rename = "mType")]
    #[wire(expected)]
    pub m_type: Option<MediaLegType>,
    /// Whether the leg is on hold.
    ///
    /// *Expected*: the media table types `isHold` Boolean (webex-desktop-js-sdk.txt L257) and has
    /// no Required column, and every sample carries it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub is_hold: Option<bool>,
    /// When the leg was put on hold; `null` while it has not been ("Number or Null",
    /// webex-desktop-js-sdk.txt L258).
    pub hold_timestamp: Nullable<EpochMillis>,
    /// Ids of the participants on the leg (may be empty, `[""]`, or repeat an id).
    ///
    /// *Expected*: the media table types `participants` Array (webex-desktop-js-sdk.txt L255) and
    /// has no Required column, and every sample carries it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub participants: Option<Vec<String>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

//! Media legs of an interaction.

use crate::webex::{MediaLegType, MediaManager, MediaResourceId, MediaType};
use crate::{EpochMillis, Extra, Nullable, Wire};

/// One media leg (an entry of `interaction.media`, keyed by media resource id).
///
/// ```
/// use ccwire_model::webex::{MediaLeg, MediaLegType};
/// let leg: MediaLeg = serde_json::from_str(r#"{"mediaResourceId":"m","mediaType":"chat",
///   "mediaMgr":"cmm","mType":"consult","isHold":false,"participants":[""]}"#).unwrap();
/// assert_eq!(leg.m_type, MediaLegType::Consult);
/// assert!(leg.hold_timestamp.is_absent());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MediaLeg {
    /// The leg id (normally equal to the map key).
    pub media_resource_id: MediaResourceId,
    /// Media type of the leg.
    pub media_type: MediaType,
    /// Media manager serving the leg.
    pub media_mgr: MediaManager,
    /// Role of the leg.
    #[wire(rename = "mType")]
    pub m_type: MediaLegType,
    /// Whether the leg is on hold.
    pub is_hold: bool,
    /// When the leg was put on hold; `null` while it has not been ("Number or Null",
    /// webex-desktop-js-sdk.txt L259).
    pub hold_timestamp: Nullable<EpochMillis>,
    /// Ids of the participants on the leg (may be empty, `[""]`, or repeat an id).
    pub participants: Vec<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

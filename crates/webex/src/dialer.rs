//! The `Desktop.dialer` requests: outdial, CAD update and campaign preview actions.
//!
//! Their answers are routing events: `startOutdial` → `AgentOfferContact`,
//! `updateCadVariables` → `ContactUpdated`, failures → `AgentOutboundFailed` (bare, `eOutdialFailed`)
//! and `CampaignPreview{Accept,Skip,Remove}Failed`; see [`crate::routing`].

use crate::{Direction, EntryPointId, InteractionId, MediaType, OutboundType};
use ccwire_wire::{BoundedMap, BoundedText, Extra, Nullable, Wire, WireMap};

/// The outdial to start.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Outdial {
    /// The outdial entry point (required, webex-desktop-js-sdk.txt L9233).
    pub entry_point_id: EntryPointId,
    /// The number to dial (required, webex-desktop-js-sdk.txt L9234).
    pub destination: String,
    /// `OUTBOUND` (required, webex-desktop-js-sdk.txt L9235).
    pub direction: Direction,
    /// The ANI to present (required, webex-desktop-js-sdk.txt L9236).
    pub origin: String,
    /// Data for the flow (name → value).
    pub attributes: Option<WireMap<String>>,
    /// Media type (required, webex-desktop-js-sdk.txt L9238).
    pub media_type: MediaType,
    /// `OUTDIAL`, `CourtesyCallback`, … (required, webex-desktop-js-sdk.txt L9239).
    pub outbound_type: OutboundType,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The argument of `Desktop.dialer.startOutdial`.
///
/// ```
/// use ccwire_webex::dialer::StartOutdialRequest;
/// let r: StartOutdialRequest = serde_json::from_str(r#"{"data":{"entryPointId":"e","destination":"1",
///   "direction":"OUTBOUND","origin":"2","attributes":{},"mediaType":"telephony","outboundType":"OUTDIAL"}}"#).unwrap();
/// assert_eq!(r.data.destination, "1");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StartOutdialRequest {
    /// The outdial (required, webex-desktop-js-sdk.txt L9232).
    pub data: Outdial,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The CAD variables to set. With `secureCad: true`, the attributes are secret: `Debug`
/// shows their names only (see `ccwire_wire::secret`).
///
/// ```
/// use ccwire_webex::dialer::CadUpdate;
/// let u: CadUpdate = serde_json::from_str(r#"{"attributes":{"pin":"9876"},"secureCad":true}"#).unwrap();
/// assert!(!format!("{u:?}").contains("9876"));
/// ```
#[derive(Wire, Clone, PartialEq)]
pub struct CadUpdate {
    /// Variable name → new value: "a maximum of 30 CAD variables" and values of "a maximum of
    /// 256 characters" (webex-desktop-js-sdk.txt L9380-9381), counted as code points like the
    /// schema's `maxLength`.
    pub attributes: BoundedMap<BoundedText<256>, 30>,
    /// Whether the values are secure. The SDK typings declare `secureCad`, `keyId` and
    /// `keyVersion` beside `data`, not in it ([`UpdateCadVariablesRequest::secure_cad`]); these
    /// three are accepted here as well, and a `secureCad` here makes the attributes secret too.
    pub secure_cad: Option<bool>,
    /// Key id of secure values (see `secure_cad`).
    pub key_id: Option<String>,
    /// Key version of secure values (see `secure_cad`).
    pub key_version: Option<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The argument of `Desktop.dialer.updateCadVariables`.
///
/// ```
/// use ccwire_webex::dialer::UpdateCadVariablesRequest;
/// let r: UpdateCadVariablesRequest = serde_json::from_str(
///     r#"{"interactionId":"i","data":{"attributes":{"Global_FeedbackSurveyOptIn":"uninitialized"}}}"#).unwrap();
/// assert_eq!(r.data.attributes.len(), 1);
/// ```
#[derive(Wire, Clone, PartialEq)]
pub struct UpdateCadVariablesRequest {
    /// The task (required, webex-desktop-js-sdk.txt L9377).
    pub interaction_id: InteractionId,
    /// The variables (required, webex-desktop-js-sdk.txt L9378).
    pub data: CadUpdate,
    /// The names of the secure variables among the attributes (@wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/aqm-service-dialer.d.ts, `updateCadVariables`:
    /// `secureCad?: Array<string>`). With it, every attribute is secret, whatever the list
    /// holds (see `ccwire_wire::secret`).
    pub secure_cad: Option<Vec<String>>,
    /// Key id of the secure values (the same typings: `keyId: string | null`; the seed's
    /// sample has none, so optional).
    pub key_id: Nullable<String>,
    /// Key version of the secure values (the same typings: `keyVersion: number | null`; the
    /// seed's sample has none, so optional).
    pub key_version: Nullable<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl std::fmt::Debug for UpdateCadVariablesRequest {
    /// The attributes are shown by name only when the request says `secureCad` (here or in
    /// `data`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secret = self.secure_cad.is_some() || self.data.secure_cad == Some(true);
        f.debug_struct("UpdateCadVariablesRequest")
            .field("interaction_id", &self.interaction_id)
            .field("data", &DebugCadUpdate(&self.data, secret))
            .field("secure_cad", &self.secure_cad)
            .field("key_id", &self.key_id)
            .field("key_version", &self.key_version)
            .field("extra", &self.extra)
            .finish()
    }
}

/// A [`CadUpdate`] as `Debug` shows it, its attributes hidden when they are secret.
struct DebugCadUpdate<'a>(&'a CadUpdate, bool);

impl std::fmt::Debug for DebugCadUpdate<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let CadUpdate {
            attributes,
            secure_cad,
            key_id,
            key_version,
            extra,
        } = self.0;
        let mut s = f.debug_struct("CadUpdate");
        if self.1 && !ccwire_wire::secret::revealing() {
            let names: std::collections::BTreeMap<&str, std::fmt::Arguments<'_>> = attributes
                .keys()
                .map(|k| (k, format_args!("<redacted>")))
                .collect();
            s.field("attributes", &names);
        } else {
            s.field("attributes", attributes);
        }
        s.field("secure_cad", secure_cad)
            .field("key_id", key_id)
            .field("key_version", key_version)
            .field("extra", extra)
            .finish()
    }
}

/// The payload of the campaign preview actions (accept, skip, remove); documented by the vendor
/// SDK only.
///
/// ```
/// use ccwire_webex::dialer::PreviewContactRequest;
/// let r: PreviewContactRequest = serde_json::from_str(r#"{"interactionId":"i","campaignId":"Spring"}"#).unwrap();
/// assert_eq!(r.campaign_id.as_deref(), Some("Spring"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PreviewContactRequest {
    /// The interaction of the campaign reservation (no seed line; @wxcc-desktop/sdk-types
    /// 1.0.32, agentx-services/src/services/aqm/aqm-service-dialer.d.ts,
    /// `Service.Aqm.Dialer.previewContact.interactionId`).
    pub interaction_id: InteractionId,
    /// The campaign name (not a UUID) (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/aqm-service-dialer.d.ts,
    /// `Service.Aqm.Dialer.previewContact.campaignId`, typed `string | undefined`).
    ///
    /// Optional: the SDK typings type it `string | undefined`, which JSON drops, so the member may
    /// be absent.
    pub campaign_id: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl std::fmt::Debug for CadUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        DebugCadUpdate(self, self.secure_cad == Some(true)).fmt(f)
    }
}

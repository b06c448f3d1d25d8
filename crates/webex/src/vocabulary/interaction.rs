//! The interaction (task) object carried by routing and monitoring messages.

use crate::{
    AgentId, CallAssociatedData, CallFlowParam, CallProcessingDetails, Direction, InteractionId,
    InteractionState, MediaChannel, MediaLeg, MediaType, OrgId, OutboundType, Participant, QueueId,
    WorkflowManager,
};
use ccwire_wire::{EpochMillis, Extra, Nullable, RawJson, Wire, WireMap};

/// `contactDirection`: `{"type": "INBOUND" | "OUTBOUND"}`.
///
/// ```
/// use ccwire_webex::{ContactDirection, Direction};
/// let d: ContactDirection = serde_json::from_str(r#"{"type":"INBOUND"}"#).unwrap();
/// assert_eq!(d.direction, Some(Direction::Inbound));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ContactDirection {
    /// The direction.
    ///
    /// *Expected*: the interaction table types `contactDirection.type` String
    /// (webex-desktop-js-sdk.txt L218) and has no Required column, and every sample carries it
    /// (counts in `reference/members.tsv`): its absence is drift, an error only in strict mode.
    #[wire(rename = "type")]
    #[wire(expected)]
    pub direction: Option<Direction>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Media properties of an interaction (`mediaProperties`): always `null` in the documents;
/// the vendor's typings give `{chatType, type}`.
///
/// ```
/// use ccwire_webex::MediaProperties;
/// let p: MediaProperties = serde_json::from_str(r#"{"chatType":"x"}"#).unwrap();
/// assert_eq!(p.chat_type.as_deref(), Some("x"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MediaProperties {
    /// Chat type.
    pub chat_type: Option<String>,
    /// Media property type.
    #[wire(rename = "type")]
    pub property_type: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An interaction (task): the contact with its participants, media legs and data.
///
/// ```
/// use ccwire_webex::{Interaction, InteractionState, MediaType};
/// let i: Interaction = serde_json::from_str(r#"{
///   "interactionId":"i1","orgId":"o1","state":"new","mediaType":"chat",
///   "callProcessingDetails":{"ronaTimeout":"30"},"owner":null}"#).unwrap();
/// assert_eq!(i.state, Some(InteractionState::New));
/// assert_eq!(i.media_type, Some(MediaType::Chat));
/// assert!(i.owner.is_null());
/// ```
#[derive(Wire, Clone, PartialEq)]
pub struct Interaction {
    /// The interaction id (the interaction table, webex-desktop-js-sdk.txt L211;
    /// `interactionId: string;` in the generic routing shape, L2191).
    pub interaction_id: InteractionId,
    /// The organization (the interaction table, webex-desktop-js-sdk.txt L212; `orgId: string;`
    /// in the generic routing shape, L2192).
    pub org_id: OrgId,
    /// Interaction state.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `interaction.state` non-optional
    /// (webex-desktop-js-sdk.txt L2188), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub state: Option<InteractionState>,
    /// Media type.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `interaction.mediaType`
    /// non-optional (webex-desktop-js-sdk.txt L2186), which is no promise that it is sent, and the
    /// samples of the kinds carrying this type send it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub media_type: Option<MediaType>,
    /// Channel the interaction came through.
    pub media_channel: Option<MediaChannel>,
    /// Direction of the contact.
    pub contact_direction: Option<ContactDirection>,
    /// Outbound kind (`null` for inbound contacts).
    pub outbound_type: Nullable<OutboundType>,
    /// Queue (virtual team) currently handling the interaction (may be `""`).
    ///
    /// Optional: the SDK's shape of an interaction declares it (webex-desktop-js-sdk.txt
    /// L2183-2193), but the `ContactAniUpdated` sample (L8429) omits it, and the samples win.
    #[wire(rename = "currentVTeam")]
    pub current_vteam: Option<QueueId>,
    /// Queues (virtual teams) the interaction went through.
    ///
    /// Optional: the SDK's shape of an interaction declares it (webex-desktop-js-sdk.txt
    /// L2183-2193), but the `ContactAniUpdated` sample (L8429) omits it, and the samples win.
    #[wire(rename = "previousVTeams")]
    pub previous_vteams: Option<Vec<QueueId>>,
    /// Whether a flow controls the interaction.
    ///
    /// Optional: the SDK's shape of an interaction declares it (webex-desktop-js-sdk.txt
    /// L2183-2193), but the `ContactAniUpdated` sample (L8429) omits it, and the samples win.
    pub is_fc_managed: Option<bool>,
    /// Whether the interaction has ended.
    ///
    /// Optional: the SDK's shape of an interaction declares it (webex-desktop-js-sdk.txt
    /// L2183-2193), but the `ContactAniUpdated` sample (L8429) omits it, and the samples win.
    pub is_terminated: Option<bool>,
    /// Whether the media is forked (e.g. for recording or transcription).
    pub is_media_forked: Option<bool>,
    /// Whether wrap-up assistance is on for the interaction: declared by the SDK's published
    /// typings (`@wxcc-desktop/sdk-types` 1.0.32, `Service.Aqm.Contact.Interaction`,
    /// `isWrapUpAssist?: boolean`); no seed sample carries it.
    pub is_wrap_up_assist: Option<bool>,
    /// The agent owning the interaction.
    pub owner: Nullable<AgentId>,
    /// The main interaction of a consult or conference.
    pub main_interaction_id: Option<InteractionId>,
    /// The parent interaction.
    pub parent_interaction_id: Option<InteractionId>,
    /// When the interaction was created.
    pub created_timestamp: Option<EpochMillis>,
    /// When the interaction was queued.
    pub queued_timestamp: Nullable<EpochMillis>,
    /// The flow engine managing the interaction.
    pub workflow_manager: Nullable<WorkflowManager>,
    /// Media properties.
    pub media_properties: Nullable<MediaProperties>,
    /// Flow properties; always `null` in the documents, so the shape is unknown.
    pub flow_properties: Nullable<RawJson>,
    /// The customer's number, sent on ANI updates.
    pub ani: Option<String>,
    /// Routing and recording state. Expected, not required: every sample's interaction carries
    /// it, but the SDK's own shape of an interaction (webex-desktop-js-sdk.txt L2183-2193) does
    /// not declare it.
    // Boxed: it is large, and boxing keeps `Interaction` cheap to move while decoding.
    #[wire(expected)]
    pub call_processing_details: Option<Box<CallProcessingDetails>>,
    /// Media legs by media resource id.
    pub media: Option<WireMap<MediaLeg>>,
    /// Participants by participant id (the key normally equals the participant's id). The
    /// seed's table types it as an Array (webex-desktop-js-sdk.txt L210), but every sample sends
    /// this map, and the samples win for shape; an array is refused.
    ///
    /// Optional: the SDK's shape of an interaction declares it (webex-desktop-js-sdk.txt
    /// L2183-2193), but the `ContactAniUpdated` sample (L8429) omits it, and the samples win.
    pub participants: Option<WireMap<Participant>>,
    /// Flow parameters by name.
    pub call_flow_params: Option<WireMap<CallFlowParam>>,
    /// Call-associated data variables by name.
    pub call_associated_data: Option<CallAssociatedData>,
    /// Flat `name → value` copy of the CAD variables (values may differ from the CAD map). The
    /// entries named like a secure CAD variable are secret: `Debug` redacts them.
    pub call_associated_details: Option<WireMap<String>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Interaction {
    /// The participant with `id` (map key), if any.
    #[must_use]
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.as_ref()?.get(id)
    }

    /// The CAD variable named `name` (map key), if any.
    #[must_use]
    pub fn cad(&self, name: &str) -> Option<&crate::CadVariable> {
        self.call_associated_data.as_ref()?.get(name)
    }

    /// The text value of the CAD variable named `name`, if it has one (see
    /// [`CadVariable::typed_value`](crate::CadVariable::typed_value) for the value read by
    /// its declared type).
    #[must_use]
    pub fn cad_text(&self, name: &str) -> Option<&str> {
        match &self.cad(name)?.value {
            ccwire_wire::StringOr::String(text) => Some(text),
            ccwire_wire::StringOr::Value(_) => None,
        }
    }

    /// The customer's number or address: the interaction's own `ani` (sent when it changes,
    /// `ContactAniUpdated`), else the one in `callProcessingDetails`.
    #[must_use]
    pub fn ani(&self) -> Option<&str> {
        self.ani.as_deref().or_else(|| {
            self.call_processing_details
                .as_ref()
                .and_then(|d| d.ani.as_deref())
        })
    }

    /// The number the customer dialed (`callProcessingDetails.dnis`).
    #[must_use]
    pub fn dnis(&self) -> Option<&str> {
        self.call_processing_details
            .as_ref()
            .and_then(|d| d.dnis.as_deref())
    }
}

impl std::fmt::Debug for Interaction {
    /// Every member, with the `callAssociatedDetails` entries of secure CAD variables redacted
    /// (see [`ccwire_wire::secret`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            interaction_id,
            org_id,
            state,
            media_type,
            media_channel,
            contact_direction,
            outbound_type,
            current_vteam,
            previous_vteams,
            is_fc_managed,
            is_terminated,
            is_media_forked,
            is_wrap_up_assist,
            owner,
            main_interaction_id,
            parent_interaction_id,
            created_timestamp,
            queued_timestamp,
            workflow_manager,
            media_properties,
            flow_properties,
            ani,
            call_processing_details,
            media,
            participants,
            call_flow_params,
            call_associated_data,
            call_associated_details,
            extra,
        } = self;
        let details = call_associated_details
            .as_ref()
            .map(|details| SecretDetails {
                details,
                data: call_associated_data.as_ref(),
            });
        f.debug_struct("Interaction")
            .field("interaction_id", interaction_id)
            .field("org_id", org_id)
            .field("state", state)
            .field("media_type", media_type)
            .field("media_channel", media_channel)
            .field("contact_direction", contact_direction)
            .field("outbound_type", outbound_type)
            .field("current_vteam", current_vteam)
            .field("previous_vteams", previous_vteams)
            .field("is_fc_managed", is_fc_managed)
            .field("is_terminated", is_terminated)
            .field("is_media_forked", is_media_forked)
            .field("is_wrap_up_assist", is_wrap_up_assist)
            .field("owner", owner)
            .field("main_interaction_id", main_interaction_id)
            .field("parent_interaction_id", parent_interaction_id)
            .field("created_timestamp", created_timestamp)
            .field("queued_timestamp", queued_timestamp)
            .field("workflow_manager", workflow_manager)
            .field("media_properties", media_properties)
            .field("flow_properties", flow_properties)
            .field("ani", ani)
            .field("call_processing_details", call_processing_details)
            .field("media", media)
            .field("participants", participants)
            .field("call_flow_params", call_flow_params)
            .field("call_associated_data", call_associated_data)
            .field("call_associated_details", &details)
            .field("extra", extra)
            .finish()
    }
}

/// `callAssociatedDetails` with the entries of secure CAD variables redacted.
struct SecretDetails<'a> {
    details: &'a WireMap<String>,
    data: Option<&'a CallAssociatedData>,
}

impl std::fmt::Debug for SecretDetails<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names = std::collections::HashSet::new();
        if !ccwire_wire::secret::revealing() {
            for (key, v) in self
                .data
                .into_iter()
                .flat_map(|d| d.iter())
                .filter(|(_, v)| v.is_secure())
            {
                names.insert(key);
                names.extend(v.name.as_deref());
            }
        }
        let secure = |name: &str| names.contains(name);
        let mut map = f.debug_map();
        for (k, v) in self.details {
            if secure(k) {
                map.entry(&k, &format_args!("<redacted>"));
            } else {
                map.entry(&k, v);
            }
        }
        map.finish()
    }
}

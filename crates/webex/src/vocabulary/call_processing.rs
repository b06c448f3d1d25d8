//! `interaction.callProcessingDetails`: routing and recording state from the call flow.

use crate::{ContactAssignmentType, InteractionId, QueueId, QueueManager};
use ccwire_wire::{Extra, OrText, Wire};

/// Call-processing details of an interaction.
///
/// Every value is text on the wire (`"true"`, `"32"`), and the seed types every member as String
/// (webex-desktop-js-sdk.txt L228-248). Flags and numbers are [`OrText`]: typed when the text is
/// a flag or a number (and re-encoded in the form received, so the newer SDKs' native `true` also
/// decodes); any other text is kept exactly and reported as drift (`unknown-value`), not
/// refused, since the reference promises only text.
/// The documented keys and the keys seen across the vendor's samples are typed, and so are the
/// keys the SDK's published typings declare (`@wxcc-desktop/sdk-types` 1.0.32,
/// `Service.Aqm.Contact.Interaction.callProcessingDetails`, each quoted in its member's
/// documentation; no seed sample carries them); every other key (the flow may add any) is kept
/// in `extra`.
///
/// ```
/// use ccwire_webex::CallProcessingDetails;
/// let cpd: CallProcessingDetails = serde_json::from_str(
///     r#"{"ronaTimeout":"32","isPaused":"false","QueueId":"3268","custom":"x"}"#).unwrap();
/// assert_eq!(cpd.rona_timeout.as_ref().and_then(|v| v.value()), Some(32));
/// assert_eq!(cpd.is_paused.as_ref().and_then(|v| v.value()), Some(false));
/// let odd: CallProcessingDetails = serde_json::from_str(r#"{"pauseDuration":"abc"}"#).unwrap();
/// assert_eq!(odd.pause_duration.and_then(|v| v.value()), None);
/// assert_eq!(cpd.extra.get("custom").map(ccwire_wire::RawJsonRef::get), Some("\"x\""));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CallProcessingDetails {
    /// Customer number (inbound call) or address (chat, e-mail).
    pub ani: Option<String>,
    /// Dialed number.
    pub dnis: Option<String>,
    /// Tenant database id.
    pub tenant_id: Option<String>,
    /// Routing queue.
    #[wire(rename = "QueueId")]
    pub queue_id: Option<QueueId>,
    /// Routing queue, lower-case spelling (sent on ANI updates).
    #[wire(rename = "queueId")]
    pub queue_id_lower: Option<QueueId>,
    /// Queue manager.
    #[wire(rename = "QMgrName")]
    pub queue_manager: Option<QueueManager>,
    /// Virtual team (queue) id.
    pub vteam_id: Option<QueueId>,
    /// Virtual team type (`inboundqueue`, …).
    pub vteam_type: Option<String>,
    /// Virtual team name.
    pub virtual_team_name: Option<String>,
    /// Entry point id.
    pub entry_point_id: Option<String>,
    /// Entry point id (upper-case key).
    #[wire(rename = "EP_ID")]
    pub ep_id: Option<String>,
    /// Customer name.
    pub customer_name: Option<String>,
    /// Customer number / id.
    pub customer_number: Option<String>,
    /// RONA (redirect on no answer) timeout, seconds.
    pub rona_timeout: Option<OrText<i64>>,
    /// Routing priority.
    pub priority: Option<OrText<i64>>,
    /// Whether the recording may be paused and resumed.
    pub pause_resume_enabled: Option<OrText<bool>>,
    /// Recording pause duration, seconds.
    pub pause_duration: Option<OrText<i64>>,
    /// Whether the recording is paused.
    pub is_paused: Option<OrText<bool>>,
    /// Whether a recording is in progress.
    pub record_in_progress: Option<OrText<bool>>,
    /// Whether recording has started.
    pub recording_started: Option<OrText<bool>>,
    /// Whether a consult to queue is in progress.
    pub ctq_in_progress: Option<OrText<bool>>,
    /// Whether an outdial may be transferred to a queue.
    pub outdial_transfer_to_queue_enabled: Option<OrText<bool>>,
    /// Whether the task is to be self-serviced.
    pub task_to_be_self_serviced: Option<OrText<bool>>,
    /// Whether the contact is parked.
    pub is_parked: Option<OrText<bool>>,
    /// Whether agent availability is checked.
    pub check_agent_availability: Option<OrText<bool>>,
    /// Whether participant invites time out.
    pub participant_invite_timeout: Option<OrText<bool>>,
    /// Whether skills are removed on transfer to a queue.
    pub remove_skills_on_transfer_to_queue: Option<OrText<bool>>,
    /// Whether recording continues on transfer.
    #[wire(rename = "CONTINUE_RECORDING_ON_TRANSFER")]
    pub continue_recording_on_transfer: Option<OrText<bool>>,
    /// Whether a blind transfer is in progress.
    #[wire(rename = "BLIND_TRANSFER_IN_PROGRESS")]
    pub blind_transfer_in_progress: Option<OrText<bool>>,
    /// How the contact was assigned.
    pub contact_assignment_type: Option<ContactAssignmentType>,
    /// Routing type (`queueBasedRouting`, …).
    #[wire(rename = "ROUTING_TYPE")]
    pub routing_type: Option<String>,
    /// Skills required for routing: JSON text such as `"[]"`.
    pub required_skill_list: Option<String>,
    /// Customer region.
    pub customer_region: Option<String>,
    /// Chat category chosen by the customer.
    pub category: Option<String>,
    /// Customer's reason for contact.
    pub reason: Option<String>,
    /// Business reason code (text such as `"Sales"`; unrelated to failure codes).
    pub reason_code: Option<String>,
    /// IVR path taken.
    #[wire(rename = "IvrPath")]
    pub ivr_path: Option<String>,
    /// Whether an IVR transcript is available.
    pub conv_ivr_transcript: Option<String>,
    /// Digital channel source number.
    pub source_number: Option<String>,
    /// Digital channel source page.
    pub source_page: Option<String>,
    /// Digital channel user.
    pub app_user: Option<String>,
    /// Customer e-mail address of an incoming e-mail.
    pub from_address: Option<String>,
    /// Flow (workflow) id.
    pub workflow_id: Option<String>,
    /// Flow (workflow) name.
    pub workflow_name: Option<String>,
    /// Media resource id.
    pub media_resource_id: Option<String>,
    /// Media channel of the contact (text; the interaction's `mediaChannel` is typed).
    pub media_channel: Option<String>,
    /// Chat guest id.
    pub guest_id: Option<String>,
    /// Chat room title.
    pub room_title: Option<String>,
    /// Chat template id.
    pub template_id: Option<String>,
    /// Chat template name.
    pub template_name: Option<String>,
    /// Where the contact was queued (`Queue`).
    pub queued_to: Option<String>,
    /// Destination the contact was queued to.
    #[wire(rename = "queuedDestinationID")]
    pub queued_destination_id: Option<String>,
    /// Music-on-hold file.
    pub moh_file_name: Option<String>,
    /// Flow-control events the desktop registered for (`ContactLastAgentRemoved`, or `""`).
    pub fce_registered_events: Option<String>,
    /// Flow-control desktop view: an opaque compressed, base64-encoded blob.
    pub fc_desktop_view: Option<String>,
    /// Flow version tag (`Latest`).
    pub flow_tag_id: Option<String>,
    /// Flow script id.
    pub jscript_id: Option<String>,
    /// Flow path taken (text with spaces).
    pub path_id: Option<String>,
    /// Agents the contact must not be routed to.
    pub do_not_route_to_agents: Option<String>,
    /// Routing strategy id.
    pub routing_strategy_id: Option<String>,
    /// Entry point used to park an outdial.
    pub outdial_park_ep_id: Option<String>,
    /// The agent's number on an outdial.
    #[wire(rename = "agent_ani")]
    pub agent_ani: Option<String>,
    /// Queue of the consulted agent.
    #[wire(rename = "CONSULTED_AGENT_QUEUE_ID")]
    pub consulted_agent_queue_id: Option<String>,
    /// E-mail account id.
    pub account_id: Option<String>,
    /// E-mail sender.
    pub from: Option<String>,
    /// E-mail recipients.
    pub to_address: Option<String>,
    /// E-mail copy recipients.
    pub cc_address: Option<String>,
    /// E-mail blind-copy recipients.
    pub bcc_address: Option<String>,
    /// E-mail reply-to address.
    pub reply_to_address: Option<String>,
    /// E-mail subject.
    pub subject: Option<String>,
    /// E-mail date (RFC 2822 text).
    pub date: Option<String>,
    /// E-mail content type.
    pub content_type: Option<String>,
    /// E-mail Message-ID.
    pub message_id: Option<String>,
    /// E-mail In-Reply-To.
    pub in_reply_to: Option<String>,
    /// E-mail References.
    pub references: Option<String>,
    /// E-mail thread id.
    pub thread_id: Option<String>,
    /// Queue type.
    pub queue_type: Option<String>,
    /// The number shown for the customer (`displayAni: string`: declared without `?`, but no sample carries it, so it is optional).
    pub display_ani: Option<String>,
    /// The agent of an outdial (`outdialAgentId?: string`).
    pub outdial_agent_id: Option<String>,
    /// Call-progress analysis result of a callback (`callbackCpaResult?: string`).
    pub callback_cpa_result: Option<String>,
    /// The parent interaction (`parentInteractionId?: string`).
    pub parent_interaction_id: Option<InteractionId>,
    /// The child interaction (`childInteractionId?: string`).
    pub child_interaction_id: Option<InteractionId>,
    /// How this interaction relates to its parent or child (`relationshipType?: string`).
    pub relationship_type: Option<String>,
    /// The parent interaction's ANI (`parent_ANI?: string`).
    #[wire(rename = "parent_ANI")]
    pub parent_ani: Option<String>,
    /// The parent interaction's DNIS (`parent_DNIS?: string`).
    #[wire(rename = "parent_DNIS")]
    pub parent_dnis: Option<String>,
    /// Whether the consulted agent joined (`consultDestinationAgentJoined?: boolean | string`).
    pub consult_destination_agent_joined: Option<OrText<bool>>,
    /// Name of the consulted agent (`consultDestinationAgentName?: string`).
    pub consult_destination_agent_name: Option<String>,
    /// Dial number of the parent interaction's agent (`parent_Agent_DN?: string`).
    #[wire(rename = "parent_Agent_DN")]
    pub parent_agent_dn: Option<String>,
    /// Name of the parent interaction's agent (`parent_Agent_Name?: string`).
    #[wire(rename = "parent_Agent_Name")]
    pub parent_agent_name: Option<String>,
    /// Team of the parent interaction's agent (`parent_Agent_TeamName?: string`).
    #[wire(rename = "parent_Agent_TeamName")]
    pub parent_agent_team_name: Option<String>,
    /// Whether a conference is in progress (`isConferencing?: string`).
    pub is_conferencing: Option<OrText<bool>>,
    /// The kind of supervisor monitoring (`monitorType?: string`).
    pub monitor_type: Option<String>,
    /// Whether the supervisor monitors invisibly (`monitoringInvisibleMode?: string`).
    pub monitoring_invisible_mode: Option<OrText<bool>>,
    /// The monitoring request (`monitoringRequestId?: string`).
    pub monitoring_request_id: Option<String>,
    /// The monitoring state (`monitoringState?: string`).
    pub monitoring_state: Option<String>,
    /// The outbound campaign (`campaignId?: string`).
    pub campaign_id: Option<String>,
    /// Seconds a campaign preview is offered (`campaignPreviewOfferTimeout?: number`).
    pub campaign_preview_offer_timeout: Option<OrText<i64>>,
    /// Whether skipping a campaign preview is disabled (`campaignPreviewSkipDisabled?: boolean`).
    pub campaign_preview_skip_disabled: Option<OrText<bool>>,
    /// Whether removing a campaign preview is disabled (`campaignPreviewRemoveDisabled?: boolean`).
    pub campaign_preview_remove_disabled: Option<OrText<bool>>,
    /// What happens when a campaign preview times out (`campaignPreviewAutoAction?: string`).
    pub campaign_preview_auto_action: Option<String>,
    /// The campaign type (`campaignType?: string`).
    pub campaign_type: Option<String>,
    /// Campaign callback setting (`campaignCallback?: string`).
    pub campaign_callback: Option<String>,
    /// Why a callback was requested (`callbackReason?: string`).
    pub callback_reason: Option<String>,
    /// The interaction a callback comes from (`callbackSourceInteractionId?: string`).
    pub callback_source_interaction_id: Option<InteractionId>,
    /// When the callback was requested (`callBackRequestTime?: string`).
    #[wire(rename = "callBackRequestTime")]
    pub callback_request_time: Option<String>,
    /// Whether campaign callbacks are disabled (`disableCampaignCallback?: string`).
    pub disable_campaign_callback: Option<OrText<bool>>,
    /// Members not modelled (any flow-defined key).
    #[wire(extra)]
    pub extra: Extra,
}

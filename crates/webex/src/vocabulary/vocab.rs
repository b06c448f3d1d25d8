//! Vendor value sets. Every set here is open: the vendor adds values, so unknown values are
//! kept and re-emitted as received.

use ccwire_wire::open_enum;

open_enum! {
    /// The media type of an interaction or media leg (`mediaType`).
    ///
    /// ```
    /// use ccwire_webex::MediaType;
    /// assert_eq!(MediaType::from("telephony"), MediaType::Telephony);
    /// assert!(!MediaType::from("fax").is_known());
    /// ```
    pub enum MediaType {
        /// Voice calls.
        Telephony = "telephony",
        /// Web chat.
        Chat = "chat",
        /// E-mail.
        Email = "email",
        /// Social messaging (WhatsApp, Facebook, …).
        Social = "social",
        /// SMS.
        Sms = "sms",
        /// Facebook Messenger.
        Facebook = "facebook",
        /// WhatsApp.
        Whatsapp = "whatsapp",
        /// Apple Messages for Business: declared by the SDK's published typings
        /// (`@wxcc-desktop/sdk-types` 1.0.32, `MEDIA_CHANNEL`); no seed sample sends it.
        AppleMessages = "appleMessages",
        /// Google Business Messages: declared by the same typings (`MEDIA_CHANNEL`); no seed
        /// sample sends it.
        GoogleMessages = "googleMessages",
        /// The `"none"` sentinel the vendor sends on failed or cancelled contacts.
        None = "none",
    }
}

open_enum! {
    /// The channel (provider) an interaction came through (`mediaChannel`).
    ///
    /// ```
    /// use ccwire_webex::MediaChannel;
    /// assert_eq!(MediaChannel::from("dialer").as_str(), "dialer");
    /// ```
    pub enum MediaChannel {
        /// Web chat.
        Web = "web",
        /// Outbound dialer.
        Dialer = "dialer",
        /// BroadCloud telephony.
        Broadcloud = "broadcloud",
        /// Telnyx telephony.
        Telnyx = "telnyx",
        /// WhatsApp.
        Whatsapp = "whatsapp",
        /// E-mail.
        Email = "email",
        /// SMS.
        Sms = "sms",
        /// Facebook Messenger.
        Facebook = "facebook",
        /// The `"none"` sentinel on failed or cancelled contacts.
        None = "none",
    }
}

open_enum! {
    /// The state of an interaction (`interaction.state`).
    ///
    /// ```
    /// use ccwire_webex::InteractionState;
    /// assert_eq!(InteractionState::from("connected"), InteractionState::Connected);
    /// ```
    pub enum InteractionState {
        /// Offered, not yet connected.
        New = "new",
        /// Connected to an agent.
        Connected = "connected",
        /// A consult leg exists.
        Consult = "consult",
        /// The agent is consulting.
        Consulting = "consulting",
        /// In a conference.
        Conference = "conference",
        /// Merged into another interaction.
        Merged = "merged",
        /// In wrap-up.
        WrapUp = "wrapUp",
        /// The `"none"` sentinel on failed or cancelled contacts.
        None = "none",
    }
}

open_enum! {
    /// Contact direction (`contactDirection.type`).
    ///
    /// ```
    /// use ccwire_webex::Direction;
    /// assert_eq!(Direction::from("OUTBOUND"), Direction::Outbound);
    /// ```
    pub enum Direction {
        /// The customer contacted the center.
        Inbound = "INBOUND",
        /// The center contacted the customer.
        Outbound = "OUTBOUND",
    }
}

open_enum! {
    /// Kind of outbound contact (`outboundType`).
    ///
    /// ```
    /// use ccwire_webex::OutboundType;
    /// assert_eq!(OutboundType::from("OUTDIAL"), OutboundType::Outdial);
    /// assert_eq!(OutboundType::from("CourtesyCallback"), OutboundType::CourtesyCallbackCamel);
    /// ```
    pub enum OutboundType {
        /// Agent-initiated outdial.
        Outdial = "OUTDIAL",
        /// Courtesy callback (upper-case spelling).
        CourtesyCallback = "COURTESY_CALLBACK",
        /// Courtesy callback (the spelling of the dialer request example).
        CourtesyCallbackCamel = "CourtesyCallback",
        /// Callback.
        Callback = "CALLBACK",
        /// Campaign contact.
        Campaign = "CAMPAIGN",
        /// Flow-executed outbound.
        ExecuteFlow = "EXECUTE_FLOW",
    }
}

open_enum! {
    /// The media manager serving a media leg (`mediaMgr`).
    ///
    /// ```
    /// use ccwire_webex::MediaManager;
    /// assert_eq!(MediaManager::from("vmm"), MediaManager::Voice);
    /// ```
    pub enum MediaManager {
        /// Voice media manager.
        Voice = "vmm",
        /// Chat media manager.
        Chat = "cmm",
        /// Social media manager.
        Social = "socialmm",
        /// Call media manager.
        Call = "callmm",
        /// Digital media manager.
        Digital = "digitalmm",
        /// E-mail media manager.
        Email = "emm",
    }
}

open_enum! {
    /// The role of a media leg (`mType`).
    ///
    /// ```
    /// use ccwire_webex::MediaLegType;
    /// assert_eq!(MediaLegType::from("mainCall"), MediaLegType::MainCall);
    /// ```
    pub enum MediaLegType {
        /// The customer's main leg.
        MainCall = "mainCall",
        /// A consult leg.
        Consult = "consult",
        /// A held leg.
        Hold = "hold",
        /// A consult call leg.
        ConsultCall = "consultCall",
    }
}

open_enum! {
    /// The kind of an interaction participant (`pType`, and the participant's `type`).
    ///
    /// ```
    /// use ccwire_webex::ParticipantType;
    /// assert_eq!(ParticipantType::from("DN"), ParticipantType::Dn);
    /// ```
    pub enum ParticipantType {
        /// A contact-center agent.
        Agent = "Agent",
        /// The customer.
        Customer = "Customer",
        /// A dial number (external party).
        Dn = "DN",
        /// A supervisor.
        Supervisor = "Supervisor",
        /// A virtual voice agent.
        Vva = "VVA",
        /// An entry-point dial number.
        EpDn = "EpDn",
    }
}

open_enum! {
    /// An agent participant's consult state (`consultState`).
    ///
    /// ```
    /// use ccwire_webex::ConsultState;
    /// assert_eq!(ConsultState::from("consulting"), ConsultState::Consulting);
    /// ```
    pub enum ConsultState {
        /// The consult was initiated.
        ConsultInitiated = "consultInitiated",
        /// In consult.
        Consulting = "consulting",
        /// In a conference.
        Conferencing = "conferencing",
    }
}

open_enum! {
    /// The kind of a transfer or consult destination (`destinationType`). Responses use
    /// `Agent`/`DN`/`Queue`; V2 requests use the lower-camel spellings.
    ///
    /// ```
    /// use ccwire_webex::DestinationType;
    /// assert_eq!(DestinationType::from("DN"), DestinationType::Dn);
    /// assert_eq!(DestinationType::from("dialNumber"), DestinationType::DialNumber);
    /// ```
    pub enum DestinationType {
        /// An agent (response spelling).
        Agent = "Agent",
        /// A dial number (response spelling).
        Dn = "DN",
        /// A queue (response spelling).
        Queue = "Queue",
        /// An agent (V2 request spelling).
        AgentV2 = "agent",
        /// A queue (V2 request spelling).
        QueueV2 = "queue",
        /// A dial number (V2 request spelling).
        DialNumber = "dialNumber",
        /// An entry point (V2 request spelling).
        EntryPoint = "entryPoint",
        /// An entry point (the vteamTransferV2 spelling).
        EntrypointLower = "entrypoint",
        /// An entry-point dial number.
        EntrypointDialNumber = "entrypointDialNumber",
    }
}

open_enum! {
    /// How a contact was assigned (`contactAssignmentType`).
    ///
    /// ```
    /// use ccwire_webex::ContactAssignmentType;
    /// assert_eq!(ContactAssignmentType::from("ACD"), ContactAssignmentType::Acd);
    /// ```
    pub enum ContactAssignmentType {
        /// Automatic call distribution.
        Acd = "ACD",
    }
}

open_enum! {
    /// The `eventType` of a message's `data`.
    ///
    /// ```
    /// use ccwire_webex::EventType;
    /// assert_eq!(EventType::from("RoutingMessage"), EventType::RoutingMessage);
    /// ```
    pub enum EventType {
        /// Contact routing events.
        RoutingMessage = "RoutingMessage",
        /// Agent state and session events.
        AgentDesktopMessage = "AgentDesktopMessage",
        /// Supervisor monitoring events.
        SupervisorDesktopMessage = "SupervisorDesktopMessage",
    }
}

open_enum! {
    /// The queue manager (`queueMgr`, participant `queueMgrId`, `QMgrName`).
    ///
    /// ```
    /// use ccwire_webex::QueueManager;
    /// assert_eq!(QueueManager::from("aqm"), QueueManager::Aqm);
    /// ```
    pub enum QueueManager {
        /// The agent queue manager.
        Aqm = "aqm",
    }
}

open_enum! {
    /// The flow engine that manages an interaction (`workflowManager`).
    ///
    /// ```
    /// use ccwire_webex::WorkflowManager;
    /// assert_eq!(WorkflowManager::from("IMI"), WorkflowManager::Imi);
    /// ```
    pub enum WorkflowManager {
        /// Webex Connect (IMImobile).
        Imi = "IMI",
    }
}

open_enum! {
    /// The type of a skill (`skillType`).
    ///
    /// ```
    /// use ccwire_webex::SkillType;
    /// assert_eq!(SkillType::from("proficiency"), SkillType::Proficiency);
    /// ```
    pub enum SkillType {
        /// A numeric proficiency skill.
        Proficiency = "proficiency",
        /// A yes/no skill.
        Boolean = "boolean",
        /// A text skill.
        Text = "text",
        /// An enumerated skill.
        Enum = "enum",
    }
}

open_enum! {
    /// The envelope `type`: which family the `data` belongs to.
    ///
    /// ```
    /// use ccwire_webex::EnvelopeType;
    /// assert_eq!(EnvelopeType::from("RoutingMessage"), EnvelopeType::RoutingMessage);
    /// ```
    pub enum EnvelopeType {
        /// Contact routing events (`data.eventType = "RoutingMessage"`).
        RoutingMessage = "RoutingMessage",
        /// Supervisor monitoring events.
        MonitoringRequest = "MonitoringRequest",
        /// Agent state change answers.
        AgentStateChange = "AgentStateChange",
        /// Buddy agent lists.
        BuddyAgents = "BuddyAgents",
        /// Virtual team lists.
        VteamList = "VteamList",
        /// Outdial ANI lists.
        MockOutdialAniList = "mockOutdialAniList",
        /// A failed virtual team list (`vteamList`'s failure answer, L3862).
        VteamListFailed = "VteamListFailed",
        /// Monitoring state changes seen by the monitored agent.
        AgentMonitorStateChanged = "AgentMonitorStateChanged",
        /// Station login answers (`AgentStationLoginSuccess` / `AgentStationLoginFailed`).
        StationLogin = "StationLogin",
        /// Logout answers (`AgentLogoutSuccess` / `AgentLogoutFailed`).
        Logout = "Logout",
        /// Another session of the same agent logged in (`AgentMultiLoginCloseSession`).
        AgentMultiLogin = "AGENT_MULTI_LOGIN",
        /// The first frame of a notification connection (`data = {agentId}`).
        Welcome = "Welcome",
    }
}

open_enum! {
    /// The consult route (`url`) of a `consult` request.
    ///
    /// ```
    /// use ccwire_webex::ConsultUrl;
    /// assert_eq!(ConsultUrl::from("ctq"), ConsultUrl::ConsultToQueue);
    /// ```
    pub enum ConsultUrl {
        /// Consult an agent or a DN.
        Consult = "consult",
        /// Consult to queue.
        ConsultToQueue = "ctq",
    }
}

open_enum! {
    /// The kind of a supervisor monitoring request (`monitorType`).
    ///
    /// ```
    /// use ccwire_webex::MonitorType;
    /// assert_eq!(MonitorType::from("midcall"), MonitorType::Midcall);
    /// ```
    pub enum MonitorType {
        /// Monitoring started by the supervisor for one contact.
        Adhoc = "adhoc",
        /// Continuous monitoring of a queue, team or agent.
        Continuous = "continuous",
        /// Monitoring started in the middle of a call.
        Midcall = "midcall",
    }
}

open_enum! {
    /// How a supervisor takes part in a monitored call (`monitoringState.type`).
    ///
    /// ```
    /// use ccwire_webex::MonitoringStateType;
    /// assert_eq!(MonitoringStateType::from("BargeIn"), MonitoringStateType::BargeIn);
    /// ```
    pub enum MonitoringStateType {
        /// The supervisor barged into the call.
        BargeIn = "BargeIn",
    }
}

open_enum! {
    /// An agent's login status (`status`).
    ///
    /// ```
    /// use ccwire_webex::AgentStatus;
    /// assert_eq!(AgentStatus::from("LoggedIn"), AgentStatus::LoggedIn);
    /// ```
    pub enum AgentStatus {
        /// Logged in.
        LoggedIn = "LoggedIn",
        /// Logged out.
        LoggedOut = "LoggedOut",
        /// Before the first login (the `oldValue` of the first `updated` change).
        DefaultState = "DefaultState",
    }
}

open_enum! {
    /// An agent's availability (`subStatus`).
    ///
    /// ```
    /// use ccwire_webex::AgentSubStatus;
    /// assert_eq!(AgentSubStatus::from("Idle"), AgentSubStatus::Idle);
    /// ```
    pub enum AgentSubStatus {
        /// Available for routed contacts.
        Available = "Available",
        /// Idle (with an idle code).
        Idle = "Idle",
        /// Redirected on no answer.
        Rona = "RONA",
    }
}

open_enum! {
    /// The member an agent-state `updated` change is about (`name`).
    ///
    /// ```
    /// use ccwire_webex::AgentInfoField;
    /// assert_eq!(AgentInfoField::from("subStatus"), AgentInfoField::SubStatus);
    /// ```
    pub enum AgentInfoField {
        /// The agent's dial number.
        Dn = "dn",
        /// The login status.
        Status = "status",
        /// The availability.
        SubStatus = "subStatus",
    }
}

open_enum! {
    /// The kind of auxiliary code (`workType` of `fetchPaginatedAuxCodes`).
    ///
    /// ```
    /// use ccwire_webex::AuxCodeWorkType;
    /// assert_eq!(AuxCodeWorkType::from("WRAP_UP_CODE"), AuxCodeWorkType::WrapUpCode);
    /// ```
    pub enum AuxCodeWorkType {
        /// Idle codes.
        IdleCode = "IDLE_CODE",
        /// Wrap-up codes.
        WrapUpCode = "WRAP_UP_CODE",
    }
}

open_enum! {
    /// The legacy `jsMethod` a list notification answers.
    ///
    /// ```
    /// use ccwire_webex::JsMethod;
    /// assert_eq!(JsMethod::from("vteamListChanged"), JsMethod::VteamListChanged);
    /// ```
    pub enum JsMethod {
        /// The outdial ANI list (`mockOutdialAniList` envelopes).
        MockOutdialAni = "mockOutdialAni",
        /// The virtual team list (`VteamList` envelopes).
        VteamListChanged = "vteamListChanged",
    }
}

open_enum! {
    /// The kind of a virtual team (`type` of a virtual team, `vteamType`).
    ///
    /// ```
    /// use ccwire_webex::VteamType;
    /// assert_eq!(VteamType::from("inboundqueue"), VteamType::InboundQueue);
    /// ```
    pub enum VteamType {
        /// An inbound queue.
        InboundQueue = "inboundqueue",
        /// An inbound entry point.
        InboundEntryPoint = "inboundentrypoint",
    }
}

open_enum! {
    /// Where a screen pop opens (`target`).
    ///
    /// ```
    /// use ccwire_webex::ScreenPopTarget;
    /// assert_eq!(ScreenPopTarget::from("insideDesktop"), ScreenPopTarget::InsideDesktop);
    /// ```
    pub enum ScreenPopTarget {
        /// In a Desktop tab.
        InsideDesktop = "insideDesktop",
    }
}

open_enum! {
    /// A shortcut key's modifier combination (`modifierKeys`, the values of `MODIFIERS`).
    ///
    /// ```
    /// use ccwire_webex::ModifierKeys;
    /// assert_eq!(ModifierKeys::from("ctrlKey_altKey"), ModifierKeys::CtrlAlt);
    /// ```
    pub enum ModifierKeys {
        /// Ctrl + Shift.
        CtrlShift = "ctrlKey_shiftKey",
        /// Alt + Shift.
        AltShift = "altKey_shiftKey",
        /// Ctrl + Alt.
        CtrlAlt = "ctrlKey_altKey",
        /// Shift.
        Shift = "shiftKey",
        /// Ctrl.
        Ctrl = "ctrlKey",
        /// Alt.
        Alt = "altKey",
    }
}

open_enum! {
    /// How an agent's station is connected (`deviceType`; the vendor's `LoginOption`).
    ///
    /// ```
    /// use ccwire_webex::DeviceType;
    /// assert_eq!(DeviceType::from("BROWSER"), DeviceType::Browser);
    /// ```
    pub enum DeviceType {
        /// The agent's dial number.
        AgentDn = "AGENT_DN",
        /// An extension.
        Extension = "EXTENSION",
        /// The browser (WebRTC).
        Browser = "BROWSER",
    }
}

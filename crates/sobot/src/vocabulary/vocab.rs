//! The Sobot code tables. Integer-coded tables are open enums over numbers (carried on the wire
//! by [`Code`](super::Code)); text-coded tables are open string enums. Every table is open: the
//! vendor adds values ("the return value of this API will continue to increase its attributes"),
//! so unknown values are kept and re-emitted as received.

use ccwire_wire::open_enum;

int_code! {
    /// What the `agent` parameter of `initAgent` holds (`agentType`, L45, L63).
    ///
    /// ```
    /// use ccwire_sobot::{AgentType, IntCode};
    /// assert_eq!(AgentType::from_code(1), AgentType::AgentId);
    /// ```
    pub enum AgentType ("Agent parameter type: 0 agent work no. (default), 1 agent id.") {
        /// `0`: the agent's work number (the default when absent).
        WorkNo = 0,
        /// `1`: the agent's id.
        AgentId = 1,
    }
}

int_code! {
    /// Agent login status (`agentState`): `1` online, `2` DND (L67, L214, L224), and `0` offline
    /// in the `queryAgents` result (L1098).
    ///
    /// ```
    /// use ccwire_sobot::{AgentState, IntCode};
    /// assert_eq!(AgentState::from_text(" 2 "), AgentState::Dnd);
    /// ```
    pub enum AgentState ("Agent login status: 0 offline, 1 online (available/ready), 2 DND.") {
        /// `0`: offline (only listed by the `queryAgents` result).
        Offline = 0,
        /// `1`: online (available, ready).
        Online = 1,
        /// `2`: do not disturb (the login default).
        Dnd = 2,
    }
}

int_code! {
    /// The `agentState` filter of `queryAgents` (L1084): `-1` all agents, `1` online; ready
    /// agents when absent.
    ///
    /// ```
    /// use ccwire_sobot::{QueryAgentState, IntCode};
    /// assert_eq!(QueryAgentState::from_code(-1), QueryAgentState::All);
    /// ```
    pub enum QueryAgentState ("Agent filter: -1 all, 1 online.") {
        /// `-1`: every agent.
        All = -1,
        /// `1`: online agents.
        Online = 1,
    }
}

int_code! {
    /// Occupied (not ready) reason (`reasonCode`, L69, L228, L280) and the break statuses of
    /// `queryStates` (`code`, L373: 11 break, 12-18 custom break).
    ///
    /// ```
    /// use ccwire_sobot::{ReasonCode, IntCode};
    /// assert_eq!(ReasonCode::from_code(14), ReasonCode::Dining);
    /// assert!(!ReasonCode::from_code(19).is_known());
    /// ```
    pub enum ReasonCode ("Occupied reason: 2 DND, 11 break, 12 training, 13 meeting, 14 dining, 15 active, 16-18 custom 1-3.") {
        /// `2`: do not disturb.
        Dnd = 2,
        /// `11`: break.
        Break = 11,
        /// `12`: break (training).
        Training = 12,
        /// `13`: break (meeting).
        Meeting = 13,
        /// `14`: break (dining).
        Dining = 14,
        /// `15`: break (active).
        Active = 15,
        /// `16`: break (custom 1).
        Custom1 = 16,
        /// `17`: break (custom 2).
        Custom2 = 17,
        /// `18`: break (custom 3).
        Custom3 = 18,
    }
}

int_code! {
    /// Agent work (traffic) status in the `queryAgents` result (`workStatus`, L1099), whose only
    /// documented code is `1: Ready`.
    ///
    /// ```
    /// use ccwire_sobot::{WorkStatus, IntCode};
    /// assert_eq!(WorkStatus::from_code(1), WorkStatus::Ready);
    /// ```
    pub enum WorkStatus ("Agent work status: 1 ready (the only documented code).") {
        /// `1`: ready.
        Ready = 1,
    }
}

int_code! {
    /// Kind of `singleTransfer` target (`targetType`, L753).
    ///
    /// ```
    /// use ccwire_sobot::{TransferTargetType, IntCode};
    /// assert_eq!(TransferTargetType::from_code(3), TransferTargetType::SkillGroup);
    /// ```
    pub enum TransferTargetType ("Transfer target: 0 agent, 1 3rd-party number, 2 extension, 3 skill group.") {
        /// `0`: an agent (work no. or id, per the `agentType` given to `initAgent`).
        Agent = 0,
        /// `1`: a third-party phone number.
        ThirdPartyNumber = 1,
        /// `2`: an extension account.
        Extension = 2,
        /// `3`: a skill group.
        SkillGroup = 3,
    }
}

int_code! {
    /// Kind of `initiateConsult` target (`targetType`, L776): no skill groups.
    ///
    /// ```
    /// use ccwire_sobot::{ConsultTargetType, IntCode};
    /// assert!(!ConsultTargetType::from_code(3).is_known());
    /// ```
    pub enum ConsultTargetType ("Consult target: 0 agent, 1 3rd-party number, 2 extension.") {
        /// `0`: an agent.
        Agent = 0,
        /// `1`: a third-party phone number.
        ThirdPartyNumber = 1,
        /// `2`: an extension account.
        Extension = 2,
    }
}

int_code! {
    /// Outbound display-number rule (`explicitRule` of `setRoute`, `code` of the
    /// `explicitRule` list, L961, L999).
    ///
    /// ```
    /// use ccwire_sobot::{ExplicitRuleCode, IntCode};
    /// assert_eq!(ExplicitRuleCode::from_text("2"), ExplicitRuleCode::DynamicScheme);
    /// ```
    pub enum ExplicitRuleCode ("Display rule: 1 enterprise number pool random, 2 dynamic display scheme, 3 agent number pool.") {
        /// `1`: random match from the enterprise number pool.
        EnterprisePoolRandom = 1,
        /// `2`: dynamic display-number scheme (needs `explicitCode`).
        DynamicScheme = 2,
        /// `3`: designated number from the agent's pool (needs `explicitNumber`).
        AgentPool = 3,
    }
}

int_code! {
    /// Log-in skill-group type (`checkin`, L487): absent when manual skill-group login is off.
    ///
    /// ```
    /// use ccwire_sobot::{Checkin, IntCode};
    /// assert_eq!(Checkin::from_code(1), Checkin::Optional);
    /// ```
    pub enum Checkin ("Log-in group type: 0 default log-in group, 1 optional log-in group.") {
        /// `0`: a default log-in group.
        Default = 0,
        /// `1`: an optional log-in group.
        Optional = 1,
    }
}

int_code! {
    /// The role of a party in a call (`thisDNRole`, `otherDNRole`, `thirdDNRole`; "DNRole
    /// description", L84-101).
    ///
    /// The document lists the table as Java enum constants `Name(code, "label")` and does not say
    /// which of the three travels in the `string` fields; a role resolves from the code (`"1"`,
    /// `1`) or the constant name (`"Origination"`), and is re-encoded as received.
    ///
    /// ```
    /// use ccwire_sobot::{DnRole, IntCode};
    /// assert_eq!(DnRole::from_text("9"), DnRole::ConsultBy);
    /// assert_eq!(DnRole::from_text("ConsultBy"), DnRole::ConsultBy);
    /// assert_eq!(DnRole::ConsultBy.label(), Some("Inquirer"));
    /// assert_eq!(DnRole::from_text("Unknown"), DnRole::UnknownRole);
    /// ```
    pub enum DnRole ("DN role: 0 Unknown, 1 Origination, 2 Destination, 3 AddedBy, 4 NewParty, 5 DeletedBy, 6 DeletedParty, 7 ObserveBy, 8 TransferBy, 9 ConsultBy, 10 BargeinBy, 11 BargeinTo, 12 InterceptTo, 13 TransferTo, 14 ObserveTo, 15 InterceptBy, 16 ConferenceBy.") {
        /// `0`, vendor name `Unknown` (no label).
        UnknownRole = 0 as "Unknown",
        /// `1` `Origination`: caller.
        Origination = 1 as "Origination",
        /// `2` `Destination`: called party.
        Destination = 2 as "Destination",
        /// `3` `AddedBy`: attendee.
        AddedBy = 3 as "AddedBy",
        /// `4` `NewParty`: party added in the meeting.
        NewParty = 4 as "NewParty",
        /// `5` `DeletedBy`: party deleting others from the meeting.
        DeletedBy = 5 as "DeletedBy",
        /// `6` `DeletedParty`: party quitting from the meeting.
        DeletedParty = 6 as "DeletedParty",
        /// `7` `ObserveBy`: monitor.
        ObserveBy = 7 as "ObserveBy",
        /// `8` `TransferBy`: transfer initiator.
        TransferBy = 8 as "TransferBy",
        /// `9` `ConsultBy`: inquirer.
        ConsultBy = 9 as "ConsultBy",
        /// `10` `BargeinBy`: interrupt initiator.
        BargeinBy = 10 as "BargeinBy",
        /// `11` `BargeinTo`: interrupted.
        BargeinTo = 11 as "BargeinTo",
        /// `12` `InterceptTo`: taken away.
        InterceptTo = 12 as "InterceptTo",
        /// `13` `TransferTo`: transferred.
        TransferTo = 13 as "TransferTo",
        /// `14` `ObserveTo`: monitored.
        ObserveTo = 14 as "ObserveTo",
        /// `15` `InterceptBy`: take-away initiator.
        InterceptBy = 15 as "InterceptBy",
        /// `16` `ConferenceBy` (no label).
        ConferenceBy = 16 as "ConferenceBy",
    }
}

impl DnRole {
    /// The document's English label (`None` for the two entries printed with `""` and for
    /// unknown roles).
    #[must_use]
    pub fn label(&self) -> Option<&'static str> {
        Some(match self {
            Self::Origination => "Caller",
            Self::Destination => "Called",
            Self::AddedBy => "Attendee",
            Self::NewParty => "Party added in the meeting",
            Self::DeletedBy => "Party deleting others from the meeting",
            Self::DeletedParty => "Party quitting from the meeting",
            Self::ObserveBy => "Monitor",
            Self::TransferBy => "Transfer initiator",
            Self::ConsultBy => "Inquirer",
            Self::BargeinBy => "Interrupt initiator",
            Self::BargeinTo => "Interrupted",
            Self::InterceptTo => "Taken-away",
            Self::TransferTo => "Transferred",
            Self::ObserveTo => "Monitored",
            Self::InterceptBy => "Takeaway initiator",
            Self::UnknownRole | Self::ConferenceBy | Self::Unknown(_) => return None,
        })
    }
}

open_enum! {
    /// Answering method (`phoneType`, `currentPhoneType`, L65, L215, L405).
    ///
    /// ```
    /// use ccwire_sobot::PhoneType;
    /// assert_eq!(PhoneType::from("webrtc"), PhoneType::WebRtc);
    /// ```
    pub enum PhoneType {
        /// SIP phone.
        Sip = "sip",
        /// Phone (PSTN, the agent's mobile or landline).
        Pstn = "pstn",
        /// Web page (WebRTC softphone).
        WebRtc = "webrtc",
    }
}

open_enum! {
    /// Call direction (`callType`, L76; the document prints the values in typographic quotes).
    ///
    /// ```
    /// use ccwire_sobot::CallType;
    /// assert_eq!(CallType::from("Inbound"), CallType::Inbound);
    /// ```
    pub enum CallType {
        /// Outbound call.
        Outbound = "Outbound",
        /// Inbound call.
        Inbound = "Inbound",
    }
}

open_enum! {
    /// Voice network quality of `EventJanusLatency` (`quality`, L1246), `e` best to `a` worst.
    ///
    /// ```
    /// use ccwire_sobot::NetworkQuality;
    /// assert_eq!(NetworkQuality::from("e"), NetworkQuality::Good);
    /// ```
    pub enum NetworkQuality {
        /// `e`: good (smooth).
        Good = "e",
        /// `d`: normal (less smooth, with noise).
        Normal = "d",
        /// `c`: poor (cannot hear very clearly, with delay).
        Poor = "c",
        /// `b`: terrible (relatively severe delay, repeated communication needed).
        Terrible = "b",
        /// `a`: disconnected.
        Disconnected = "a",
    }
}

open_enum! {
    /// Request status of a callback payload (`status`): `success` or `error`.
    ///
    /// Result types fix the value they stand for (success types require `"success"`, failure
    /// types `"error"`); this set names the table.
    ///
    /// ```
    /// use ccwire_sobot::RequestStatus;
    /// assert_eq!(RequestStatus::from("error"), RequestStatus::Error);
    /// ```
    pub enum RequestStatus {
        /// `success`.
        Success = "success",
        /// `error`.
        Error = "error",
    }
}

open_enum! {
    /// The event names the document subscribes to with `agent.on(name, handler)` (L102-186,
    /// L1238). `EventAgentAll` is not an event but subscribes to every agent event; the document
    /// refers to an external "Call Capability Message Format File" for the complete list of
    /// events (L132), which it does not include, so further names are expected.
    ///
    /// ```
    /// use ccwire_sobot::EventName;
    /// assert_eq!(EventName::from("EventRinging"), EventName::Ringing);
    /// assert_eq!(EventName::KNOWN.len(), 9);
    /// ```
    pub enum EventName {
        /// Subscribes to every agent event (the handler switches on `messageID`).
        AgentAll = "EventAgentAll",
        /// The agent reconnected; carries its login and call state.
        AgentRegainStatus = "EventAgentRegainStatus",
        /// The agent was forced offline.
        AgentConnectionChanged = "EventAgentConnectionChanged",
        /// The agent became ready.
        AgentReady = "EventAgentReady",
        /// The agent became occupied.
        AgentNotReady = "EventAgentNotReady",
        /// The agent token is no longer valid.
        TokenInvalid = "EventTokenInvalid",
        /// A call is dialing.
        Dialing = "EventDialing",
        /// A call is ringing.
        Ringing = "EventRinging",
        /// Voice network quality measurements.
        JanusLatency = "EventJanusLatency",
    }
}

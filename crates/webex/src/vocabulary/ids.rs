//! Identifiers. The vendor's ids are opaque strings: UUIDs (some not valid UUIDs), legacy
//! numeric strings, base64 room ids, e-mail Message-IDs, phone numbers, masked numbers, even
//! strings with spaces. Every id type accepts any string and gives it back unchanged.

use ccwire_wire::string_id;

string_id! {
    /// An interaction (task, contact) id: `interactionId`, `mainInteractionId`, `taskId`.
    ///
    /// ```
    /// use ccwire_webex::InteractionId;
    /// // The vendor's documents print ids that are not valid UUIDs; they are kept as sent.
    /// let id = InteractionId::new("c837e6f7 - 699 a - 4736 - bb82 - 03 a6d58bb7f3");
    /// assert_eq!(id, "c837e6f7 - 699 a - 4736 - bb82 - 03 a6d58bb7f3");
    /// ```
    InteractionId;
    /// An organization (tenant) id: `orgId`.
    ///
    /// ```
    /// let id = ccwire_webex::OrgId::from("f111e3af-1a45-42ef-9erf-4562354b8a25");
    /// assert_eq!(id.as_str().len(), 36);
    /// ```
    OrgId;
    /// A request-correlation id: `trackingId` (`notifs_<uuid>` on envelopes, a UUID inside `data`).
    ///
    /// ```
    /// let id = ccwire_webex::TrackingId::from("notifs_600dfa47-f8e2-44de-b2f8-b7577f91142b");
    /// assert!(id.as_str().starts_with("notifs_"));
    /// ```
    TrackingId;
    /// An agent (user) id: `agentId`, `destAgentId`, `owner`, `consultingAgentId`.
    ///
    /// ```
    /// let id = ccwire_webex::AgentId::from("7c867aa9-ec768-341a-b767-e5hd6ae7g701");
    /// assert_eq!(id.to_string(), "7c867aa9-ec768-341a-b767-e5hd6ae7g701");
    /// ```
    AgentId;
    /// An agent login session id: `agentSessionId`, participant `sessionId`.
    ///
    /// ```
    /// let id = ccwire_webex::AgentSessionId::new("5e86befc-c0bb-4d21-80c6-865da6ecc20f");
    /// assert_eq!(id.into_string(), "5e86befc-c0bb-4d21-80c6-865da6ecc20f");
    /// ```
    AgentSessionId;
    /// A media leg id: `mediaResourceId` (UUID, e-mail Message-ID, base64 room id, `consult_…`).
    ///
    /// ```
    /// let id = ccwire_webex::MediaResourceId::from("CSRUHFTLH7FOY02Q");
    /// assert_eq!(id, "CSRUHFTLH7FOY02Q");
    /// ```
    MediaResourceId;
    /// A queue, virtual team or entry point id: `queueId`, `currentVTeam`, `previousVTeams`.
    ///
    /// ```
    /// let id = ccwire_webex::QueueId::from("3268");
    /// assert_eq!(id, "3268");
    /// ```
    QueueId;
    /// A team id: `teamId`, `destAgentTeamId`.
    ///
    /// ```
    /// let id = ccwire_webex::TeamId::from("960");
    /// assert_eq!(id, "960");
    /// ```
    TeamId;
    /// A site id: `siteId`, `destSiteId`.
    ///
    /// ```
    /// let id = ccwire_webex::SiteId::from("472");
    /// assert_eq!(id, "472");
    /// ```
    SiteId;
    /// An auxiliary (idle or wrap-up) code id: `auxCodeId`, aux code `id` (`"0"` for Available,
    /// legacy numeric strings, UUIDs).
    ///
    /// ```
    /// let id = ccwire_webex::AuxCodeId::from("0");
    /// assert_eq!(id, "0");
    /// ```
    AuxCodeId;
    /// A supervisor monitoring request id (`id` of the monitoring events and `startMonitoring`).
    ///
    /// ```
    /// let id = ccwire_webex::MonitoringId::from("faedfcc8-035a-41e3-ad53-ee9fad4ca286");
    /// assert_eq!(id.as_str().len(), 36);
    /// ```
    MonitoringId;
    /// An entry point id: `entryPointId` of an outdial.
    ///
    /// ```
    /// let id = ccwire_webex::EntryPointId::from("1212312567");
    /// assert_eq!(id, "1212312567");
    /// ```
    EntryPointId;
    /// A channel id of an agent session (`connectedChannels`, `channelsMap` values).
    ///
    /// ```
    /// let id = ccwire_webex::ChannelId::from("38136791-cf79-4663-a5d0-39b0d094abf8");
    /// assert_eq!(id.as_str().len(), 36);
    /// ```
    ChannelId;
}

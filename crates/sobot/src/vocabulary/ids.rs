//! Identifiers and numbers as the Sobot SDK sends them. Ids are opaque strings, kept exactly as
//! received: the document's samples pad them with spaces (`agent: " 1005 "`,
//! `targetAgentID: ' 1001 '`) and mask them (`otherDN: " 133****3333 "`).

use ccwire_wire::string_id;

string_id! {
    /// An enterprise (company) code: `companyId`.
    ///
    /// ```
    /// let id = ccwire_sobot::CompanyId::from("xxxxxxxxxxxxxx");
    /// assert_eq!(id, "xxxxxxxxxxxxxx");
    /// ```
    CompanyId;
    /// An agent as the SDK addresses it, by work number or id depending on the agent type
    /// (`agent`, `targetAgentID`, a transfer `target`).
    ///
    /// ```
    /// let id = ccwire_sobot::AgentRef::from(" 1005 ");
    /// assert_eq!(id.as_str().trim(), "1005");
    /// ```
    AgentRef;
    /// An agent's unique id: `agentUUID`, `agentUuid` (queryRoutes) and `id` (queryPhoneType,
    /// queryAgentCanJoinedInfo).
    ///
    /// ```
    /// let id = ccwire_sobot::AgentUuid::from("a1b2");
    /// assert_eq!(id.as_str(), "a1b2");
    /// ```
    AgentUuid;
    /// An agent's work number: `agentID`.
    ///
    /// ```
    /// let id = ccwire_sobot::WorkNo::from("1005");
    /// assert_eq!(id, "1005");
    /// ```
    WorkNo;
    /// An extension account: `bindExt`, `ext`.
    ///
    /// ```
    /// let id = ccwire_sobot::Extension::from(" 1000 ");
    /// assert_eq!(id, " 1000 ");
    /// ```
    Extension;
    /// A dial number of a call party: `thisDN` (the agent's extension), `otherDN` (the
    /// customer), `thirdDN` (a third party).
    ///
    /// ```
    /// let id = ccwire_sobot::Dn::from(" 133****3333 ");
    /// assert!(id.as_str().contains("****"));
    /// ```
    Dn;
    /// A phone number: `bindMobile`, `phone`, `ANI`, `agentANI`, `explicitNumber`, a display
    /// `number`.
    ///
    /// ```
    /// let id = ccwire_sobot::PhoneNumber::from(" 01066666666 ");
    /// assert_eq!(id.as_str().trim(), "01066666666");
    /// ```
    PhoneNumber;
    /// A skill group (queue) number: `queueID`, `queueCode`.
    ///
    /// ```
    /// let id = ccwire_sobot::QueueId::from(" 12345 ");
    /// assert_eq!(id, " 12345 ");
    /// ```
    QueueId;
    /// A call (talk) id: `callID`.
    ///
    /// ```
    /// let id = ccwire_sobot::CallId::from("c1");
    /// assert_eq!(id.into_string(), "c1");
    /// ```
    CallId;
    /// A dynamic display-number scheme code: `outboundPlanCode`, `explicitCode`, the `code` of an
    /// `explicitSchema` entry.
    ///
    /// ```
    /// let id = ccwire_sobot::SchemeCode::from("xxxxxxxx");
    /// assert_eq!(id, "xxxxxxxx");
    /// ```
    SchemeCode;
}

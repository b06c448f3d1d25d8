//! Assistance operations and extension functions (L930-1103, L1197-1231): outbound display
//! rules, enterprise skill groups and agents, queue counts.

use crate::{
    AgentSummary, AgentUuid, Code, ExplicitNumberOption, ExplicitRuleCode, ExplicitRuleOption,
    ExplicitSchemaOption, PhoneNumber, QueryAgentState, QueueCount, QueueId, QueueSummary,
    SchemeCode, WorkNo,
};
use ccwire_wire::{Extra, Wire};

use super::validate::{Report, Validate, Violation, blank};

/// The members the `queryRoutes` and `setRoute` return values share (a flattened part).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct RouteTables {
    /// Agent work number (sobot-call-sdk.txt L954, L1005).
    #[wire(rename = "agentID")]
    pub agent_id: WorkNo,
    /// Agent name (sobot-call-sdk.txt L955, L1006).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_name: Option<String>,
    /// Display-number rules (sobot-call-sdk.txt L956, L1007).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub explicit_rule: Option<Vec<ExplicitRuleOption>>,
    /// Dynamic display-number schemes (sobot-call-sdk.txt L957, L1008).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub explicit_schema: Option<Vec<ExplicitSchemaOption>>,
    /// Display numbers (sobot-call-sdk.txt L958, L1009).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub explicit_numbers: Option<Vec<ExplicitNumberOption>>,
}

/// The return value of `queryRoutes` (L951-973). It has no `status`, and names the agent id
/// `agentUuid` (`setRoute` says `agentUUID`).
///
/// ```
/// use ccwire_sobot::QueryRoutesResult;
/// let r: QueryRoutesResult = serde_json::from_str(r#"{"agentUuid":"u","agentID":"1001","agentName":"A",
///   "explicitRule":[{"code":"1","name":"Pool","hasSet":true}],"explicitSchema":[],"explicitNumbers":[]}"#).unwrap();
/// assert_eq!(r.routes.explicit_rule.as_ref().map(Vec::len), Some(1));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct QueryRoutesResult {
    /// Agent id (`agentUuid` here; sobot-call-sdk.txt L953).
    pub agent_uuid: AgentUuid,
    /// The rules, schemes and numbers.
    #[wire(flatten)]
    pub routes: RouteTables,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The parameters of `setRoute` (L997-1001).
///
/// ```
/// use ccwire_sobot::{SetRouteRequest, Validate};
/// let ok: SetRouteRequest = serde_json::from_str(r#"{"explicitRule":"2","explicitCode":"s1"}"#).unwrap();
/// assert!(ok.validate().is_ok());
/// let missing: SetRouteRequest = serde_json::from_str(r#"{"explicitRule":"3"}"#).unwrap();
/// assert_eq!(missing.validate().unwrap_err()[0].pointer, "/explicitNumber");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SetRouteRequest {
    /// The display rule: `1` enterprise pool, `2` dynamic scheme, `3` agent pool; a string
    /// (sobot-call-sdk.txt L999).
    pub explicit_rule: Code<ExplicitRuleCode>,
    /// The dynamic display scheme; required when the rule is `2`.
    pub explicit_code: Option<SchemeCode>,
    /// The display number from the agent's pool; required when the rule is `3`.
    pub explicit_number: Option<PhoneNumber>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for SetRouteRequest {
    /// `explicitRule` is `1` to `3`; rule `2` needs a non-blank `explicitCode`, rule `3` a
    /// non-blank `explicitNumber` (L1000-1001).
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        report.known("/explicitRule", &self.explicit_rule);
        match self.explicit_rule.value() {
            ExplicitRuleCode::DynamicScheme
                if blank(self.explicit_code.as_ref().map(SchemeCode::as_str)) =>
            {
                report.push(
                    "/explicitCode",
                    "required when explicitRule is 2 (dynamic display scheme)",
                );
            }
            ExplicitRuleCode::AgentPool
                if blank(self.explicit_number.as_ref().map(PhoneNumber::as_str)) =>
            {
                report.push(
                    "/explicitNumber",
                    "required when explicitRule is 3 (agent number pool)",
                );
            }
            _ => {}
        }
        report.finish()
    }
}

/// The return value of `setRoute` (L1002-1024). It has no `status`, and names the agent id
/// `agentUUID` (`queryRoutes` says `agentUuid`).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SetRouteResult {
    /// Agent id (`agentUUID` here; sobot-call-sdk.txt L1004).
    #[wire(rename = "agentUUID")]
    pub agent_uuid: AgentUuid,
    /// The rules, schemes and numbers.
    #[wire(flatten)]
    pub routes: RouteTables,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The parameters of `queryQueues` (L1045-1049).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct QueryQueuesRequest {
    /// Skill group number or name, for a fuzzy search.
    pub queue: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The success payload of `queryQueues` (L1050-1058).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct QueryQueuesSuccess {
    /// The skill groups (sobot-call-sdk.txt L1053).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub queues: Option<Vec<QueueSummary>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The parameters of `queryAgents` (L1081-1087).
///
/// `agentState` is typed `number` (`-1` all, `1` online), but the sample sends `' 1 '`; both
/// forms decode and re-encode as received.
///
/// ```
/// use ccwire_sobot::{QueryAgentsRequest, Validate};
/// use ccwire_sobot::QueryAgentState;
/// let r: QueryAgentsRequest = serde_json::from_str(r#"{"agentState":-1}"#).unwrap();
/// assert_eq!(r.agent_state.as_ref().map(|s| s.value()), Some(&QueryAgentState::All));
/// assert!(r.validate().is_ok());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct QueryAgentsRequest {
    /// Agent name (exact match).
    pub agent_name: Option<String>,
    /// `-1` every agent, `1` online agents; ready agents when absent.
    pub agent_state: Option<Code<QueryAgentState>>,
    /// Skill group number (exact match).
    pub queue_code: Option<QueueId>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for QueryAgentsRequest {
    /// `agentState`, when given, is `-1` or `1`.
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        if let Some(state) = &self.agent_state {
            report.known("/agentState", state);
        }
        report.finish()
    }
}

/// The success payload of `queryAgents` (L1088-1099).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct QueryAgentsSuccess {
    /// The agents (sobot-call-sdk.txt L1091).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agents: Option<Vec<AgentSummary>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The success payload of `queryCountsInQueue` (L1218-1226).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct CountsInQueueSuccess {
    /// Customers queuing per skill group (sobot-call-sdk.txt L1221).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub queues: Option<Vec<QueueCount>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

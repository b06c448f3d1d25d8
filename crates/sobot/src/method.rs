//! The table of SDK calls: every `agent.<method>(params)` with the types of its parameter
//! object and of what its callbacks receive.

/// Every call of the SDK that takes parameters: `initAgent`, the 38 `agent.*` methods
/// (L16-1231), and `handleRefreshToken(newToken)`, which takes the new token itself (L121-122).
///
/// ```
/// use ccwire_sobot::Method;
/// use strum::IntoEnumIterator;
/// assert_eq!(Method::iter().count(), 40);
/// assert_eq!(Method::HandleRefreshToken.params_type(), "RefreshTokenRequest");
/// assert_eq!(Method::DelayAcw.name(), "delayACW");
/// assert_eq!(Method::DelayAcw.params_type(), "DelayAcwRequest");
/// assert_eq!(Method::ForceBusy.success_type(), Some("Success"));
/// assert_eq!(Method::QueryStates.failure_type(), Some("LegacyFailure"));
/// assert_eq!(Method::Hangup.success_type(), None);
/// assert_eq!("queryRoutes".parse::<Method>().unwrap(), Method::QueryRoutes);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "camelCase")]
#[non_exhaustive]
pub enum Method {
    /// `initAgent`: initialize the SDK for an agent.
    InitAgent,
    /// `login`.
    Login,
    /// `logout`.
    Logout,
    /// `notReady`: set occupied.
    NotReady,
    /// `ready`: set available.
    Ready,
    /// `resetLogout`: force the agent offline from any state.
    ResetLogout,
    /// `queryStates`: the break statuses available.
    QueryStates,
    /// `queryPhoneType`: the answering methods available.
    QueryPhoneType,
    /// `queryUnusedExts`: the enterprise's extensions.
    QueryUnusedExts,
    /// `queryAgentJoinedQueues`: skill groups the agent can log in to.
    QueryAgentJoinedQueues,
    /// `queryAgentLoginInfo`.
    QueryAgentLoginInfo,
    /// `queryAgentCanJoinedInfo`.
    QueryAgentCanJoinedInfo,
    /// `makeCall`: outbound call.
    MakeCall,
    /// `rejectCall`.
    RejectCall,
    /// `answer`.
    Answer,
    /// `hangup`.
    Hangup,
    /// `holdCall`.
    HoldCall,
    /// `retrieveCall`: cancel holding.
    RetrieveCall,
    /// `muteCall`.
    MuteCall,
    /// `unmute`.
    Unmute,
    /// `singleTransfer`.
    SingleTransfer,
    /// `initiateConsult`.
    InitiateConsult,
    /// `cancelConsult`.
    CancelConsult,
    /// `retrieveConsult`.
    RetrieveConsult,
    /// `consultTransfer`.
    ConsultTransfer,
    /// `consultConference`.
    ConsultConference,
    /// `sendSatisfy`: play the satisfaction survey.
    SendSatisfy,
    /// `delayACW`: extend after-call work.
    #[strum(serialize = "delayACW")]
    DelayAcw,
    /// `completeACW`: end after-call work.
    #[strum(serialize = "completeACW")]
    CompleteAcw,
    /// `completeACWToBusy`: end after-call work and set DND.
    #[strum(serialize = "completeACWToBusy")]
    CompleteAcwToBusy,
    /// `sendDtmf`.
    SendDtmf,
    /// `queryRoutes`: outbound display rules.
    QueryRoutes,
    /// `setRoute`.
    SetRoute,
    /// `queryQueues`: enterprise skill groups.
    QueryQueues,
    /// `queryAgents`: enterprise agents.
    QueryAgents,
    /// `forceLogout` (supervisor).
    ForceLogout,
    /// `forceBusy` (supervisor).
    ForceBusy,
    /// `forceReady` (supervisor).
    ForceReady,
    /// `queryCountsInQueue`.
    QueryCountsInQueue,
    /// `handleRefreshToken(newToken)`: give the SDK a new token after `EventTokenInvalid`
    /// (L119-126). Called on `window.sobotAgent` with the token itself; it has no callbacks.
    HandleRefreshToken,
}

impl Method {
    /// The method name as called on the agent object.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The name of the parameter type (kind `sobot.call.<name>`). Calls that take only the
    /// callbacks share [`NoParams`](super::NoParams).
    #[must_use]
    pub fn params_type(self) -> &'static str {
        match self {
            Self::InitAgent => "InitAgentRequest",
            Self::Login => "LoginRequest",
            Self::NotReady => "NotReadyRequest",
            Self::QueryUnusedExts => "QueryUnusedExtsRequest",
            Self::MakeCall => "MakeCallRequest",
            Self::SingleTransfer => "SingleTransferRequest",
            Self::InitiateConsult => "InitiateConsultRequest",
            Self::DelayAcw => "DelayAcwRequest",
            Self::SendDtmf => "SendDtmfRequest",
            Self::SetRoute => "SetRouteRequest",
            Self::QueryQueues => "QueryQueuesRequest",
            Self::QueryAgents => "QueryAgentsRequest",
            Self::ForceLogout | Self::ForceBusy | Self::ForceReady => "TargetAgentRequest",
            Self::HandleRefreshToken => "RefreshTokenRequest",
            Self::Logout
            | Self::Ready
            | Self::ResetLogout
            | Self::QueryStates
            | Self::QueryPhoneType
            | Self::QueryAgentJoinedQueues
            | Self::QueryAgentLoginInfo
            | Self::QueryAgentCanJoinedInfo
            | Self::RejectCall
            | Self::Answer
            | Self::Hangup
            | Self::HoldCall
            | Self::RetrieveCall
            | Self::MuteCall
            | Self::Unmute
            | Self::CancelConsult
            | Self::RetrieveConsult
            | Self::ConsultTransfer
            | Self::ConsultConference
            | Self::SendSatisfy
            | Self::CompleteAcw
            | Self::CompleteAcwToBusy
            | Self::QueryRoutes
            | Self::QueryCountsInQueue => "NoParams",
        }
    }

    /// The name of the type the `success` callback receives (kind `sobot.result.<name>`), or
    /// `None` where the document gives no result (`makeCall` and the call-control calls).
    #[must_use]
    pub fn success_type(self) -> Option<&'static str> {
        Some(match self {
            Self::InitAgent
            | Self::Logout
            | Self::NotReady
            | Self::Ready
            | Self::ResetLogout
            | Self::ForceLogout
            | Self::ForceBusy
            | Self::ForceReady => "Success",
            Self::Login => "LoginSuccess",
            Self::QueryStates => "QueryStatesSuccess",
            Self::QueryPhoneType => "QueryPhoneTypeSuccess",
            Self::QueryUnusedExts => "QueryUnusedExtsSuccess",
            Self::QueryAgentJoinedQueues => "JoinedQueuesSuccess",
            Self::QueryAgentLoginInfo => "AgentLoginInfoSuccess",
            Self::QueryAgentCanJoinedInfo => "AgentCanJoinedInfoSuccess",
            Self::QueryRoutes => "QueryRoutesResult",
            Self::SetRoute => "SetRouteResult",
            Self::QueryQueues => "QueryQueuesSuccess",
            Self::QueryAgents => "QueryAgentsSuccess",
            Self::QueryCountsInQueue => "CountsInQueueSuccess",
            _ => return None,
        })
    }

    /// The name of the type the `error` callback receives (kind `sobot.result.<name>`), or
    /// `None` where the document gives no result.
    #[must_use]
    pub fn failure_type(self) -> Option<&'static str> {
        Some(match self {
            Self::InitAgent => "Failure",
            Self::Login
            | Self::Logout
            | Self::NotReady
            | Self::Ready
            | Self::ResetLogout
            | Self::ForceLogout
            | Self::ForceBusy
            | Self::ForceReady
            | Self::QueryCountsInQueue => "CodedFailure",
            Self::QueryStates => "LegacyFailure",
            Self::QueryPhoneType
            | Self::QueryUnusedExts
            | Self::QueryAgentJoinedQueues
            | Self::QueryAgentLoginInfo
            | Self::QueryAgentCanJoinedInfo
            | Self::QueryRoutes
            | Self::SetRoute
            | Self::QueryQueues
            | Self::QueryAgents => "MessageFailure",
            _ => return None,
        })
    }
}

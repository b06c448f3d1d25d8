//! The Sobot call SDK lifecycle, as far as its document goes: agent events move an agent
//! (`sobot-call-sdk.txt`). The document prints no call event payload and documents no call id
//! for `EventDialing` / `EventRinging` (the complete events are in a "Call Capability Message
//! Format File" it does not include, L132), so those two give an offer that no interaction can
//! be followed by, and no call phase is tracked.

use ccwire_codec::Message;
use ccwire_sobot::SobotEvent;

use crate::{Reading, Step, Transition};

pub(crate) const TRANSITIONS: &[Transition] = &[
    Transition {
        kind: "sobot.event.EventAgentRegainStatus",
        step: Step::AgentStateChanged,
        from: &[],
        to: None,
        cites: "sobot-call-sdk.txt L38 (reconnected: carries \"the current agent's login status\"), L55-L83 (agentStateInfo: agent, agentState), L1098 (1 available/ready)",
        assumed: false,
    },
    Transition {
        kind: "sobot.event.EventAgentReady",
        step: Step::AgentStateChanged,
        from: &[],
        to: None,
        cites: "sobot-call-sdk.txt L111-L112, L143-L144 (\"Agent ready event\")",
        assumed: false,
    },
    Transition {
        kind: "sobot.event.EventAgentNotReady",
        step: Step::AgentStateChanged,
        from: &[],
        to: None,
        cites: "sobot-call-sdk.txt L115-L116, L147-L148 (\"Agent occupied event\")",
        assumed: false,
    },
    Transition {
        kind: "sobot.event.EventAgentConnectionChanged",
        step: Step::AgentStateChanged,
        from: &[],
        to: None,
        cites: "sobot-call-sdk.txt L107-L108, L139-L140 (\"Agent enforced offline event\")",
        assumed: false,
    },
    Transition {
        kind: "sobot.event.EventDialing",
        step: Step::Offered,
        from: &[],
        to: None,
        cites: "sobot-call-sdk.txt L151-L152 (\"Dialing event\"; no payload, no call id; read as an outbound offer from its name)",
        assumed: true,
    },
    Transition {
        kind: "sobot.event.EventRinging",
        step: Step::Offered,
        from: &[],
        to: None,
        cites: "sobot-call-sdk.txt L155-L156 (\"Ringing event\"; no payload, no call id; read as an inbound offer from its name)",
        assumed: true,
    },
];

/// The agent state an event gives, by the document's words (`ready`, `occupied`, `offline`) or
/// the login status code of a resync (L67: 0 offline, 1 online, 2 DND).
fn agent_state(event: &SobotEvent) -> Option<String> {
    Some(match event {
        SobotEvent::AgentReady(_) => "ready".to_owned(),
        SobotEvent::AgentNotReady(_) => "occupied".to_owned(),
        SobotEvent::AgentConnectionChanged(_) => "offline".to_owned(),
        SobotEvent::AgentRegainStatus(e) => {
            let code = e.agent_state_info.as_ref()?.agent_state.as_ref()?;
            match code.code() {
                Some(0) => "offline".to_owned(),
                Some(1) => "online".to_owned(),
                Some(2) => "dnd".to_owned(),
                Some(other) => other.to_string(),
                None => code.text()?.to_owned(),
            }
        }
        _ => return None,
    })
}

pub(crate) fn read(message: &Message) -> Option<Reading> {
    let Message::Sobot(event) = message else {
        return None;
    };
    let kind = message.kind().to_string();
    let transition = TRANSITIONS.iter().find(|t| t.kind == kind).copied()?;
    let agent_id = match event {
        // Samples pad agent keys with spaces (L26); the key is the trimmed text.
        SobotEvent::AgentRegainStatus(e) => e
            .agent_state_info
            .as_ref()
            .map(|i| i.agent.as_str().trim().to_owned()),
        _ => None,
    };
    Some(Reading {
        transition,
        interaction_id: None,
        agent_id,
        // The only timestamps (L68-L72) have no documented unit and none dates the change.
        time: None,
        reason: None,
        agent_state: agent_state(event),
        stated_phase: None,
        held: false,
    })
}

//! The Genesys Service Client lifecycle: `interaction` notifications move an interaction (the
//! document pairs most with the interaction `state` they lead to), `agent` notifications an
//! agent. Every row cites `genesys-service-client-api.txt`. The Interactions API document says
//! nothing of CometD states, so CometD messages are no steps here.

use ccwire_codec::Message;
use ccwire_genesys::GenesysMessage;
use ccwire_genesys::InteractionState;
use ccwire_genesys::service_client::{AgentEvent, Notification};

use crate::{Phase, Reading, Step, Transition};

include!("genesys_table.rs");

/// The phase an interaction is in by its own `state` (L668-L698).
fn stated(state: &InteractionState) -> Option<Phase> {
    use InteractionState as S;
    Some(match state {
        S::Ringing
        | S::Dialing
        | S::Invited
        | S::InvitedConference
        | S::Preview
        | S::Previewing
        | S::Ready => Phase::Offered,
        S::Talking | S::Accepted | S::Pulled => Phase::Connected,
        S::Held => Phase::Held,
        S::Idle => Phase::WrapUp,
        _ => return None,
    })
}

pub(crate) fn read(message: &Message) -> Option<Reading> {
    let Message::Genesys(GenesysMessage::Notification(notification)) = message else {
        return None;
    };
    let kind = message.kind().to_string();
    let transition = TRANSITIONS.iter().find(|t| t.kind == kind).copied()?;
    let (stated_phase, agent_state) = match notification {
        Notification::Interaction(n) => (
            n.data
                .update()
                .and_then(|u| u.interaction.as_ref())
                .and_then(|i| i.state.as_ref())
                .and_then(stated),
            None,
        ),
        Notification::Agent(n) => match &n.data {
            AgentEvent::StateChanged(e) => {
                (None, e.media_state.as_ref().map(|s| s.as_str().to_owned()))
            }
            _ => (None, None),
        },
        _ => (None, None),
    };
    Some(Reading {
        transition,
        interaction_id: message.interaction_id().map(str::to_owned),
        agent_id: None,
        time: None,
        // The document gives failures no reason member: the event type names what failed.
        reason: (transition.step == Step::Failed)
            .then(|| notification.event_type().map(|e| e.into_owned()))
            .flatten(),
        agent_state,
        stated_phase,
        held: false,
    })
}

//! The Webex Contact Center Desktop lifecycle: the routing events (`RoutingMessage`) move an
//! interaction, the agent-desktop state changes move an agent. Every row cites the SDK document
//! (`webex-desktop-js-sdk.txt`).

use ccwire_codec::Message;
use ccwire_webex::agent_state::AgentDesktopEvent;
use ccwire_webex::routing::RoutingEvent;
use ccwire_webex::{InteractionState, WebexEvent};

use crate::{Phase, Reading, Step, Transition};

include!("webex_table.rs");

/// The row of `kind` in the table.
fn row(kind: &str) -> Option<Transition> {
    TRANSITIONS.iter().find(|t| t.kind == kind).copied()
}

/// The phase an interaction is in by its own `state` member, when that says one.
fn stated(state: &InteractionState) -> Option<Phase> {
    Some(match state {
        InteractionState::New => Phase::Offered,
        InteractionState::Connected => Phase::Connected,
        InteractionState::Consult | InteractionState::Consulting => Phase::Consulting,
        InteractionState::Conference => Phase::Conferenced,
        InteractionState::WrapUp => Phase::WrapUp,
        _ => return None,
    })
}

/// Whether the interaction's main media leg is on hold (`isHold`, L257).
fn main_leg_held(interaction: &ccwire_webex::Interaction) -> bool {
    interaction.media.as_ref().is_some_and(|media| {
        media.values().any(|leg| {
            leg.m_type == Some(ccwire_webex::MediaLegType::MainCall) && leg.is_hold == Some(true)
        })
    })
}

pub(crate) fn read(message: &Message) -> Option<Reading> {
    let Message::Webex(webex) = message else {
        return None;
    };
    match &webex.event {
        WebexEvent::Routing(event) => routing(message, event),
        WebexEvent::AgentDesktop(AgentDesktopEvent::AgentStateChangeSuccess(e)) => {
            let transition = row("webex.agentDesktop.AgentStateChangeSuccess")?;
            let state = [
                e.state.status.as_ref().map(|s| s.as_str().to_owned()),
                e.state.sub_status.as_ref().map(|s| s.as_str().to_owned()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("/");
            Some(Reading {
                transition,
                interaction_id: None,
                agent_id: Some(e.session.agent_id.as_str().to_owned()),
                time: e.state.last_state_change_timestamp.map(|t| t.millis()),
                reason: None,
                agent_state: (!state.is_empty()).then_some(state),
                stated_phase: None,
                held: false,
            })
        }
        _ => None,
    }
}

fn routing(message: &Message, event: &RoutingEvent) -> Option<Reading> {
    let kind = message.kind().to_string();
    let transition = row(&kind)?;
    let failure = event.failure();
    let reason = failure.and_then(|f| {
        f.reason
            .clone()
            .or_else(|| f.reason_code.as_ref().map(|c| c.get().to_string()))
    });
    Some(Reading {
        transition,
        interaction_id: event.interaction_id().map(|id| id.as_str().to_owned()),
        agent_id: event.agent_id().map(|id| id.as_str().to_owned()),
        time: event
            .header()
            .and_then(|h| h.event_time)
            .map(|t| t.millis()),
        reason,
        agent_state: None,
        stated_phase: event
            .interaction()
            .and_then(|i| i.state.as_ref())
            .and_then(stated),
        held: event.interaction().is_some_and(main_leg_held),
    })
}

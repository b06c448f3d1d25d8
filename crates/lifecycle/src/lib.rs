//! Contacts and agents through time: a [`Tracker`] fed decoded messages in order keeps each
//! interaction's phase and each agent's state, and returns vendor-neutral [`LifecycleEvent`]s
//! (offered, accepted, held, resumed, consult, conference, transfer, recording, wrap-up, ended,
//! failed, agent state changed), each with the interaction id, the agent id, the time from the
//! message's own time fields and the kind of the message it came from.
//!
//! Webex Contact Center Desktop (`webex`) and the Genesys Service Client (`genesys`) are
//! modelled; for Sobot (`sobot`) only agents are followed (its document prints no call event
//! payload and no call id, so its dialing and ringing events are offers no interaction can be
//! followed by), and the Genesys Interactions API document says nothing of CometD states, so
//! CometD messages are no steps.
//!
//! Each vendor's lifecycle is one table of transitions written from its documents, every row
//! citing the lines it rests on ([`Transition`], [`transitions`]); a message whose transition
//! the table does not allow from the interaction's phase is reported as a [`Problem`], as are
//! events for an interaction never seen (a warning: real captures start mid-stream), events
//! after the end, time going backwards, and interactions still open when the capture ends.
//! [`rules`] lists every one of those problems with the rule it breaks and its citation;
//! [`schemas`] gives the JSON Schemas of the events and problems.
//!
//! Memory is bounded: an ended interaction is released once `window` more interactions have
//! ended after it (late events for it are then reported as unseen, not kept).
//!
//! ```
//! # #[cfg(feature = "webex")] {
//! use ccwire_lifecycle::{Step, Tracker};
//! let mut tracker = Tracker::new();
//! let offer = ccwire_codec::decode(r#"{"type":"RoutingMessage","orgId":"o","data":{
//!   "type":"AgentOfferContact","eventType":"RoutingMessage","interactionId":"i1","orgId":"o",
//!   "agentId":"a1","eventTime":1000}}"#).unwrap();
//! let seen = tracker.observe(&offer);
//! assert_eq!(seen.events[0].step, Step::Offered);
//! assert_eq!(seen.events[0].interaction_id.as_deref(), Some("i1"));
//! assert_eq!(seen.events[0].time, Some(1000));
//! assert!(seen.problems.is_empty());
//! # }
//! ```

use std::collections::{HashMap, VecDeque};

use ccwire_codec::Message;
use schemars::JsonSchema;
use serde::Serialize;

#[cfg(feature = "genesys")]
mod genesys;
#[cfg(feature = "sobot")]
mod sobot;
#[cfg(feature = "webex")]
mod webex;

/// What happened to an interaction or an agent, whatever the vendor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Step {
    /// The interaction appeared in the agent's list without being offered (Genesys `ADDED`,
    /// `CREATED`).
    Opened,
    /// The contact was offered to an agent (ringing, reserved).
    Offered,
    /// The agent has the contact (accepted, assigned, connected).
    Accepted,
    /// The contact was put on hold.
    Held,
    /// The contact was taken off hold.
    Resumed,
    /// A consult was started.
    ConsultStarted,
    /// The consulted party joined the consult.
    ConsultAccepted,
    /// The consult ended.
    ConsultEnded,
    /// The parties were conferenced.
    Conferenced,
    /// The contact was transferred.
    Transferred,
    /// Recording started.
    RecordingStarted,
    /// Recording was paused.
    RecordingPaused,
    /// Recording was resumed.
    RecordingResumed,
    /// The contact ended for the agent, and wrap-up started.
    WrapUpStarted,
    /// The agent wrapped the contact up.
    WrappedUp,
    /// The contact ended.
    Ended,
    /// An operation on the contact failed (the event carries the reason).
    Failed,
    /// The contact's data changed (call-associated data, ANI, participants) with no change of
    /// phase.
    Updated,
    /// An agent's state changed.
    AgentStateChanged,
    /// The interaction left the agent's list (Genesys `REMOVED`).
    Closed,
}

/// Where an interaction is in its lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Phase {
    /// Offered to an agent, not yet accepted.
    Offered,
    /// The agent has it.
    Connected,
    /// On hold.
    Held,
    /// In a consult.
    Consulting,
    /// In a conference.
    Conferenced,
    /// Ended for the agent, in wrap-up.
    WrapUp,
    /// Ended.
    Ended,
}

/// A lifecycle event: one step of an interaction or an agent, from one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LifecycleEvent {
    /// What happened.
    pub step: Step,
    /// The vendor of the message.
    pub vendor: String,
    /// The interaction (contact, call) it happened to, when the message names one.
    pub interaction_id: Option<String>,
    /// The agent, when the message names one.
    pub agent_id: Option<String>,
    /// When, in milliseconds since the Unix epoch, from the message's own time field (absent
    /// when the message carries none).
    pub time: Option<i64>,
    /// The interaction's phase after this step, when the step moves it.
    pub phase: Option<Phase>,
    /// Why, for a failure (the vendor's reason text, or its code).
    pub reason: Option<String>,
    /// The agent's new state, for an agent state change.
    pub agent_state: Option<String>,
    /// The full kind of the message it came from (`webex.routing.AgentContactHeld`).
    pub source_kind: String,
}

/// One row of a vendor's lifecycle: the message kind, the step it is, the phases it may come
/// from and the phase it leads to, and the document lines it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Transition {
    /// The message kind (`webex.routing.AgentContactHeld`).
    pub kind: &'static str,
    /// The step.
    pub step: Step,
    /// The phases the interaction may be in before it; empty when the documents do not
    /// restrict it (see [`Transition::assumed`]).
    pub from: &'static [Phase],
    /// The phase after it; `None` when it does not move the interaction.
    pub to: Option<Phase>,
    /// The document lines the row rests on (`webex-desktop-js-sdk.txt L4175`).
    pub cites: &'static str,
    /// Whether `from` is an assumption the documents neither state nor forbid.
    pub assumed: bool,
}

/// The JSON Schemas (draft 2020-12) of what the tracker gives: `lifecycle/LifecycleEvent.json`
/// and `lifecycle/Problem.json` (the members `event` and `problem` of `ccwire replay --format
/// json`), for consumers in other languages.
///
/// ```
/// let files = ccwire_lifecycle::schemas();
/// assert!(files.iter().any(|f| f.path == "lifecycle/LifecycleEvent.json"));
/// ```
#[must_use]
pub fn schemas() -> Vec<ccwire_codec::schema::SchemaFile> {
    vec![
        ccwire_codec::schema::SchemaFile {
            path: "lifecycle/LifecycleEvent.json".to_owned(),
            schema: schemars::schema_for!(LifecycleEvent),
        },
        ccwire_codec::schema::SchemaFile {
            path: "lifecycle/Problem.json".to_owned(),
            schema: schemars::schema_for!(Problem),
        },
    ]
}

/// Every vendor's lifecycle table compiled in.
#[must_use]
pub fn transitions() -> Vec<Transition> {
    #[allow(unused_mut)] // no vendor compiled in
    let mut all = Vec::new();
    #[cfg(feature = "webex")]
    all.extend_from_slice(webex::TRANSITIONS);
    #[cfg(feature = "genesys")]
    all.extend_from_slice(genesys::TRANSITIONS);
    #[cfg(feature = "sobot")]
    all.extend_from_slice(sobot::TRANSITIONS);
    all
}

/// How bad a lifecycle problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Severity {
    /// Expected in real captures (they start and stop mid-stream).
    Warning,
    /// Against the documented lifecycle.
    Error,
}

/// What is wrong with a stream of messages, as a lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ProblemCode {
    /// An event for an interaction not seen before (the capture started after its offer).
    UnseenInteraction,
    /// A step the documented lifecycle does not allow from the interaction's phase.
    NotAllowed,
    /// An event for an interaction that had ended.
    AfterEnd,
    /// A message whose time is earlier than the interaction's previous one.
    TimeBackwards,
    /// An interaction still open when the capture ended.
    OpenAtEnd,
}

/// One rule that forbids something, with the document lines it rests on. Together with the
/// rows of [`transitions`] whose `from` is not empty (each a [`ProblemCode::NotAllowed`] rule of
/// its own), this is every rule the tracker checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rule {
    /// The problem reported when it is broken.
    pub code: ProblemCode,
    /// How bad that is.
    pub severity: Severity,
    /// The rule, in words.
    pub says: &'static str,
    /// The document lines it rests on.
    pub cites: &'static str,
    /// Whether no document states it (it follows from what a capture is).
    pub assumed: bool,
}

/// The rule table: every problem the tracker reports, what it forbids and why.
///
/// ```
/// use ccwire_lifecycle::{ProblemCode, rules};
/// assert!(rules().iter().any(|r| r.code == ProblemCode::AfterEnd));
/// ```
#[must_use]
pub fn rules() -> &'static [Rule] {
    const RULES: &[Rule] = &[
        Rule {
            code: ProblemCode::UnseenInteraction,
            severity: Severity::Warning,
            says: "an interaction's first message is its offer or its opening; a capture may \
                   start after it, so only a warning, and the interaction starts in the phase \
                   its message states",
            cites: "webex-desktop-js-sdk.txt L8470 (eAgentOfferContact: a contact is routed to \
                    the agent first); genesys-service-client-api.txt L335-L372 (every flow \
                    starts with ADDED)",
            assumed: false,
        },
        Rule {
            code: ProblemCode::NotAllowed,
            severity: Severity::Error,
            says: "a message moves an interaction only from the phases its row of the \
                   transition table names (one rule per row with a `from`)",
            cites: "each row of transitions() cites its own lines",
            assumed: false,
        },
        Rule {
            code: ProblemCode::AfterEnd,
            severity: Severity::Error,
            says: "nothing follows the end of an interaction",
            cites: "webex-desktop-js-sdk.txt L8413 (eAgentContactWrappedUp: the contact is \
                    wrapped up); genesys-service-client-api.txt L342, L357, L370 (REMOVED is \
                    last)",
            assumed: false,
        },
        Rule {
            code: ProblemCode::TimeBackwards,
            severity: Severity::Error,
            says: "the times of an interaction's messages do not go backwards",
            cites: "no document states an order of eventTime; the samples carry epoch \
                    milliseconds (webex-desktop-js-sdk.txt L4379)",
            assumed: true,
        },
        Rule {
            code: ProblemCode::OpenAtEnd,
            severity: Severity::Warning,
            says: "an interaction still open when the capture ends (a capture may stop before \
                   it ends, so only a warning)",
            cites: "no document line: it concerns the capture, not the protocol",
            assumed: true,
        },
    ];
    RULES
}

/// A lifecycle problem, with the interaction and the message kind it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Problem {
    /// What is wrong.
    pub code: ProblemCode,
    /// How bad.
    pub severity: Severity,
    /// The interaction.
    pub interaction_id: String,
    /// The kind of the message that showed it (`None` for [`ProblemCode::OpenAtEnd`]).
    pub source_kind: Option<String>,
    /// The phase the interaction was in.
    pub phase: Option<Phase>,
    /// The document lines of the rule, for [`ProblemCode::NotAllowed`].
    pub cites: Option<String>,
}

/// What one message did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Observation {
    /// The lifecycle events it gave (none for a message that is no lifecycle step).
    pub events: Vec<LifecycleEvent>,
    /// The problems it showed.
    pub problems: Vec<Problem>,
}

/// One interaction being followed.
#[derive(Debug, Clone)]
struct Contact {
    phase: Phase,
    last_time: Option<i64>,
}

/// What a vendor module reads from one message: the step's row, and the message's own facts.
#[derive(Debug, Clone)]
struct Reading {
    transition: Transition,
    interaction_id: Option<String>,
    agent_id: Option<String>,
    time: Option<i64>,
    reason: Option<String>,
    agent_state: Option<String>,
    /// The phase the message itself says the interaction is in (e.g. Webex `interaction.state`),
    /// used as the starting phase of an interaction first seen mid-stream.
    stated_phase: Option<Phase>,
    /// Whether the message says the customer is on hold (e.g. the Webex main media leg's
    /// `isHold`): a step that leads back to [`Phase::Connected`] then leads to [`Phase::Held`].
    held: bool,
}

/// Follows interactions and agents through a stream of decoded messages (see the crate
/// documentation).
#[derive(Debug, Clone)]
pub struct Tracker {
    contacts: HashMap<String, Contact>,
    agents: HashMap<String, String>,
    ended: VecDeque<String>,
    window: usize,
}

impl Default for Tracker {
    fn default() -> Self {
        Self::new()
    }
}

impl Tracker {
    /// How many ended interactions are kept (for late events) before the oldest is released.
    pub const DEFAULT_WINDOW: usize = 1024;

    /// A tracker with the default window of ended interactions.
    #[must_use]
    pub fn new() -> Self {
        Self::with_window(Self::DEFAULT_WINDOW)
    }

    /// A tracker that keeps the last `window` ended interactions (for late events).
    #[must_use]
    pub fn with_window(window: usize) -> Self {
        Self {
            contacts: HashMap::new(),
            agents: HashMap::new(),
            ended: VecDeque::new(),
            window,
        }
    }

    /// How many interactions are held (open ones and the window of ended ones).
    #[must_use]
    pub fn interactions(&self) -> usize {
        self.contacts.len()
    }

    /// The phase of an interaction being followed.
    #[must_use]
    pub fn phase(&self, interaction_id: &str) -> Option<Phase> {
        self.contacts.get(interaction_id).map(|c| c.phase)
    }

    /// The last state an agent was seen in.
    #[must_use]
    pub fn agent_state(&self, agent_id: &str) -> Option<&str> {
        self.agents.get(agent_id).map(String::as_str)
    }

    /// Takes the next message of the stream.
    pub fn observe(&mut self, message: &Message) -> Observation {
        let mut seen = Observation::default();
        let Some(reading) = read(message) else {
            return seen;
        };
        let vendor = message.vendor();
        let source_kind = reading.transition.kind.to_owned();
        if let (Some(agent), Some(state)) = (&reading.agent_id, &reading.agent_state) {
            self.agents.insert(agent.clone(), state.clone());
        }
        let mut phase = None;
        if let Some(id) = &reading.interaction_id {
            phase = self.step_contact(id, &reading, &source_kind, &mut seen.problems);
        }
        seen.events.push(LifecycleEvent {
            step: reading.transition.step,
            vendor: vendor.to_string(),
            interaction_id: reading.interaction_id,
            agent_id: reading.agent_id,
            time: reading.time,
            phase,
            reason: reading.reason,
            agent_state: reading.agent_state,
            source_kind,
        });
        seen
    }

    /// Moves interaction `id` by `reading`; returns its phase after the step if it moved.
    fn step_contact(
        &mut self,
        id: &str,
        reading: &Reading,
        source_kind: &str,
        problems: &mut Vec<Problem>,
    ) -> Option<Phase> {
        let t = &reading.transition;
        let problem = |code, severity, phase, cites: Option<&str>| Problem {
            code,
            severity,
            interaction_id: id.to_owned(),
            source_kind: Some(source_kind.to_owned()),
            phase,
            cites: cites.map(str::to_owned),
        };
        let to = match t.to {
            Some(Phase::Connected) if reading.held => Some(Phase::Held),
            to => to,
        };
        let Some(contact) = self.contacts.get_mut(id) else {
            // First seen: an offer or an opening starts it; anything else starts mid-stream,
            // in the phase the message states, else the phase the step leads to.
            let start = if matches!(t.step, Step::Offered | Step::Opened) {
                reading.stated_phase
            } else {
                problems.push(problem(
                    ProblemCode::UnseenInteraction,
                    Severity::Warning,
                    None,
                    None,
                ));
                reading.stated_phase
            };
            let phase = to.or(start).unwrap_or(Phase::Connected);
            self.contacts.insert(
                id.to_owned(),
                Contact {
                    phase,
                    last_time: reading.time,
                },
            );
            if phase == Phase::Ended {
                self.release_later(id);
            }
            return to;
        };
        if let (Some(before), Some(now)) = (contact.last_time, reading.time)
            && now < before
        {
            problems.push(problem(
                ProblemCode::TimeBackwards,
                Severity::Error,
                Some(contact.phase),
                None,
            ));
        }
        if reading.time.is_some() {
            contact.last_time = reading.time;
        }
        if contact.phase == Phase::Ended {
            problems.push(problem(
                ProblemCode::AfterEnd,
                Severity::Error,
                Some(Phase::Ended),
                None,
            ));
            return None;
        }
        if !t.from.is_empty() && !t.from.contains(&contact.phase) {
            problems.push(problem(
                ProblemCode::NotAllowed,
                Severity::Error,
                Some(contact.phase),
                Some(t.cites),
            ));
        }
        let to = to?;
        contact.phase = to;
        if to == Phase::Ended {
            self.release_later(id);
        }
        Some(to)
    }

    /// Keeps ended interaction `id` for late events, releasing the oldest beyond the window.
    fn release_later(&mut self, id: &str) {
        self.ended.push_back(id.to_owned());
        while self.ended.len() > self.window {
            if let Some(old) = self.ended.pop_front() {
                self.contacts.remove(&old);
            }
        }
    }

    /// The end of the stream: every interaction still open is a warning.
    #[must_use]
    pub fn finish(self) -> Vec<Problem> {
        let mut open: Vec<Problem> = self
            .contacts
            .into_iter()
            .filter(|(_, c)| c.phase != Phase::Ended)
            .map(|(id, c)| Problem {
                code: ProblemCode::OpenAtEnd,
                severity: Severity::Warning,
                interaction_id: id,
                source_kind: None,
                phase: Some(c.phase),
                cites: None,
            })
            .collect();
        open.sort_by(|a, b| a.interaction_id.cmp(&b.interaction_id));
        open
    }
}

/// What `message` is as a lifecycle step, if it is one (by its vendor's table).
fn read(message: &Message) -> Option<Reading> {
    match message.vendor() {
        #[cfg(feature = "webex")]
        ccwire_codec::Vendor::Webex => webex::read(message),
        #[cfg(feature = "genesys")]
        ccwire_codec::Vendor::Genesys => genesys::read(message),
        #[cfg(feature = "sobot")]
        ccwire_codec::Vendor::Sobot => sobot::read(message),
        _ => None,
    }
}

#[cfg(all(test, feature = "webex"))]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// The steps, phases and problem codes a run saw.
    type Seen = (Vec<Step>, Vec<Option<Phase>>, Vec<ProblemCode>);

    /// A Webex routing message of `kind` about interaction `id`, with `more` members in `data`.
    fn routing(kind: &str, id: &str, more: &str) -> Result<Message, ccwire_codec::DecodeError> {
        let more = if more.is_empty() {
            String::new()
        } else {
            format!(",{more}")
        };
        ccwire_codec::decode(&format!(
            r#"{{"type":"RoutingMessage","orgId":"o","data":{{"type":"{kind}",
              "eventType":"RoutingMessage","interactionId":"{id}","orgId":"o"{more}}}}}"#
        ))
    }

    /// Feeds `steps` (kind, extra members) for interaction `id`; returns the steps, phases and
    /// problem codes seen.
    fn run(
        tracker: &mut Tracker,
        id: &str,
        steps: &[(&str, &str)],
    ) -> Result<Seen, Box<dyn std::error::Error>> {
        let (mut seen, mut phases, mut problems) = (Vec::new(), Vec::new(), Vec::new());
        for (kind, more) in steps {
            let observed = tracker.observe(&routing(kind, id, more)?);
            for e in observed.events {
                seen.push(e.step);
                phases.push(e.phase);
            }
            problems.extend(observed.problems.into_iter().map(|p| p.code));
        }
        Ok((seen, phases, problems))
    }

    #[test]
    fn the_documented_flow_from_offer_to_wrap_up_has_no_problem() -> TestResult {
        let mut tracker = Tracker::new();
        let (steps, phases, problems) = run(
            &mut tracker,
            "i1",
            &[
                ("AgentOfferContact", r#""agentId":"a1","eventTime":1"#),
                ("AgentContactAssigned", r#""eventTime":2"#),
                ("AgentContactHeld", ""),
                ("AgentContactUnheld", ""),
                ("ContactRecordingPaused", ""),
                ("ContactRecordingResumed", ""),
                ("ContactEnded", ""),
                ("AgentWrapup", ""),
                ("AgentWrappedUp", ""),
            ],
        )?;
        assert_eq!(
            steps,
            [
                Step::Offered,
                Step::Accepted,
                Step::Held,
                Step::Resumed,
                Step::RecordingPaused,
                Step::RecordingResumed,
                Step::Ended,
                Step::WrapUpStarted,
                Step::WrappedUp
            ]
        );
        assert_eq!(phases.last(), Some(&Some(Phase::Ended)));
        assert!(problems.is_empty(), "{problems:?}");
        assert!(tracker.finish().is_empty());
        Ok(())
    }

    #[test]
    fn a_hold_before_the_contact_is_accepted_is_not_allowed() -> TestResult {
        let mut tracker = Tracker::new();
        let (_, _, problems) = run(
            &mut tracker,
            "i1",
            &[("AgentOfferContact", ""), ("AgentContactHeld", "")],
        )?;
        assert_eq!(problems, [ProblemCode::NotAllowed]);
        Ok(())
    }

    #[test]
    fn wrapped_up_before_the_end_is_not_allowed() -> TestResult {
        let mut tracker = Tracker::new();
        let (_, _, problems) = run(
            &mut tracker,
            "i1",
            &[
                ("AgentOfferContact", ""),
                ("AgentContactAssigned", ""),
                ("AgentWrappedUp", ""),
            ],
        )?;
        assert_eq!(problems, [ProblemCode::NotAllowed]);
        Ok(())
    }

    #[test]
    fn an_event_after_the_wrap_up_is_after_the_end() -> TestResult {
        let mut tracker = Tracker::new();
        let (_, _, problems) = run(
            &mut tracker,
            "i1",
            &[
                ("AgentOfferContact", ""),
                ("AgentContactAssigned", ""),
                ("ContactEnded", ""),
                ("AgentWrappedUp", ""),
                ("AgentContactHeld", ""),
            ],
        )?;
        assert_eq!(problems, [ProblemCode::AfterEnd]);
        Ok(())
    }

    #[test]
    fn time_going_backwards_is_reported() -> TestResult {
        let mut tracker = Tracker::new();
        let (_, _, problems) = run(
            &mut tracker,
            "i1",
            &[
                ("AgentOfferContact", r#""eventTime":2000"#),
                ("AgentContactAssigned", r#""eventTime":1000"#),
            ],
        )?;
        assert_eq!(problems, [ProblemCode::TimeBackwards]);
        Ok(())
    }

    #[test]
    fn a_capture_that_starts_mid_contact_takes_the_phase_the_message_states() -> TestResult {
        let mut tracker = Tracker::new();
        let (_, _, problems) = run(
            &mut tracker,
            "i1",
            &[(
                "ContactAniUpdated",
                r#""interaction":{"interactionId":"i1","orgId":"o","state":"consulting"}"#,
            )],
        )?;
        assert_eq!(problems, [ProblemCode::UnseenInteraction]);
        assert_eq!(tracker.phase("i1"), Some(Phase::Consulting));
        let open = tracker.finish();
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].code, ProblemCode::OpenAtEnd);
        assert_eq!(open[0].severity, Severity::Warning);
        Ok(())
    }

    #[test]
    fn a_consult_that_ends_with_the_customer_on_hold_leaves_the_contact_held() -> TestResult {
        let mut tracker = Tracker::new();
        let held = r#""interaction":{"interactionId":"i1","orgId":"o","state":"connected",
            "media":{"m1":{"mediaResourceId":"m1","mType":"mainCall","isHold":true}}}"#;
        let (_, phases, problems) = run(
            &mut tracker,
            "i1",
            &[
                ("AgentOfferContact", ""),
                ("AgentContactAssigned", ""),
                ("AgentConsultCreated", ""),
                ("AgentConsultEnded", held),
                ("AgentContactUnheld", ""),
            ],
        )?;
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(phases[3], Some(Phase::Held));
        assert_eq!(phases[4], Some(Phase::Connected));
        Ok(())
    }

    #[test]
    fn a_failure_carries_its_reason_and_leaves_the_phase() -> TestResult {
        let mut tracker = Tracker::new();
        run(
            &mut tracker,
            "i1",
            &[("AgentOfferContact", ""), ("AgentContactAssigned", "")],
        )?;
        let seen = tracker.observe(&routing(
            "AgentContactHoldFailed",
            "i1",
            r#""reason":"MEDIA_BUSY","reasonCode":1"#,
        )?);
        assert_eq!(seen.events[0].step, Step::Failed);
        assert_eq!(seen.events[0].reason.as_deref(), Some("MEDIA_BUSY"));
        assert_eq!(tracker.phase("i1"), Some(Phase::Connected));
        Ok(())
    }

    #[test]
    fn ended_interactions_beyond_the_window_are_released() -> TestResult {
        let mut tracker = Tracker::with_window(2);
        for i in 0..5 {
            let id = format!("i{i}");
            run(
                &mut tracker,
                &id,
                &[
                    ("AgentOfferContact", ""),
                    ("AgentContactAssigned", ""),
                    ("ContactEnded", ""),
                    ("AgentWrappedUp", ""),
                ],
            )?;
        }
        assert_eq!(tracker.interactions(), 2);
        assert_eq!(tracker.phase("i4"), Some(Phase::Ended));
        assert_eq!(tracker.phase("i0"), None);
        Ok(())
    }

    #[test]
    fn every_row_names_a_registered_kind_once_and_cites_or_is_assumed() {
        let rows = transitions();
        for (i, row) in rows.iter().enumerate() {
            assert!(
                ccwire_codec::kind(row.kind).is_some(),
                "{} is not a registered kind",
                row.kind
            );
            assert!(
                rows[..i].iter().all(|r| r.kind != row.kind),
                "{} twice",
                row.kind
            );
            let cites_a_line = row
                .cites
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| {
                    w.len() > 1 && w.starts_with('L') && w[1..].bytes().all(|b| b.is_ascii_digit())
                });
            assert!(cites_a_line || row.assumed, "{} cites no line", row.kind);
        }
        // Every Webex routing kind has its row.
        let routing = ccwire_codec::kinds()
            .iter()
            .filter(|k| k.kind.starts_with("webex.routing."))
            .count();
        let rows_routing = rows
            .iter()
            .filter(|r| r.kind.starts_with("webex.routing."))
            .count();
        assert_eq!(routing, rows_routing);
    }
}

#[cfg(all(test, feature = "genesys"))]
mod genesys_tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// A Service Client `interaction` notification of `event_type` for interaction `id`, whose
    /// `state` is `state`.
    fn notification(
        event_type: &str,
        id: &str,
        state: &str,
    ) -> Result<Message, ccwire_codec::DecodeError> {
        ccwire_codec::decode(&format!(
            r#"{{"event":"interaction","data":{{"eventType":"{event_type}","media":"voice",
              "interaction":{{"interactionId":"{id}","state":"{state}"}}}}}}"#
        ))
    }

    #[test]
    fn the_documented_voice_flow_has_no_problem() -> TestResult {
        let mut tracker = Tracker::new();
        let mut steps = Vec::new();
        for (event_type, state) in [
            ("ADDED", "RINGING"),
            ("RINGING", "RINGING"),
            ("ESTABLISHED", "TALKING"),
            ("HELD", "HELD"),
            ("ESTABLISHED", "TALKING"),
            ("RELEASED", "IDLE"),
            ("MARKDONE_APPLIED", "IDLE"),
            ("REMOVED", "IDLE"),
        ] {
            let seen = tracker.observe(&notification(event_type, "1", state)?);
            assert!(
                seen.problems.is_empty(),
                "{event_type}: {:?}",
                seen.problems
            );
            steps.extend(seen.events.into_iter().map(|e| e.step));
        }
        assert_eq!(
            steps,
            [
                Step::Opened,
                Step::Offered,
                Step::Accepted,
                Step::Held,
                Step::Accepted,
                Step::Ended,
                Step::WrappedUp,
                Step::Closed
            ]
        );
        assert_eq!(tracker.phase("1"), Some(Phase::Ended));
        assert!(tracker.finish().is_empty());
        Ok(())
    }

    #[test]
    fn an_interaction_first_seen_mid_call_starts_in_its_stated_phase() -> TestResult {
        let mut tracker = Tracker::new();
        let seen = tracker.observe(&notification("ATTACHED_DATA_CHANGED", "7", "HELD")?);
        assert_eq!(seen.problems.len(), 1);
        assert_eq!(seen.problems[0].code, ProblemCode::UnseenInteraction);
        assert_eq!(tracker.phase("7"), Some(Phase::Held));
        Ok(())
    }

    #[test]
    fn a_failure_names_the_event_type_as_its_reason() -> TestResult {
        let mut tracker = Tracker::new();
        let seen = tracker.observe(&notification("IN_QUEUE_FAILED", "2", "TALKING")?);
        assert_eq!(seen.events[0].step, Step::Failed);
        assert_eq!(seen.events[0].reason.as_deref(), Some("IN_QUEUE_FAILED"));
        Ok(())
    }

    #[test]
    fn every_service_client_interaction_kind_has_its_row() {
        let rows = transitions();
        let kinds: Vec<_> = ccwire_codec::kinds()
            .iter()
            .filter(|k| k.kind.starts_with("genesys.serviceClient.Interaction") && k.detectable)
            .map(|k| k.kind)
            .collect();
        assert!(!kinds.is_empty());
        for kind in kinds {
            assert!(rows.iter().any(|r| r.kind == kind), "{kind} has no row");
        }
    }
}

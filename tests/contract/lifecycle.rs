//! The lifecycle tracker against the documented flows and its rule table: each sequence capture
//! (`fixtures/sequences/`) replays to its snapshot with exactly the problems it was built to
//! show; every rule that forbids something has a capture that breaks it; random legal walks of
//! the Webex lifecycle show no problem, and random mutations of them are reported exactly as the
//! rule table says.

use std::fmt::Write as _;

use ccwire_lifecycle::{
    LifecycleEvent, Phase, Problem, ProblemCode, Severity, Step, Tracker, Transition, rules,
    transitions,
};
use libtest_mimic::{Failed, Trial};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde::Deserialize;

use crate::fail;

/// How many random walks (and mutated walks) each property tries.
const CASES: u32 = 2000;

pub(crate) fn trials() -> Vec<Trial> {
    let mut trials = vec![
        Trial::test(
            "lifecycle::every_rule_that_forbids_is_broken_by_a_capture_and_reported",
            every_rule_that_forbids_is_broken_by_a_capture_and_reported,
        ),
        Trial::test(
            "lifecycle::every_row_that_forbids_reports_exactly_the_phases_it_does_not_name",
            every_row_that_forbids_reports_exactly_the_phases_it_does_not_name,
        ),
        Trial::test(
            "lifecycle::every_event_and_problem_of_the_sequences_matches_its_schema",
            every_event_and_problem_of_the_sequences_matches_its_schema,
        ),
        Trial::test(
            "lifecycle::random_legal_walks_show_no_problem",
            random_legal_walks_show_no_problem,
        ),
        Trial::test(
            "lifecycle::random_mutations_are_reported_as_the_rule_table_says",
            random_mutations_are_reported_as_the_rule_table_says,
        ),
    ];
    match sequences() {
        Ok(entries) => {
            for entry in entries {
                let name = format!(
                    "lifecycle::sequence::{}::replays_to_its_snapshot",
                    entry.path
                );
                trials.push(Trial::test(name, move || replays_to_its_snapshot(&entry)));
            }
        }
        Err(e) => trials.push(Trial::test(
            "lifecycle::sequences_manifest_reads",
            move || Err(fail(e.clone())),
        )),
    }
    trials
}

/// `fixtures/sequences/manifest.json`.
#[derive(Deserialize)]
struct SequenceManifest {
    sequences: Vec<SequenceEntry>,
}

/// One capture of the sequence manifest.
#[derive(Deserialize, Clone)]
struct SequenceEntry {
    path: String,
    sequence: SequenceSource,
}

#[derive(Deserialize, Clone)]
struct SequenceSource {
    vendor: String,
    flow: String,
    cites: String,
    expect: Vec<String>,
    lines: Vec<serde_json::Value>,
}

fn sequences() -> Result<Vec<SequenceEntry>, String> {
    let manifest: SequenceManifest = ccwire_contract_tests::read_json(
        &ccwire_contract_tests::fixtures_dir().join("sequences/manifest.json"),
    )?;
    Ok(manifest.sequences)
}

/// A problem as the rule table names it (`after-end`).
fn code_name(code: ProblemCode) -> Result<String, Failed> {
    serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .ok_or_else(|| fail(format!("{code:?} has no name")))
}

/// A replayed capture: its timeline text, its events, and its problems in order (the open
/// interactions at the end last).
struct Replayed {
    timeline: String,
    events: Vec<LifecycleEvent>,
    problems: Vec<Problem>,
}

/// Replays a capture.
fn replay(text: &str) -> Result<Replayed, Failed> {
    let mut tracker = Tracker::new();
    let mut timeline = String::new();
    let mut events = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let message = ccwire_codec::decode(line)
            .map_err(|e| fail(format!("line {}: does not decode: {e}", n + 1)))?;
        let seen = tracker.observe(&message);
        if seen.events.is_empty() {
            return Err(fail(format!(
                "line {}: {} is no step",
                n + 1,
                message.kind()
            )));
        }
        for e in &seen.events {
            let _ = writeln!(
                timeline,
                "{:>2} {:<40} {:<16} {:<12} {:<8} {:<14} {}",
                n + 1,
                e.interaction_id.as_deref().unwrap_or("-"),
                format!("{:?}", e.step),
                e.phase.map_or_else(|| "-".to_owned(), |p| format!("{p:?}")),
                e.agent_id.as_deref().unwrap_or("-"),
                e.time.map_or_else(|| "-".to_owned(), |t| t.to_string()),
                e.source_kind
            );
        }
        for p in &seen.problems {
            let _ = writeln!(
                timeline,
                "{:>2} problem {:?} {:?} {} in {:?}",
                n + 1,
                p.severity,
                p.code,
                p.interaction_id,
                p.phase
            );
        }
        problems.extend(seen.problems);
        events.extend(seen.events);
    }
    for p in tracker.finish() {
        let _ = writeln!(
            timeline,
            "end problem {:?} {:?} {} in {:?}",
            p.severity, p.code, p.interaction_id, p.phase
        );
        problems.push(p);
    }
    Ok(Replayed {
        timeline,
        events,
        problems,
    })
}

fn replays_to_its_snapshot(entry: &SequenceEntry) -> Result<(), Failed> {
    let path = ccwire_contract_tests::fixtures_dir().join(&entry.path);
    let text = std::fs::read_to_string(&path).map_err(|e| fail(format!("{}: {e}", entry.path)))?;
    if text.lines().count() != entry.sequence.lines.len() {
        return Err(fail(format!(
            "{}: {} lines, the manifest records {}",
            entry.path,
            text.lines().count(),
            entry.sequence.lines.len()
        )));
    }
    let Replayed {
        timeline, problems, ..
    } = replay(&text)?;
    let codes = problems
        .iter()
        .map(|p| code_name(p.code))
        .collect::<Result<Vec<_>, _>>()?;
    if codes != entry.sequence.expect {
        return Err(fail(format!(
            "{}: problems {codes:?}, built to show {:?}\n{timeline}",
            entry.path, entry.sequence.expect
        )));
    }
    let name = format!(
        "lifecycle__{}",
        entry.path.trim_end_matches(".ndjson").replace('/', "__")
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_info(&serde_json::json!({
        "vendor": entry.sequence.vendor,
        "flow": entry.sequence.flow,
        "cites": entry.sequence.cites,
    }));
    settings.bind(|| insta::assert_snapshot!(name, timeline));
    Ok(())
}

fn every_rule_that_forbids_is_broken_by_a_capture_and_reported() -> Result<(), Failed> {
    let entries = sequences().map_err(fail)?;
    for rule in rules() {
        let code = code_name(rule.code)?;
        let Some(capture) = entries.iter().find(|e| e.sequence.expect.contains(&code)) else {
            return Err(fail(format!(
                "no capture in fixtures/sequences breaks {code}"
            )));
        };
        // The capture's own case checks that replaying it reports exactly what it was built to
        // show; here, that the reported problem has the rule's severity.
        let text =
            std::fs::read_to_string(ccwire_contract_tests::fixtures_dir().join(&capture.path))
                .map_err(|e| fail(e.to_string()))?;
        let problems = replay(&text)?.problems;
        let Some(found) = problems.iter().find(|p| p.code == rule.code) else {
            return Err(fail(format!("{}: does not report {code}", capture.path)));
        };
        if found.severity != rule.severity {
            return Err(fail(format!(
                "{}: {code} reported as {:?}, the rule table says {:?}",
                capture.path, found.severity, rule.severity
            )));
        }
        if rule.cites.is_empty() || rule.says.is_empty() {
            return Err(fail(format!("rule {code} has no citation or wording")));
        }
    }
    Ok(())
}

fn every_event_and_problem_of_the_sequences_matches_its_schema() -> Result<(), Failed> {
    let (mut events, mut problems) = (0, 0);
    for entry in sequences().map_err(fail)? {
        let text = std::fs::read_to_string(ccwire_contract_tests::fixtures_dir().join(&entry.path))
            .map_err(|e| fail(e.to_string()))?;
        let replayed = replay(&text)?;
        for e in &replayed.events {
            crate::schemas::check("lifecycle/LifecycleEvent.json", &to_value(e)?)?;
            events += 1;
        }
        for p in &replayed.problems {
            crate::schemas::check("lifecycle/Problem.json", &to_value(p)?)?;
            problems += 1;
        }
    }
    // And the schemas do reject: a step that is no step.
    let mut wrong = serde_json::json!({"step": "teleported", "vendor": "webex", "sourceKind": "x"});
    if crate::schemas::check("lifecycle/LifecycleEvent.json", &wrong).is_ok() {
        return Err(fail("the event schema accepts an unknown step"));
    }
    wrong["step"] = serde_json::json!("held");
    crate::schemas::check("lifecycle/LifecycleEvent.json", &wrong)?;
    if events == 0 || problems == 0 {
        return Err(fail(format!(
            "{events} events and {problems} problems checked"
        )));
    }
    Ok(())
}

fn to_value(v: &impl serde::Serialize) -> Result<serde_json::Value, Failed> {
    serde_json::to_value(v).map_err(|e| fail(e.to_string()))
}

// ---------------------------------------------------------------------------------------------
// Generated captures of the Webex lifecycle.

/// A minimal Webex routing message of `kind` (`webex.routing.X`) about `id` at `time`.
fn routing(kind: &str, id: &str, time: i64) -> Result<ccwire_codec::Message, Failed> {
    let name = kind
        .strip_prefix("webex.routing.")
        .ok_or_else(|| fail(format!("{kind} is not a routing kind")))?;
    ccwire_codec::decode(&format!(
        r#"{{"type":"RoutingMessage","orgId":"o","data":{{"type":"{name}","eventType":"RoutingMessage","interactionId":"{id}","orgId":"o","agentId":"a","eventTime":{time}}}}}"#
    ))
    .map_err(|e| fail(format!("{kind}: {e}")))
}

/// The Webex rows that move an interaction (routing kinds).
fn webex_rows() -> Vec<Transition> {
    transitions()
        .into_iter()
        .filter(|t| t.kind.starts_with("webex.routing."))
        .collect()
}

/// A legal way into each phase from the offer, by the table's rows.
fn route_to(phase: Phase) -> &'static [&'static str] {
    const OFFER: &str = "webex.routing.AgentOfferContact";
    const ASSIGNED: &str = "webex.routing.AgentContactAssigned";
    const CREATED: &str = "webex.routing.AgentConsultCreated";
    match phase {
        Phase::Offered => &[OFFER],
        Phase::Connected => &[OFFER, ASSIGNED],
        Phase::Held => &[OFFER, ASSIGNED, "webex.routing.AgentContactHeld"],
        Phase::Consulting => &[OFFER, ASSIGNED, CREATED],
        Phase::Conferenced => &[
            OFFER,
            ASSIGNED,
            CREATED,
            "webex.routing.AgentConsultConferenced",
        ],
        Phase::WrapUp => &[OFFER, ASSIGNED, "webex.routing.ContactEnded"],
        _ => &[
            OFFER,
            ASSIGNED,
            "webex.routing.ContactEnded",
            "webex.routing.AgentWrappedUp",
        ],
    }
}

/// Every phase but the end (after the end, any message is `after-end`, not `not-allowed`).
const LIVE: [Phase; 6] = [
    Phase::Offered,
    Phase::Connected,
    Phase::Held,
    Phase::Consulting,
    Phase::Conferenced,
    Phase::WrapUp,
];

fn every_row_that_forbids_reports_exactly_the_phases_it_does_not_name() -> Result<(), Failed> {
    let forbidding: Vec<Transition> = transitions()
        .into_iter()
        .filter(|t| !t.from.is_empty())
        .collect();
    if forbidding.is_empty() {
        return Err(fail("no row forbids anything"));
    }
    let mut broken = 0;
    for row in &forbidding {
        if !row.kind.starts_with("webex.routing.") {
            return Err(fail(format!(
                "{}: no capture builder for this vendor's rows",
                row.kind
            )));
        }
        for phase in LIVE {
            let mut tracker = Tracker::new();
            let mut time = 0;
            for kind in route_to(phase) {
                time += 1;
                let seen = tracker.observe(&routing(kind, "i", time)?);
                if !seen.problems.is_empty() {
                    return Err(fail(format!(
                        "the route to {phase:?} is not legal: {:?}",
                        seen.problems
                    )));
                }
            }
            if tracker.phase("i") != Some(phase) {
                return Err(fail(format!("the route to {phase:?} ends elsewhere")));
            }
            let seen = tracker.observe(&routing(row.kind, "i", time + 1)?);
            let not_allowed: Vec<&Problem> = seen
                .problems
                .iter()
                .filter(|p| p.code == ProblemCode::NotAllowed)
                .collect();
            let forbidden = !row.from.contains(&phase);
            match (forbidden, not_allowed.as_slice()) {
                (true, [p]) if p.cites.as_deref() == Some(row.cites) => broken += 1,
                (false, []) => {}
                _ => {
                    return Err(fail(format!(
                        "{} from {phase:?}: the row allows {:?}, reported {:?}",
                        row.kind, row.from, seen.problems
                    )));
                }
            }
        }
    }
    if broken == 0 {
        return Err(fail("no generated capture broke a row"));
    }
    println!(
        "{} rows that forbid, each tried from {} phases: {broken} captures broke a row, each reported with its citation",
        forbidding.len(),
        LIVE.len()
    );
    Ok(())
}

/// One message of a walk: its row and its time.
#[derive(Debug, Clone)]
struct Move {
    row: Transition,
    time: i64,
}

/// A legal walk of the Webex table from the offer, steered by `choices`: at each step one of
/// the rows allowed from the current phase; it stops at the end.
fn walk(choices: &[u16]) -> Vec<Move> {
    let rows = webex_rows();
    let offer = rows
        .iter()
        .find(|t| t.kind == "webex.routing.AgentOfferContact")
        .copied();
    let Some(offer) = offer else {
        return Vec::new();
    };
    let mut phase = Phase::Offered;
    let mut moves = vec![Move {
        row: offer,
        time: 1000,
    }];
    for (i, &c) in choices.iter().enumerate() {
        if phase == Phase::Ended {
            break;
        }
        let allowed: Vec<&Transition> = rows
            .iter()
            .filter(|t| t.from.is_empty() || t.from.contains(&phase))
            .collect();
        let Some(row) = allowed.get(usize::from(c) % allowed.len().max(1)) else {
            break;
        };
        if let Some(to) = row.to {
            phase = to;
        }
        moves.push(Move {
            row: **row,
            time: 1000 + 1000 * (i64::try_from(i).unwrap_or(0) + 1),
        });
    }
    moves
}

/// What the rule table says a stream of moves of one interaction shows, in order: the first
/// message starts the interaction (`unseen-interaction` unless it is an offer or an opening) in
/// the phase its row leads to; then each message is `time-backwards` if earlier than the one
/// before, `after-end` if the interaction has ended (and moves nothing), else `not-allowed` if
/// its row names phases and not the current one, and moves to the phase its row leads to; an
/// interaction not ended at the end is `open-at-end`.
fn expected(moves: &[Move]) -> Vec<ProblemCode> {
    let mut out = Vec::new();
    let mut phase: Option<Phase> = None;
    let mut last = None;
    for m in moves {
        let Some(current) = phase else {
            if !matches!(m.row.step, Step::Offered | Step::Opened) {
                out.push(ProblemCode::UnseenInteraction);
            }
            phase = Some(m.row.to.unwrap_or(Phase::Connected));
            last = Some(m.time);
            continue;
        };
        if last.is_some_and(|l| m.time < l) {
            out.push(ProblemCode::TimeBackwards);
        }
        last = Some(m.time);
        if current == Phase::Ended {
            out.push(ProblemCode::AfterEnd);
            continue;
        }
        if !m.row.from.is_empty() && !m.row.from.contains(&current) {
            out.push(ProblemCode::NotAllowed);
        }
        if let Some(to) = m.row.to {
            phase = Some(to);
        }
    }
    if phase.is_some_and(|p| p != Phase::Ended) {
        out.push(ProblemCode::OpenAtEnd);
    }
    out
}

/// What the tracker reports for `moves`, with each problem's severity.
fn reported(moves: &[Move]) -> Result<Vec<(ProblemCode, Severity)>, TestCaseError> {
    let mut tracker = Tracker::new();
    let mut out = Vec::new();
    for m in moves {
        let message = routing(m.row.kind, "walk", m.time)
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let seen = tracker.observe(&message);
        prop_assert_eq!(seen.events.len(), 1, "one event per step: {:?}", m.row.kind);
        out.extend(seen.problems.iter().map(|p| (p.code, p.severity)));
    }
    out.extend(tracker.finish().iter().map(|p| (p.code, p.severity)));
    Ok(out)
}

fn run<S: Strategy>(
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> Result<(), Failed> {
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    runner.run(&strategy, test).map_err(|e| fail(e.to_string()))
}

fn random_legal_walks_show_no_problem() -> Result<(), Failed> {
    run(proptest::collection::vec(any::<u16>(), 0..40), |choices| {
        let mut moves = walk(&choices);
        prop_assert!(!moves.is_empty());
        let last = moves.last().map_or(0, |m| m.time);
        // Closed the documented way unless the walk ended it: ended, then wrapped up.
        let ended = moves.last().is_some_and(|m| m.row.to == Some(Phase::Ended));
        if !ended {
            for (i, kind) in ["webex.routing.ContactEnded", "webex.routing.AgentWrappedUp"]
                .into_iter()
                .enumerate()
            {
                if let Some(row) = webex_rows().into_iter().find(|t| t.kind == kind) {
                    moves.push(Move {
                        row,
                        time: last + 1 + i64::try_from(i).unwrap_or(0),
                    });
                }
            }
        }
        let problems = reported(&moves)?;
        prop_assert!(problems.is_empty(), "{:?}: {:?}", moves, problems);
        Ok(())
    })
}

/// A change to a legal walk.
#[derive(Debug, Clone)]
enum Mutation {
    /// Drop message `i`.
    Drop(usize),
    /// Swap messages `i` and `j` (keeping the times in place).
    Swap(usize, usize),
    /// Send message `i` twice.
    Duplicate(usize),
    /// Give message `i` a time `d` ms before the message before it.
    Earlier(usize, i64),
}

fn mutate(mut moves: Vec<Move>, mutation: &Mutation) -> Vec<Move> {
    let n = moves.len().max(1);
    match *mutation {
        Mutation::Drop(i) => {
            moves.remove(i % n);
        }
        Mutation::Swap(i, j) => {
            let (i, j) = (i % n, j % n);
            let (ri, rj) = (moves[i].row, moves[j].row);
            moves[i].row = rj;
            moves[j].row = ri;
        }
        Mutation::Duplicate(i) => {
            let m = moves[i % n].clone();
            moves.insert(i % n + 1, m);
        }
        Mutation::Earlier(i, d) => {
            let i = i % n;
            let before = if i == 0 { 0 } else { moves[i - 1].time };
            moves[i].time = before - d;
        }
    }
    moves
}

fn random_mutations_are_reported_as_the_rule_table_says() -> Result<(), Failed> {
    let mutation = prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Mutation::Swap(i, j)),
        any::<usize>().prop_map(Mutation::Duplicate),
        (any::<usize>(), 1..100_000i64).prop_map(|(i, d)| Mutation::Earlier(i, d)),
    ];
    run(
        (proptest::collection::vec(any::<u16>(), 1..40), mutation),
        |(choices, mutation)| {
            let moves = mutate(walk(&choices), &mutation);
            let got = reported(&moves)?;
            let codes: Vec<ProblemCode> = got.iter().map(|(c, _)| *c).collect();
            let want = expected(&moves);
            prop_assert_eq!(&codes, &want, "{:?} after {:?}", moves, mutation);
            // Each with the severity of its rule.
            for (code, severity) in &got {
                let rule = rules().iter().find(|r| r.code == *code);
                prop_assert_eq!(rule.map(|r| r.severity), Some(*severity), "{:?}", code);
            }
            Ok(())
        },
    )
}

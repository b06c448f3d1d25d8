//! `ccwire replay`: contacts and agents through a capture, with the lifecycle problems it shows.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use ccwire_lifecycle::{LifecycleEvent, Phase, Problem, Severity, Step, Tracker};

use crate::input::{self, Item};
use crate::output::{self, Output, OutputError};
use crate::{CliError, Failure, Format, Status};

/// One line of an interaction's timeline: where the message was, and what the event says. Held
/// compactly (a timeline lives as long as its interaction is open, and a capture may hold a
/// great many open at once): the source and kind names are shared, the rest inline.
struct Entry {
    source: Rc<str>,
    line: usize,
    step: Step,
    phase: Option<Phase>,
    time: Option<i64>,
    agent: Option<Box<str>>,
    kind: Rc<str>,
    /// The failure reason or the agent's new state.
    detail: Option<Box<str>>,
}

/// Shared copies of the texts that repeat across entries (source names, kind names).
#[derive(Default)]
struct Names(HashSet<Rc<str>>);

impl Names {
    fn get(&mut self, name: &str) -> Rc<str> {
        if let Some(shared) = self.0.get(name) {
            return Rc::clone(shared);
        }
        let shared: Rc<str> = Rc::from(name);
        self.0.insert(Rc::clone(&shared));
        shared
    }
}

/// The events of one interaction (or agent) kept for its timeline: the first
/// [`MAX_TIMELINE_ENTRIES`], and how many more there were.
#[derive(Default)]
struct Timeline {
    entries: Vec<Entry>,
    more: usize,
}

/// Events kept per timeline (an interaction that never ends, an agent's state changes over a
/// long capture); the rest are counted.
const MAX_TIMELINE_ENTRIES: usize = 1000;
/// Problems kept for the report at the end; the rest are counted.
const MAX_PROBLEMS: usize = 10_000;

/// The problems of a replay: the first [`MAX_PROBLEMS`], and how many more.
#[derive(Default)]
struct Problems {
    kept: Vec<(String, Problem)>,
    more: usize,
}

impl Problems {
    fn push(&mut self, at: String, problem: Problem, counts: &mut Counts) {
        match problem.severity {
            Severity::Error => counts.errors += 1,
            _ => counts.warnings += 1,
        }
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push((at, problem));
        } else {
            self.more += 1;
        }
    }
}

/// What a replay counted.
#[derive(Default)]
struct Counts {
    messages: usize,
    undecoded: usize,
    events: usize,
    errors: usize,
    warnings: usize,
    /// Problems counted beyond [`MAX_PROBLEMS`].
    problems_not_shown: usize,
}

/// How `replay` reads and writes.
pub(crate) struct Options<'a> {
    pub(crate) format: Format,
    pub(crate) follow: bool,
    /// Decode every message as this kind (a payload, which is no lifecycle step).
    pub(crate) kind: Option<&'a str>,
}

/// Replays `paths` (files, directories or `-`): prints each interaction's timeline when it
/// ends (and the open ones at the end), then every problem with its `source:line`. Memory is
/// bounded by the interactions open at once: an ended interaction's timeline is printed and
/// dropped, each timeline keeps at most [`MAX_TIMELINE_ENTRIES`] events and the report at most
/// [`MAX_PROBLEMS`] problems (the rest are counted).
pub(crate) fn replay(
    paths: &[PathBuf],
    options: &Options<'_>,
    out: &mut Output<'_>,
    err: &mut dyn Write,
    status: &mut Status,
) -> Result<(), Failure> {
    if paths.is_empty() {
        return Err(
            CliError("nothing to replay: give files, directories or `-`".to_owned()).into(),
        );
    }
    let format = options.format;
    let sources = input::sources(paths, None, options.follow)?;
    let mut tracker = Tracker::new();
    let mut timelines: HashMap<Box<str>, Timeline> = HashMap::new();
    let mut names = Names::default();
    let mut problems = Problems::default();
    let mut counts = Counts::default();
    for source in &sources {
        let result = input::for_each_message(source, &mut |item: Item| {
            step(
                &item,
                options,
                &mut tracker,
                &mut timelines,
                &mut names,
                &mut problems,
                &mut counts,
                out,
            )
        });
        match result {
            Ok(()) => {}
            Err(input::Stop::Callback(e)) => return Err(e.into()),
            Err(input::Stop::Input(e)) => {
                status.raise(2);
                let _ = writeln!(
                    err,
                    "ccwire: {}: {}",
                    output::escape(&source.name),
                    output::escape(&e.to_string())
                );
            }
        }
    }
    let open = tracker.finish();
    let mut rest: Vec<_> = timelines.into_iter().collect();
    rest.sort_by(|a, b| a.0.cmp(&b.0));
    for (id, timeline) in &rest {
        write_timeline(out, format, id, timeline)?;
    }
    for p in open {
        problems.push("end of input".to_owned(), p, &mut counts);
    }
    for (at, problem) in &problems.kept {
        write_problem(out, format, at, problem)?;
    }
    counts.problems_not_shown = problems.more;
    if counts.errors > 0 || counts.undecoded > 0 {
        status.raise(1);
    }
    write_summary(out, format, &counts, rest.len())?;
    Ok(())
}

/// One message of the capture.
#[allow(clippy::too_many_arguments)]
fn step(
    item: &Item,
    options: &Options<'_>,
    tracker: &mut Tracker,
    timelines: &mut HashMap<Box<str>, Timeline>,
    names: &mut Names,
    problems: &mut Problems,
    counts: &mut Counts,
    out: &mut Output<'_>,
) -> Result<(), OutputError> {
    counts.messages += 1;
    let format = options.format;
    let at = format!("{}:{}", item.source, item.line);
    let not_decoded = |e: ccwire_codec::DecodeError| {
        let pointer = if e.pointer().is_empty() {
            "the top level"
        } else {
            e.pointer()
        };
        format!("not decoded at {pointer}: {}", e.message())
    };
    let decoded = match (&item.text, options.kind) {
        // A payload named by kind is checked, and is no lifecycle step.
        (Ok(text), Some(kind)) => match ccwire_codec::decode_as(kind, text) {
            Ok(_) => return Ok(()),
            Err(e) => Err(not_decoded(e)),
        },
        (Ok(text), None) => ccwire_codec::decode(text).map_err(not_decoded),
        (Err(unreadable), _) => Err(input::unreadable(unreadable)
            .problems
            .first()
            .map_or_else(|| "not readable".to_owned(), |p| p.message.clone())),
    };
    let message = match decoded {
        Ok(message) => message,
        Err(why) => {
            counts.undecoded += 1;
            return match format {
                Format::Human => writeln!(
                    out,
                    "{}: skipped: {}",
                    output::escape(&at),
                    output::escape(&why)
                ),
                Format::Json => {
                    writeln!(out, "{}", serde_json::json!({ "at": at, "skipped": why }))
                }
            };
        }
    };
    let seen = tracker.observe(&message);
    for p in seen.problems {
        problems.push(at.clone(), p, counts);
    }
    for event in seen.events {
        counts.events += 1;
        if format == Format::Json {
            writeln!(out, "{}", serde_json::json!({ "at": at, "event": event }))?;
            continue;
        }
        let key = match (&event.interaction_id, &event.agent_id) {
            (Some(id), _) => id.clone(),
            (None, Some(agent)) => format!("agent {agent}"),
            (None, None) => "(none)".to_owned(),
        };
        let ended = event.phase == Some(Phase::Ended);
        let timeline = match timelines.get_mut(key.as_str()) {
            Some(timeline) => timeline,
            None => timelines
                .entry(key.clone().into_boxed_str())
                .or_insert_with(|| Timeline {
                    entries: Vec::with_capacity(1),
                    more: 0,
                }),
        };
        if timeline.entries.len() < MAX_TIMELINE_ENTRIES {
            timeline.entries.push(entry(&event, item, names));
        } else {
            timeline.more += 1;
        }
        if ended && let Some(timeline) = timelines.remove(key.as_str()) {
            write_timeline(out, format, &key, &timeline)?;
        }
    }
    Ok(())
}

/// The timeline entry of `event`, from the message at `item`.
fn entry(event: &LifecycleEvent, item: &Item, names: &mut Names) -> Entry {
    Entry {
        source: names.get(&item.source),
        line: item.line,
        step: event.step,
        phase: event.phase,
        time: event.time,
        agent: event.agent_id.as_deref().map(Box::from),
        kind: names.get(&event.source_kind),
        detail: event
            .reason
            .as_deref()
            .or(event.agent_state.as_deref())
            .map(Box::from),
    }
}

fn write_timeline(
    out: &mut Output<'_>,
    format: Format,
    id: &str,
    timeline: &Timeline,
) -> Result<(), OutputError> {
    if format == Format::Json {
        return Ok(());
    }
    writeln!(out, "{}", output::escape(id))?;
    for e in &timeline.entries {
        let time = e.time.map_or_else(|| "-".to_owned(), |t| t.to_string());
        let phase = e.phase.map_or_else(|| "-".to_owned(), |p| json_name(&p));
        let detail = e.detail.as_deref().unwrap_or("");
        writeln!(
            out,
            "  {:<28} {:>13}  {:<17} {:<11} {:<14} {}{}",
            output::escape(&format!("{}:{}", e.source, e.line)),
            time,
            json_name(&e.step),
            phase,
            output::escape(e.agent.as_deref().unwrap_or("-")),
            output::escape(&e.kind),
            if detail.is_empty() {
                String::new()
            } else {
                format!("  {}", output::escape(detail))
            },
        )?;
    }
    if timeline.more > 0 {
        writeln!(out, "  and {} more event(s) not shown", timeline.more)?;
    }
    Ok(())
}

fn write_problem(
    out: &mut Output<'_>,
    format: Format,
    at: &str,
    problem: &Problem,
) -> Result<(), OutputError> {
    if format == Format::Json {
        return writeln!(
            out,
            "{}",
            serde_json::json!({ "at": at, "problem": problem })
        );
    }
    let severity = match problem.severity {
        Severity::Error => "error",
        _ => "warning",
    };
    let phase = problem
        .phase
        .map(|p| format!(" in phase {}", json_name(&p)))
        .unwrap_or_default();
    let kind = problem
        .source_kind
        .as_deref()
        .map(|k| format!(" by {k}"))
        .unwrap_or_default();
    let cites = problem
        .cites
        .as_deref()
        .map(|c| format!(" (rule: {c})"))
        .unwrap_or_default();
    writeln!(
        out,
        "{}: {severity}: {}: interaction {}{}{}{}",
        output::escape(at),
        json_name(&problem.code),
        output::escape(&problem.interaction_id),
        phase,
        output::escape(&kind),
        cites
    )
}

fn write_summary(
    out: &mut Output<'_>,
    format: Format,
    counts: &Counts,
    open_timelines: usize,
) -> Result<(), OutputError> {
    let _ = open_timelines;
    match format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::json!({ "summary": {
                "messages": counts.messages,
                "notDecoded": counts.undecoded,
                "events": counts.events,
                "errors": counts.errors,
                "warnings": counts.warnings,
                "problemsNotShown": counts.problems_not_shown,
            }})
        ),
        Format::Human => writeln!(
            out,
            "{} message(s), {} not decoded, {} lifecycle event(s), {} error(s), {} warning(s){}",
            counts.messages,
            counts.undecoded,
            counts.events,
            counts.errors,
            counts.warnings,
            if counts.problems_not_shown > 0 {
                format!(" ({} problem(s) not shown)", counts.problems_not_shown)
            } else {
                String::new()
            }
        ),
    }
}

/// The JSON name of a lifecycle value (`wrapUpStarted`, `not-allowed`).
fn json_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".to_owned(),
    }
}

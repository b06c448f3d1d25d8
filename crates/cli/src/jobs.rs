//! `validate -j N`: messages validated on `N` threads, their reports written in input order.
//!
//! One thread reads the inputs exactly as a single-threaded run does ([`input::for_each_message`])
//! and hands the messages to `N` workers in batches; each worker validates a batch and renders
//! its reports (in the human and JSON formats); the calling thread writes the batches in the
//! order they were read, as they complete. Messages are batched only while every worker is busy:
//! an idle worker gets the next message at once, so a slow stream (`tail -f … | ccwire validate
//! -`) is reported message by message.
//!
//! What a thread allocates, it frees: the writer hands each written batch back to the worker
//! that validated it, which drops it before taking its next batch, and a worker hands each
//! message's text back to the reader once it has rendered the report, which drops it before
//! reading the next message (a text kept for a format the workers do not render goes back
//! from the writer, once written). (Freed on another thread, the blocks of one thread's
//! allocator arena make the threads wait on each other's allocator locks: with the reports
//! freed by the writer, most of a run's thread switches and about a third more processor time
//! than one thread took for the same stream; with the texts freed by the workers, 9% more time
//! on two threads for the fixture stream, 21% more with `--format json`: BENCHMARKS.md.)
//!
//! Memory stays what one thread takes for the largest message. Each message read and not yet
//! written counts what decoding it may take: its text times [`TYPED_PER_TEXT`], at most the
//! decode's memory budget ([`ccwire_wire::budget::DEFAULT_LIMIT`], which refuses any message
//! that would take more); the reader waits while the messages in flight count more than that
//! budget (one message is always let through). Small messages are validated many at a time; a
//! message that could reach the budget is validated alone, as with one thread.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use ccwire_codec::{Mode, Report};

use crate::Format;
use crate::input::{self, Item, Source, Stop};
use crate::output::{self, Output, OutputError, Progress};

/// What the messages in flight may take at most: the memory budget of one decode, so that
/// several threads never hold more than one decode could.
pub(crate) const IN_FLIGHT_BYTES: usize = ccwire_wire::budget::DEFAULT_LIMIT;
/// How many bytes a decode may take per byte of message text: an upper bound over the shapes
/// whose typed form multiplies their text most (`{}` in an array of structs: three bytes of
/// text with its comma, a struct of 56 bytes and the budget's per-element charge).
const TYPED_PER_TEXT: usize = 32;
/// A batch is handed over at this many messages…
const BATCH_MESSAGES: usize = 256;
/// …or this much text, whichever comes first (or at once when a worker is idle).
const BATCH_BYTES: usize = 1 << 20;

/// A message with its report, and the report already rendered when the output is a format
/// the workers write (human or JSON lines); a message rendered by a worker comes without its
/// text, which nothing after the rendering reads.
pub(crate) struct Done {
    pub(crate) item: Item,
    pub(crate) report: Report,
    pub(crate) rendered: Option<Vec<u8>>,
}

/// What is validated and how: the same for every thread.
pub(crate) struct Plan<'a> {
    pub(crate) sources: &'a [Source],
    /// `--kind`, which takes precedence over a manifest's kinds.
    pub(crate) kind: Option<&'a str>,
    pub(crate) mode: Mode,
    /// The lines format the workers render reports in (`None`: the caller renders).
    pub(crate) render: Option<Format>,
    pub(crate) progress: &'a Progress,
    /// What the messages in flight may take at most ([`IN_FLIGHT_BYTES`]; see [`weight`]).
    pub(crate) read_ahead: usize,
}

impl Plan<'_> {
    /// The report of one message of `source`.
    fn report(&self, source: &Source, item: &Item) -> Report {
        crate::report_for(item, self.kind.or(source.kind.as_deref()), self.mode)
    }

    /// Validates `item` and renders its report (when the workers render). A rendered
    /// message's text goes to `texts`, for the reader to drop: nothing after needs it.
    fn done(&self, source: &Source, mut item: Item, texts: &mut Vec<String>) -> Done {
        let report = self.report(source, &item);
        let rendered = self.render.map(|format| {
            let mut bytes = Vec::new();
            // Writing to a vector cannot fail.
            let _ = output::write_report(&mut Output::new(&mut bytes), format, &item, &report);
            take_text(&mut item, texts);
            bytes
        });
        Done {
            item,
            report,
            rendered,
        }
    }
}

/// Validates every message of `plan` on one thread (the calling one): `each` is given every
/// message in input order, `unreadable` every input that could not be read.
pub(crate) fn run_serial(
    plan: &Plan<'_>,
    each: &mut dyn FnMut(&Done) -> Result<(), OutputError>,
    unreadable: &mut dyn FnMut(&Source, std::io::Error),
) -> Result<(), OutputError> {
    for source in plan.sources {
        let result = input::for_each_message(source, &mut |item: Item| {
            plan.progress.advance(item.bytes);
            let report = plan.report(source, &item);
            each(&Done {
                item,
                report,
                rendered: None,
            })
        });
        match result {
            Ok(()) => {}
            Err(Stop::Callback(e)) => return Err(e),
            Err(Stop::Input(e)) => unreadable(source, e),
        }
    }
    Ok(())
}

/// [`run_serial`] on `jobs` worker threads, with the same calls of `each` and `unreadable` in
/// the same order, made on the calling thread. Returns the most message text that was held
/// at once (read, not yet written).
pub(crate) fn run_parallel(
    plan: &Plan<'_>,
    jobs: usize,
    each: &mut dyn FnMut(&Done) -> Result<(), OutputError>,
    unreadable: &mut dyn FnMut(&Source, std::io::Error),
) -> Result<usize, OutputError> {
    let gate = Gate {
        limit: plan.read_ahead,
        ..Gate::default()
    };
    let idle = AtomicUsize::new(0);
    // Unbounded: what the channel holds is bounded by the gate.
    let (batch_tx, batch_rx) = mpsc::channel::<Batch<'_>>();
    let batch_rx = Mutex::new(batch_rx);
    let (event_tx, event_rx) = mpsc::channel::<(u64, Event<'_>)>();
    // Each worker's written batches, back to it (bounded as the batches were: by the gate).
    let (written_tx, written_rx): (Vec<_>, Vec<_>) =
        (0..jobs).map(|_| mpsc::channel::<Vec<Done>>()).unzip();
    // Messages' texts, back to the reader once rendered or written (bounded by the gate,
    // which counts them until their batch is written).
    let (texts_tx, texts_rx) = mpsc::channel::<Vec<String>>();
    // Renderings show secure values in the workers when they do here (`--reveal-secure`).
    let reveal = ccwire_wire::secret::revealing();
    std::thread::scope(|scope| {
        for (worker, written) in written_rx.into_iter().enumerate() {
            let event_tx = event_tx.clone();
            let texts_tx = texts_tx.clone();
            let (batch_rx, idle) = (&batch_rx, &idle);
            scope.spawn(move || {
                let work = || loop {
                    // What this worker allocated and the writer has written is dropped here.
                    while written.try_recv().is_ok() {}
                    idle.fetch_add(1, Ordering::SeqCst);
                    let next = batch_rx
                        .lock()
                        .map_err(drop)
                        .and_then(|rx| rx.recv().map_err(drop));
                    idle.fetch_sub(1, Ordering::SeqCst);
                    let Ok((seq, source, items, weight)) = next else {
                        return;
                    };
                    let mut texts = Vec::new();
                    let done = items
                        .into_iter()
                        .map(|item| plan.done(source, item, &mut texts))
                        .collect();
                    if !texts.is_empty() {
                        let _ = texts_tx.send(texts);
                    }
                    if event_tx
                        .send((seq, Event::Batch(done, weight, worker)))
                        .is_err()
                    {
                        return;
                    }
                };
                if reveal {
                    ccwire_wire::secret::reveal_secure(work);
                } else {
                    work();
                }
            });
        }
        {
            let (gate, idle) = (&gate, &idle);
            scope.spawn(move || read(plan, gate, idle, batch_tx, event_tx, texts_rx));
        }
        let written = write_in_order(&event_rx, &gate, &written_tx, &texts_tx, each, unreadable);
        if written.is_err() {
            gate.stop();
        }
        // Unblocks the reader and the workers if the output stopped early.
        drop(event_rx);
        written
    })?;
    Ok(gate.held.lock().map_or(0, |held| held.peak))
}

/// Moves a message's text (its report and line stay) to `texts`, for the reader to drop; a
/// text already moved is left out.
fn take_text(item: &mut Item, texts: &mut Vec<String>) {
    if let Ok(text) = &mut item.text
        && text.capacity() > 0
    {
        texts.push(std::mem::take(text));
    }
}

/// What the reader and the workers send the writer, numbered in input order.
enum Event<'a> {
    /// A batch of messages, validated, its [`weight`] when read, and the worker that
    /// validated it.
    Batch(Vec<Done>, usize, usize),
    /// An input that could not be read (after the messages read from it).
    Unreadable(&'a Source, std::io::Error),
}

/// A batch of messages of one source, numbered in input order, with its [`weight`].
type Batch<'a> = (u64, &'a Source, Vec<Item>, usize);

/// The reader: every source's messages, in batches, to the workers; the texts rendered or
/// written since (`texts`) are dropped before each message is read. Returning drops both
/// senders, which ends the workers and then the writer (texts sent after that are dropped by
/// their sender).
fn read<'a>(
    plan: &Plan<'a>,
    gate: &Gate,
    idle: &AtomicUsize,
    batches: mpsc::Sender<Batch<'a>>,
    events: mpsc::Sender<(u64, Event<'a>)>,
    texts: mpsc::Receiver<Vec<String>>,
) {
    let mut batcher = Batcher {
        seq: 0,
        batch: Vec::new(),
        text: 0,
        weight: 0,
        batches,
    };
    for source in plan.sources {
        let result = input::for_each_message(source, &mut |item: Item| {
            if gate.stopped() {
                return Err(());
            }
            plan.progress.advance(item.bytes);
            let size = weight(&item, plan.read_ahead);
            if !gate.try_enter(size)? {
                // What the batch holds counts as read ahead: hand it over before waiting.
                batcher.hand_over(source)?;
                gate.enter(size)?;
            }
            batcher.text += item.text.as_ref().map_or(0, String::len);
            batcher.weight += size;
            batcher.batch.push(item);
            if batcher.batch.len() >= BATCH_MESSAGES
                || batcher.text >= BATCH_BYTES
                || idle.load(Ordering::SeqCst) > 0
            {
                batcher.hand_over(source)?;
            }
            // Before the next message is read.
            while texts.try_recv().is_ok() {}
            Ok(())
        });
        let go_on = match result {
            Ok(()) => batcher.hand_over(source),
            Err(Stop::Callback(())) => Err(()),
            Err(Stop::Input(e)) => batcher.hand_over(source).and_then(|()| {
                let seq = batcher.next_seq();
                events
                    .send((seq, Event::Unreadable(source, e)))
                    .map_err(drop)
            }),
        };
        if go_on.is_err() {
            return;
        }
    }
}

/// The messages read but not yet handed to a worker.
struct Batcher<'a> {
    /// The number of the next batch or event.
    seq: u64,
    batch: Vec<Item>,
    /// The message text in `batch`, in bytes (not its [`weight`], which is many times the
    /// text: batches of a sixteenth of [`BATCH_MESSAGES`] cost a hand-over every few
    /// messages).
    text: usize,
    /// The [`weight`] of `batch`, which the gate let in and the writer lets out.
    weight: usize,
    batches: mpsc::Sender<Batch<'a>>,
}

impl<'a> Batcher<'a> {
    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq - 1
    }

    /// Hands the batch (of `source`) to the workers; `Err` when they are gone.
    fn hand_over(&mut self, source: &'a Source) -> Result<(), ()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let items = std::mem::take(&mut self.batch);
        let weight = std::mem::take(&mut self.weight);
        self.text = 0;
        let seq = self.next_seq();
        self.batches
            .send((seq, source, items, weight))
            .map_err(drop)
    }
}

/// What a message may take from the moment it is read to the moment its report is written:
/// what decoding it may take (its text times [`TYPED_PER_TEXT`], at most `limit`), plus its
/// text and bookkeeping.
fn weight(item: &Item, limit: usize) -> usize {
    let text = item.text.as_ref().map_or(0, String::len);
    text.saturating_mul(TYPED_PER_TEXT).min(limit) + text + item.source.len() + size_of::<Item>()
}

/// The writer: events in input order, as they complete; each written batch goes back to its
/// worker (`written`, by worker), to be dropped there, and the texts it still holds to the
/// reader (`texts`).
fn write_in_order(
    events: &mpsc::Receiver<(u64, Event<'_>)>,
    gate: &Gate,
    written: &[mpsc::Sender<Vec<Done>>],
    texts: &mpsc::Sender<Vec<String>>,
    each: &mut dyn FnMut(&Done) -> Result<(), OutputError>,
    unreadable: &mut dyn FnMut(&Source, std::io::Error),
) -> Result<(), OutputError> {
    let mut pending: BTreeMap<u64, Event<'_>> = BTreeMap::new();
    let mut next = 0u64;
    while let Ok((seq, event)) = events.recv() {
        pending.insert(seq, event);
        while let Some(event) = pending.remove(&next) {
            next += 1;
            match event {
                Event::Batch(mut done, size, worker) => {
                    let mut kept = Vec::new();
                    for d in &mut done {
                        each(d)?;
                        // A text kept for a format the workers do not render.
                        take_text(&mut d.item, &mut kept);
                    }
                    // Before the gate lets the next messages in (the reader drops them
                    // before it reads one).
                    if !kept.is_empty() {
                        let _ = texts.send(kept);
                    }
                    gate.leave(size);
                    // A worker that has ended leaves its batch to be dropped here.
                    if let Some(to) = written.get(worker) {
                        let _ = to.send(done);
                    }
                }
                Event::Unreadable(source, e) => unreadable(source, e),
            }
        }
    }
    Ok(())
}

/// The bound on text read ahead of the output.
#[derive(Default)]
struct Gate {
    /// At most this many bytes are held (or one message, whatever its size).
    limit: usize,
    /// Bytes held now, and the most held at once.
    held: Mutex<Held>,
    freed: Condvar,
    stopped: AtomicBool,
}

#[derive(Default)]
struct Held {
    now: usize,
    peak: usize,
}

impl Held {
    /// Counts `size` in if it fits in `limit` (or nothing is held).
    fn enter(&mut self, size: usize, limit: usize) -> bool {
        let fits = self.now == 0 || self.now + size <= limit;
        if fits {
            self.now += size;
            self.peak = self.peak.max(self.now);
        }
        fits
    }
}

impl Gate {
    /// Counts `size` bytes in if they fit (or nothing is held); `Err` when the output stopped.
    fn try_enter(&self, size: usize) -> Result<bool, ()> {
        let mut held = self.held.lock().map_err(drop)?;
        Ok(held.enter(size, self.limit))
    }

    /// Waits until `size` bytes fit, and counts them in; `Err` when the output stopped.
    fn enter(&self, size: usize) -> Result<(), ()> {
        let mut held = self.held.lock().map_err(drop)?;
        while !held.enter(size, self.limit) {
            if self.stopped() {
                return Err(());
            }
            held = self.freed.wait(held).map_err(drop)?;
        }
        Ok(())
    }

    /// Counts `size` bytes out (written).
    fn leave(&self, size: usize) {
        if let Ok(mut held) = self.held.lock() {
            held.now = held.now.saturating_sub(size);
        }
        self.freed.notify_all();
    }

    /// Whether the output stopped.
    fn stopped(&self) -> bool {
        self.stopped.load(Ordering::SeqCst)
    }

    /// The output stopped: nothing more is let in.
    fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        let _guard = self.held.lock();
        self.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::{Done, Plan, run_parallel, run_serial};
    use crate::Format;
    use crate::input::{Source, sources};
    use crate::output::{self, Output, OutputError, Progress};

    /// What a run writes: each message's `file:line` and human report (rendered here when the
    /// run did not), then the unreadable inputs; and the most text held at once.
    fn written(plan: &Plan<'_>, jobs: usize) -> (Vec<String>, usize) {
        let mut seen = Vec::new();
        let mut unread = Vec::new();
        let mut each = |done: &Done| {
            let rendered = done.rendered.clone().unwrap_or_else(|| {
                let mut bytes = Vec::new();
                let _ = output::write_report(
                    &mut Output::new(&mut bytes),
                    Format::Human,
                    &done.item,
                    &done.report,
                );
                bytes
            });
            let rendered = String::from_utf8_lossy(&rendered).into_owned();
            seen.push(format!(
                "{}:{} {rendered}",
                done.item.source, done.item.line
            ));
            Ok::<(), OutputError>(())
        };
        let mut unreadable = |s: &Source, _| unread.push(s.name.clone());
        let peak = if jobs == 1 {
            run_serial(plan, &mut each, &mut unreadable).map(|()| 0)
        } else {
            run_parallel(plan, jobs, &mut each, &mut unreadable)
        };
        assert!(
            peak.is_ok(),
            "{jobs} jobs: nothing fails to write to a vector"
        );
        seen.extend(unread.into_iter().map(|name| format!("unreadable {name}")));
        (seen, peak.unwrap_or_default())
    }

    #[test]
    fn many_threads_write_what_one_writes_in_input_order_within_the_read_ahead() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("stream.ndjson");
        // Invalid, unknown-kind and valid-but-drifting messages, so that every report differs.
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&match i % 5 {
                0 => format!("not json {i}\n"),
                1 => format!(
                    "{{\"type\":\"RoutingMessage\",\"data\":{{\"type\":\"AgentFuture{i}\"}}}}\n"
                ),
                _ => format!("{{\"data\":{{\"type\":\"x\",\"n\":{i}}}}}\n"),
            });
        }
        std::fs::write(&path, &text).expect("the stream is written");
        let sources = sources(&[path.clone(), path], None, false).expect("the stream is a source");
        let progress = Progress::new(&[]);
        let plan = Plan {
            sources: &sources,
            kind: None,
            mode: ccwire_codec::Mode::Strict,
            render: Some(Format::Human),
            progress: &progress,
            read_ahead: 16 << 10,
        };
        let (one, _) = written(&plan, 1);
        assert_eq!(one.len(), 6000);
        for jobs in [2, 3, 8] {
            let (many, peak) = written(&plan, jobs);
            assert!(
                many == one,
                "{jobs} jobs write what one writes, in the same order"
            );
            // Several messages (each weighs about 2.5 KiB here), never more than the read-ahead.
            assert!(
                peak > 4 << 10 && peak <= plan.read_ahead,
                "{jobs} jobs held {peak} bytes at once"
            );
        }
    }
}

//! Decodes a capture of Webex Contact Center Desktop messages and prints, for each contact
//! (interaction id), the kinds of the messages about it in the order they arrived.
//!
//! ```sh
//! cargo run -p ccwire --example contacts                    # the bundled capture
//! cargo run -p ccwire --example contacts -- capture.ndjson  # your own NDJSON capture
//! ```
//!
//! A capture is NDJSON: one JSON message per line (blank lines are skipped). A line that does
//! not decode is reported with its line number and the JSON pointer of the failure, and the rest
//! of the capture is still read.
//!
//! The bundled capture (`examples/data/capture.ndjson`) is eight fixtures of three contacts,
//! interleaved, each compacted with `jq -c .` from `fixtures/webex/routing/`: a hold, recording
//! paused and resumed, and the unhold of one contact; a consult and its transfer on another; the
//! end and wrap-up of a third. Line 7 is a copy of line 6 whose `interaction.state` was made a
//! number, to show how a line that does not decode is reported.

use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader};

/// The bundled capture, used when no file is given.
const CAPTURE: &str = include_str!("data/capture.ndjson");

/// The messages seen about one contact: line number and kind, in order.
struct Contact {
    id: String,
    seen: Vec<(usize, String)>,
}

fn main() -> Result<(), Box<dyn Error>> {
    let input: Box<dyn BufRead> = match std::env::args_os().nth(1) {
        Some(path) => {
            let file = File::open(&path)
                .map_err(|e| format!("{}: {e}", std::path::Path::new(&path).display()))?;
            Box::new(BufReader::new(file))
        }
        None => Box::new(CAPTURE.as_bytes()),
    };

    let mut contacts: Vec<Contact> = Vec::new();
    let mut without_contact: Vec<(usize, String)> = Vec::new();
    let (mut lines, mut failed) = (0usize, 0usize);
    // Lines are read as bytes: a line that is not UTF-8 is a decode error like any other.
    for (index, line) in input.split(b'\n').enumerate() {
        let line = line?;
        let line_number = index + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        lines += 1;
        let message = match ccwire::decode_slice(line) {
            Ok(message) => message,
            Err(err) => {
                failed += 1;
                let at = if err.pointer().is_empty() {
                    "the top level"
                } else {
                    err.pointer()
                };
                let kind = err.kind().map(|k| format!(" [{k}]")).unwrap_or_default();
                println!(
                    "line {line_number}: not decoded at {at}: {}{kind}",
                    err.message()
                );
                continue;
            }
        };
        let kind = message.kind().to_string();
        match message.interaction_id() {
            Some(id) => match contacts.iter_mut().find(|c| c.id == id) {
                Some(contact) => contact.seen.push((line_number, kind)),
                None => contacts.push(Contact {
                    id: id.to_owned(),
                    seen: vec![(line_number, kind)],
                }),
            },
            None => without_contact.push((line_number, kind)),
        }
    }

    for contact in &contacts {
        println!("contact {}: {} message(s)", contact.id, contact.seen.len());
        for (line_number, kind) in &contact.seen {
            println!("  line {line_number:>4}  {kind}");
        }
    }
    if !without_contact.is_empty() {
        println!("about no contact: {} message(s)", without_contact.len());
        for (line_number, kind) in &without_contact {
            println!("  line {line_number:>4}  {kind}");
        }
    }
    println!(
        "{lines} message(s): {} contact(s), {} about no contact, {failed} not decoded",
        contacts.len(),
        without_contact.len()
    );
    Ok(())
}

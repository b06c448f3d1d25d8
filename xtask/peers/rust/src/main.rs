//! `ccwire-bench-peers <mode> <stream.ndjson> [<schemas dir>]`: reads the stream line by line,
//! parses (and with `value+jsonschema` validates) every line, and prints
//! `{"accepted":N,"rejected":M}`. Modes:
//!
//! * `ignored`: `serde_json::from_str::<IgnoredAny>` (syntax only, the floor);
//! * `value`: `serde_json::from_str::<serde_json::Value>`;
//! * `value+jsonschema`: `Value`, then the `jsonschema` crate's validator of
//!   `<schemas dir>/webex/message.json`, built once, every schema file under `<schemas dir>`
//!   available to its retriever;
//! * `sonic-rs`: `sonic_rs::from_str::<sonic_rs::Value>`;
//! * `simd-json`: `simd_json::to_owned_value` (over a copy of the line: it parses in place).

use std::collections::HashMap;
use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::de::IgnoredAny;
use serde_json::Value;

type Failure = Box<dyn std::error::Error + Send + Sync>;

/// Serves our schema files by their `file://` address; nothing else is fetched.
struct Files(HashMap<String, Value>);

impl jsonschema::Retrieve for Files {
    fn retrieve(&self, uri: &jsonschema::Uri<String>) -> Result<Value, Failure> {
        self.0
            .get(uri.as_str())
            .cloned()
            .ok_or_else(|| format!("not one of our schema files: {}", uri.as_str()).into())
    }
}

fn schema_files(dir: &Path, out: &mut HashMap<String, Value>) -> Result<(), Failure> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            schema_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            let value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
            out.insert(format!("file://{}", path.display()), value);
        }
    }
    Ok(())
}

fn validator(schemas: &Path) -> Result<jsonschema::Validator, Failure> {
    let schemas = std::fs::canonicalize(schemas)?;
    let mut files = HashMap::new();
    schema_files(&schemas, &mut files)?;
    let main = format!("file://{}", schemas.join("webex/message.json").display());
    let schema = files
        .get(&main)
        .cloned()
        .ok_or_else(|| format!("{main} not found"))?;
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .with_base_uri(main)
        .with_retriever(Files(files))
        .build(&schema)
        .map_err(|e| e.to_string().into())
}

fn run(mode: &str, stream: &Path, schemas: Option<PathBuf>) -> Result<(u64, u64), Failure> {
    let check: Box<dyn FnMut(&str) -> bool> = match mode {
        "ignored" => Box::new(|l| serde_json::from_str::<IgnoredAny>(l).is_ok()),
        "value" => Box::new(|l| serde_json::from_str::<Value>(l).is_ok()),
        "value+jsonschema" => {
            let v = validator(&schemas.ok_or("value+jsonschema needs the schemas directory")?)?;
            Box::new(move |l| serde_json::from_str::<Value>(l).is_ok_and(|x| v.is_valid(&x)))
        }
        "sonic-rs" => Box::new(|l| sonic_rs::from_str::<sonic_rs::Value>(l).is_ok()),
        "simd-json" => {
            let mut buf = Vec::new();
            Box::new(move |l| {
                buf.clear();
                buf.extend_from_slice(l.as_bytes());
                simd_json::to_owned_value(&mut buf).is_ok()
            })
        }
        other => return Err(format!("unknown mode {other}").into()),
    };
    let mut check = check;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(stream)?);
    let mut line = String::new();
    let (mut accepted, mut rejected) = (0u64, 0u64);
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        let text = line.trim_end_matches(['\n', '\r']);
        if text.is_empty() {
            continue;
        }
        if check(text) {
            accepted += 1;
        } else {
            rejected += 1;
        }
    }
    Ok((accepted, rejected))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [mode, stream, rest @ ..] = &args[..] else {
        eprintln!("usage: ccwire-bench-peers <mode> <stream.ndjson> [<schemas dir>]");
        return ExitCode::from(2);
    };
    match run(mode, Path::new(stream), rest.first().map(PathBuf::from)) {
        Ok((accepted, rejected)) => {
            println!("{{\"accepted\":{accepted},\"rejected\":{rejected}}}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

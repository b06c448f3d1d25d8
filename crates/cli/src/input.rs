//! Inputs: files, directories, standard input and fixture manifests, read as a stream of
//! messages in bounded memory.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use ccwire_codec::Report;

use crate::CliError;

/// The largest message (one NDJSON line, or one JSON document) read into memory. Larger input is
/// reported as invalid and skipped without being buffered.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;

/// Where messages come from.
#[derive(Debug)]
pub(crate) struct Source {
    /// Name shown in reports (`-` for standard input).
    pub(crate) name: String,
    path: Option<PathBuf>,
    /// Kind to decode as, from a manifest.
    pub(crate) kind: Option<String>,
    ndjson: bool,
    /// Size in bytes, when known.
    pub(crate) size: Option<u64>,
}

/// One message read from a source.
#[derive(Debug)]
pub struct Item {
    /// Source name (shared by the messages of one source: not an allocation per message,
    /// which the thread that validates it would free).
    pub source: std::sync::Arc<str>,
    /// Line where the message starts (1-based).
    pub line: usize,
    /// The message text, or why it could not be read as text.
    pub text: Result<String, Unreadable>,
    /// Bytes consumed from the source for this message.
    pub bytes: u64,
}

/// Why a message could not be read.
#[derive(Debug, Clone)]
pub struct Unreadable {
    /// Problem code: `utf8` or `too-large`.
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

/// Why reading messages stopped: the input could not be read, or the callback given each
/// message failed (writing the output). The two are kept apart so that a failure to write is
/// never blamed on an input.
#[derive(Debug)]
pub(crate) enum Stop<E> {
    /// Reading the input failed.
    Input(io::Error),
    /// The callback failed.
    Callback(E),
}

/// The report of a message that could not be read.
pub(crate) fn unreadable(u: &Unreadable) -> Report {
    Report::unreadable(u.code, u.message.clone())
}

fn is_ndjson_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "ndjson" || e == "jsonl")
}

fn file_source(path: PathBuf, kind: Option<String>) -> Source {
    let size = std::fs::metadata(&path).ok().map(|m| m.len());
    Source {
        name: path.display().to_string(),
        ndjson: is_ndjson_name(&path),
        path: Some(path),
        kind,
        size,
    }
}

fn is_message_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "json" || e == "ndjson" || e == "jsonl")
}

/// What identifies a file or directory whatever the path it is reached by: device and inode.
#[cfg(unix)]
type FileId = (u64, u64);
/// What identifies a file or directory whatever the path it is reached by: its canonical path.
#[cfg(not(unix))]
type FileId = PathBuf;

#[cfg(unix)]
fn file_id(_path: &Path, meta: &std::fs::Metadata) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_id(path: &Path, _meta: &std::fs::Metadata) -> Option<FileId> {
    std::fs::canonicalize(path).ok()
}

/// Finds the message files under directories.
///
/// Only regular files named `*.json`, `*.ndjson` or `*.jsonl` are taken (a FIFO or a device found
/// while walking is not opened). Symbolic links met while walking are skipped unless `follow`
/// is set; then each directory is entered once (a link to `.` or `..` ends no walk) and each
/// file is taken once, however many links lead to it.
#[derive(Default)]
struct Walker {
    follow: bool,
    dirs: HashSet<FileId>,
    files: HashSet<FileId>,
}

impl Walker {
    /// Whether the file or directory at `path` (`meta` its followed metadata) is met for the
    /// first time. Without `--follow` nothing is met twice but hard links, which are kept.
    fn first_visit(&mut self, path: &Path, meta: &std::fs::Metadata) -> bool {
        if !self.follow {
            return true;
        }
        let seen = if meta.is_dir() {
            &mut self.dirs
        } else {
            &mut self.files
        };
        file_id(path, meta).is_none_or(|id| seen.insert(id))
    }

    fn walk(&mut self, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CliError> {
        let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = std::fs::read_dir(dir)
            .map_err(|e| CliError(format!("{}: {e}", dir.display())))?
            .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, file_type) in entries {
            // The entry itself: a link is not followed here.
            let Some(file_type) =
                file_type.or_else(|| path.symlink_metadata().ok().map(|m| m.file_type()))
            else {
                continue;
            };
            let (is_dir, is_file) = if file_type.is_symlink() {
                if !self.follow {
                    continue;
                }
                match std::fs::metadata(&path) {
                    Ok(meta) => {
                        if !self.first_visit(&path, &meta) {
                            continue;
                        }
                        (meta.is_dir(), meta.is_file())
                    }
                    // A dangling link: reading it reports why.
                    Err(_) => (false, true),
                }
            } else if self.follow {
                match std::fs::metadata(&path) {
                    Ok(meta) if self.first_visit(&path, &meta) => (meta.is_dir(), meta.is_file()),
                    _ => continue,
                }
            } else {
                (file_type.is_dir(), file_type.is_file())
            };
            if is_dir {
                self.walk(&path, out)?;
            } else if is_file && is_message_name(&path) {
                out.push(path);
            }
        }
        Ok(())
    }
}

#[derive(serde::Deserialize)]
struct Manifest {
    fixtures: Vec<ManifestEntry>,
}

#[derive(serde::Deserialize)]
struct ManifestEntry {
    path: String,
    kind: String,
    framing: String,
}

/// The sources named on the command line (and in a manifest), in order.
///
/// A path named on the command line is read even when it is a symbolic link; directories are
/// walked as [`Walker`] says. A manifest entry decoded by name (framing `request` or `payload`)
/// must name a known kind: the manifest is configuration, so an unknown kind is a usage error.
pub(crate) fn sources(
    paths: &[PathBuf],
    manifest: Option<&Path>,
    follow: bool,
) -> Result<Vec<Source>, CliError> {
    let mut out = Vec::new();
    if let Some(m) = manifest {
        let text =
            std::fs::read_to_string(m).map_err(|e| CliError(format!("{}: {e}", m.display())))?;
        let manifest: Manifest = serde_json::from_str(&text)
            .map_err(|e| CliError(format!("{}: not a fixture manifest: {e}", m.display())))?;
        let base = m.parent().unwrap_or_else(|| Path::new("."));
        for entry in manifest.fixtures {
            let by_name = matches!(entry.framing.as_str(), "request" | "payload");
            if by_name && ccwire_codec::kind(&entry.kind).is_none() {
                return Err(CliError(format!(
                    "{}: fixture {}: unknown kind `{}` (see `ccwire kinds`)",
                    m.display(),
                    entry.path,
                    entry.kind
                )));
            }
            out.push(file_source(
                base.join(&entry.path),
                by_name.then_some(entry.kind),
            ));
        }
    }
    let mut walker = Walker {
        follow,
        ..Walker::default()
    };
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source {
                name: "-".to_owned(),
                path: None,
                kind: None,
                ndjson: false,
                size: None,
            });
            continue;
        }
        // Named on the command line: a link is followed.
        let meta =
            std::fs::metadata(path).map_err(|e| CliError(format!("{}: {e}", path.display())))?;
        if !walker.first_visit(path, &meta) {
            continue;
        }
        if meta.is_dir() {
            let mut files = Vec::new();
            walker.walk(path, &mut files)?;
            out.extend(files.into_iter().map(|p| file_source(p, None)));
        } else {
            out.push(file_source(path.clone(), None));
        }
    }
    Ok(out)
}

/// Reads a single message (for `decode`): its text, or why it is not a message (invalid UTF-8,
/// larger than [`MAX_MESSAGE_BYTES`]: content problems); an error when it cannot be read.
pub(crate) fn read_one(path: &Path) -> Result<Result<String, Unreadable>, CliError> {
    let reader: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path).map_err(|e| CliError(format!("{}: {e}", path.display())))?)
    };
    let mut bytes = Vec::new();
    reader
        .take(MAX_MESSAGE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CliError(format!("{}: {e}", path.display())))?;
    if bytes.len() > MAX_MESSAGE_BYTES {
        return Ok(Err(too_large()));
    }
    Ok(text_of(&mut bytes))
}

/// Reads one line into `buf` (without the newline), keeping at most `limit` bytes. Returns the
/// bytes consumed and whether the line was longer than `limit` (the rest of such a line is
/// skipped without being stored); `None` at end of input.
fn read_line_bounded(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<(u64, bool)>> {
    buf.clear();
    // As `take(limit + 1).read_until(b'\n')`, with a vectorised search for the newline.
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let window = &available[..available.len().min(limit + 1 - read)];
        if window.is_empty() {
            break;
        }
        let (taken, newline) = match memchr::memchr(b'\n', window) {
            Some(i) => (i + 1, true),
            None => (window.len(), false),
        };
        buf.extend_from_slice(&window[..taken]);
        reader.consume(taken);
        read += taken;
        if newline {
            break;
        }
    }
    if read == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Some((read as u64, false)));
    }
    if read <= limit {
        // End of input without a final newline.
        return Ok(Some((read as u64, false)));
    }
    buf.clear();
    let skipped = reader.skip_until(b'\n')?;
    Ok(Some((read as u64 + skipped as u64, true)))
}

/// The message text of a line or document, taking the buffer (no copy). A final `\r` and a
/// leading byte order mark are not part of the message.
fn text_of(buf: &mut Vec<u8>) -> Result<String, Unreadable> {
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    if buf.starts_with("\u{feff}".as_bytes()) {
        buf.drain(..3);
    }
    String::from_utf8(std::mem::take(buf)).map_err(|e| Unreadable {
        code: "utf8",
        message: format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
    })
}

fn too_large() -> Unreadable {
    Unreadable {
        code: "too-large",
        message: format!("message larger than {MAX_MESSAGE_BYTES} bytes; skipped"),
    }
}

/// Calls `f` for every message of `source`, reading one message at a time.
///
/// A `.ndjson`/`.jsonl` file is NDJSON. Otherwise the first non-blank line decides: a complete
/// JSON value means NDJSON (one message per line); anything else means the file is one JSON
/// document (up to [`MAX_MESSAGE_BYTES`]). Blank lines are skipped; a line that is not JSON is
/// reported and reading goes on.
pub(crate) fn for_each_message<E>(
    source: &Source,
    f: &mut dyn FnMut(Item) -> Result<(), E>,
) -> Result<(), Stop<E>> {
    let mut reader: Box<dyn BufRead> = match &source.path {
        Some(p) => Box::new(BufReader::with_capacity(
            256 * 1024,
            File::open(p).map_err(Stop::Input)?,
        )),
        None => Box::new(BufReader::with_capacity(256 * 1024, io::stdin())),
    };
    for_each_message_in(&mut *reader, &source.name, source.ndjson, f)
}

/// [`for_each_message`] over any reader.
pub(crate) fn for_each_message_in<E>(
    reader: &mut dyn BufRead,
    name: &str,
    ndjson: bool,
    f: &mut dyn FnMut(Item) -> Result<(), E>,
) -> Result<(), Stop<E>> {
    let source = Source {
        name: name.to_owned(),
        path: None,
        kind: None,
        ndjson,
        size: None,
    };
    let name: std::sync::Arc<str> = source.name.as_str().into();
    let mut buf = Vec::new();
    let mut line = 0usize;
    let mut decided = source.ndjson;
    let mut document: Option<(usize, Vec<u8>, u64, bool)> = None;
    while let Some((consumed, too_long)) =
        read_line_bounded(reader, &mut buf, MAX_MESSAGE_BYTES).map_err(Stop::Input)?
    {
        line += 1;
        if let Some((_, text, bytes, over)) = &mut document {
            *bytes += consumed;
            if !*over && text.len() + buf.len() < MAX_MESSAGE_BYTES && !too_long {
                text.push(b'\n');
                text.extend_from_slice(&buf);
            } else {
                *over = true;
                text.clear();
            }
            continue;
        }
        if !too_long && buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if !decided {
            decided = true;
            let first = buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf);
            let ndjson = too_long || serde_json::from_slice::<serde::de::IgnoredAny>(first).is_ok();
            if !ndjson {
                document = Some((line, std::mem::take(&mut buf), consumed, false));
                continue;
            }
        }
        let text = if too_long {
            Err(too_large())
        } else {
            // The message gets a copy of the line, allocated at its size, and the buffer keeps
            // its room for the next line: growing a fresh buffer for every line cost more.
            text_of(&mut buf.clone())
        };
        f(Item {
            source: name.clone(),
            line,
            text,
            bytes: consumed,
        })
        .map_err(Stop::Callback)?;
    }
    if let Some((start, text, bytes, over)) = document {
        let mut text = text;
        let text = if over {
            Err(too_large())
        } else {
            text_of(&mut text)
        };
        f(Item {
            source: name.clone(),
            line: start,
            text,
            bytes,
        })
        .map_err(Stop::Callback)?;
    }
    Ok(())
}

//! Writes every JSON Schema ccwire exports (draft 2020-12) into a directory and prints how many
//! files it wrote: the whole-message schemas, one per modelled kind, and their `strict/`
//! variants, each at its path under the directory (`webex/message.json`,
//! `webex/routing/AgentOfferContact.json`, `strict/webex/message.json`, …), and those of the
//! lifecycle tracker's output (`lifecycle/`).
//!
//! ```sh
//! cargo run -p ccwire --example export_schemas                   # into $TMPDIR/ccwire-schemas
//! cargo run -p ccwire --example export_schemas -- my/schemas     # into my/schemas
//! ```
//!
//! The files are written as the repository's `schemas/` directory holds them (pretty-printed,
//! one newline at the end), so a directory written by this example compares equal to it.

use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let dir = match std::env::args_os().nth(1) {
        Some(dir) => PathBuf::from(dir),
        None => std::env::temp_dir().join("ccwire-schemas"),
    };
    #[allow(unused_mut)] // without the lifecycle feature
    let mut files = ccwire::codec::schema::export();
    // The lifecycle tracker's output: `lifecycle/LifecycleEvent.json`, `lifecycle/Problem.json`.
    #[cfg(feature = "lifecycle")]
    files.extend(ccwire::lifecycle::schemas());
    for file in &files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let mut text = serde_json::to_string_pretty(file.schema.as_value())?;
        text.push('\n');
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!("wrote {} schema files to {}", files.len(), dir.display());
    Ok(())
}

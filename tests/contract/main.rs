//! The ccwire contract suite.
//!
//! Every case is named after what it checks and, for fixtures, the fixture's path:
//! `fixture::<path>::<check>`, `schemas::<check>`, `invalid::<path>::…`, `properties::<property>`,
//! `coverage::<check>`, `naming::<check>`, `limits::<check>`, `forms::<check>`,
//! `presence::<check>`, `members::<check>`, `required::<check>`, `access::<check>`,
//! `ahead::<check>`, `lifecycle::<check>` and `lifecycle::sequence::<path>::<check>`.

mod access;
mod agreement;
mod ahead;
mod coverage;
mod fixtures;
mod forms;
mod generated;
mod hostile;
mod invalid;
mod leaks;
mod lifecycle;
mod limits;
mod members;
mod naming;
mod presence;
mod properties;
mod required;
mod schemas;

use libtest_mimic::{Arguments, Trial};

fn main() -> std::process::ExitCode {
    let args = Arguments::from_args();
    let mut trials: Vec<Trial> = Vec::new();
    trials.extend(schemas::trials());
    trials.extend(fixtures::trials());
    trials.extend(coverage::trials());
    trials.extend(invalid::trials());
    trials.extend(properties::trials());
    trials.extend(agreement::trials());
    trials.extend(ahead::trials());
    trials.extend(hostile::trials());
    trials.extend(leaks::trials());
    trials.extend(naming::trials());
    trials.extend(limits::trials());
    trials.extend(forms::trials());
    trials.extend(presence::trials());
    trials.extend(members::trials());
    trials.extend(required::trials());
    trials.extend(generated::trials());
    trials.extend(access::trials());
    trials.extend(lifecycle::trials());
    libtest_mimic::run(&args, trials).exit_code()
}

/// Shorthand for a failed check.
pub(crate) fn fail(msg: impl Into<String>) -> libtest_mimic::Failed {
    libtest_mimic::Failed::from(msg.into())
}

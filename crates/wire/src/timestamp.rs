//! [`EpochMillis`]: the vendors' epoch-millisecond timestamps.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Milliseconds since the Unix epoch, as a JSON integer (`createdTimestamp`, `eventTime`, …).
///
/// The wire integer is stored unchanged (so values outside `time`'s range still round-trip);
/// [`EpochMillis::to_offset_date_time`] converts when the value is in range.
///
/// ```
/// use ccwire_wire::EpochMillis;
/// let t = EpochMillis::new(1_624_379_263_354);
/// let dt = t.to_offset_date_time().unwrap();
/// assert_eq!(dt.year(), 2021);
/// assert_eq!(EpochMillis::from(dt), t);
/// assert_eq!(format!("{t:?}"), "EpochMillis(1624379263354 = 2021-06-22T16:27:43.354Z)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(transparent)]
pub struct EpochMillis(i64);

impl EpochMillis {
    /// Wraps a millisecond count.
    #[must_use]
    pub const fn new(millis: i64) -> Self {
        Self(millis)
    }

    /// The millisecond count as sent.
    #[must_use]
    pub const fn millis(self) -> i64 {
        self.0
    }

    /// The instant as a UTC date-time.
    ///
    /// # Errors
    /// The value is outside the range `time` can represent.
    pub fn to_offset_date_time(self) -> Result<OffsetDateTime, time::error::ComponentRange> {
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(self.0) * 1_000_000)
    }
}

impl From<OffsetDateTime> for EpochMillis {
    /// Truncates to whole milliseconds.
    fn from(value: OffsetDateTime) -> Self {
        let millis = value.unix_timestamp_nanos().div_euclid(1_000_000);
        Self(i64::try_from(millis).unwrap_or(if millis < 0 { i64::MIN } else { i64::MAX }))
    }
}

impl fmt::Debug for EpochMillis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let iso = self.to_offset_date_time().ok().and_then(|dt| {
            dt.format(&time::format_description::well_known::Rfc3339)
                .ok()
        });
        match iso {
            Some(iso) => write!(f, "EpochMillis({} = {iso})", self.0),
            None => write!(f, "EpochMillis({})", self.0),
        }
    }
}

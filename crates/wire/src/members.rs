//! Named values in the order received: the storage behind [`Extra`](crate::Extra) and
//! [`WireMap`](crate::WireMap).
//!
//! Decoding appends members without looking anything up, and looks for a repeated name once,
//! when the object ends ([`first_repeat`]), reading memory in sequence. Checking each member
//! against a hash table as it arrives would touch a random slot of a table larger than the
//! caches for every member of a large object, and the time per member would grow with the
//! object. Look-ups by name read the names' hashes in sequence for the first few look-ups of a
//! large set (most sets are looked up once or twice, by a discriminator that comes early), and
//! go through an index built by the next one; small sets are searched in place.

use std::hash::BuildHasher;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use hashbrown::HashTable;

use crate::short::ShortText;

/// Up to this many members, look-ups and the repeat check compare names directly.
const SMALL: usize = 16;

/// Names reached by position: the members of one set as its owner holds them, or a list of
/// keys. The look-up and the repeat check read names through it, and its count is the set's
/// size (nothing else keeps one).
pub(crate) trait NameList {
    /// How many names there are.
    fn count(&self) -> usize;
    /// The bytes of name `i` (compared and hashed as bytes: no UTF-8 check).
    fn name(&self, i: usize) -> &[u8];
}

impl NameList for [&str] {
    fn count(&self) -> usize {
        self.len()
    }
    fn name(&self, i: usize) -> &[u8] {
        self[i].as_bytes()
    }
}

impl NameList for [std::borrow::Cow<'_, str>] {
    fn count(&self) -> usize {
        self.len()
    }
    fn name(&self, i: usize) -> &[u8] {
        self[i].as_bytes()
    }
}

impl<V> NameList for [(Name, V)] {
    fn count(&self) -> usize {
        self.len()
    }
    fn name(&self, i: usize) -> &[u8] {
        self[i].0.as_bytes()
    }
}

/// The position of the first name of `names` (in their order) that repeats an earlier one. Up
/// to [`SMALL`] names are compared directly; a larger set goes through [`first_repeat`] with
/// the names' hashes ([`name_hash`]), which `hashes` gives only then (a set that keeps them
/// lends them, a list of keys computes them).
pub(crate) fn first_repeated_name<H: AsRef<[u32]>>(
    names: &(impl NameList + ?Sized),
    hashes: impl FnOnce() -> H,
) -> Option<usize> {
    let n = names.count();
    if n <= SMALL {
        return (1..n).find(|&j| (0..j).any(|i| names.name(i) == names.name(j)));
    }
    first_repeat(hashes().as_ref(), |a, b| names.name(a) == names.name(b))
}

/// A member name: short ones (most are) held inline, to spare an allocation per member.
#[derive(Clone)]
enum Name {
    Short(ShortText),
    Boxed(Box<str>),
}

impl Name {
    fn new(key: &str) -> Self {
        ShortText::new(key).map_or_else(|| Self::Boxed(key.into()), Self::Short)
    }

    fn as_str(&self) -> &str {
        match self {
            Self::Short(s) => s.as_str(),
            Self::Boxed(s) => s,
        }
    }

    /// The name's bytes, for comparisons and hashes (no UTF-8 check, which reading an inline
    /// name as a `str` makes).
    fn as_bytes(&self) -> &[u8] {
        match self {
            Self::Short(s) => s.as_bytes(),
            Self::Boxed(s) => s.as_bytes(),
        }
    }

    fn into_string(self) -> String {
        match self {
            Self::Short(s) => s.as_str().to_owned(),
            Self::Boxed(s) => s.into_string(),
        }
    }
}

/// The names of a set of members, and what finds them: each name's hash (for the repeat check)
/// and a name index built once a large set has been looked up [`SCANS`] times. The names
/// themselves are held by the owner ([`Members`] or [`KeptMembers`]) and reached by position.
struct Names {
    /// The upper 32 bits of each name's hash, computed while the name is at hand: the repeat
    /// check reads these in sequence instead of every name again. Kept only for a set of more
    /// than [`SMALL`] names (empty, or one per name): a small set, most of them, compares its
    /// names directly and spares the allocation and the hashing.
    hashes: Vec<u32>,
    /// Positions, by name; built by the look-up after the first [`SCANS`] of a large set.
    index: OnceLock<HashTable<usize>>,
    /// Look-ups of a large set answered by reading `hashes` in sequence so far.
    scans: AtomicU32,
    hasher: foldhash::fast::RandomState,
}

/// How many look-ups of a large set read its hashes in sequence before one builds the index.
/// Building it inserts every name at a random slot of a table that outgrows the caches as the
/// set grows, which costs several sequential reads of the hashes: a set looked up once or twice
/// (an unknown object's discriminator, a map's few known keys) never pays for it, and a set
/// looked up often pays for at most this many reads more.
const SCANS: u32 = 4;

impl Clone for Names {
    fn clone(&self) -> Self {
        Self {
            hashes: self.hashes.clone(),
            index: self.index.clone(),
            scans: AtomicU32::new(self.scans.load(Ordering::Relaxed)),
            hasher: self.hasher.clone(),
        }
    }
}

impl Names {
    fn with_capacity(n: usize) -> Self {
        Self {
            hashes: if n > SMALL {
                Vec::with_capacity(n)
            } else {
                Vec::new()
            },
            index: OnceLock::new(),
            scans: AtomicU32::new(0),
            hasher: foldhash::fast::RandomState::default(),
        }
    }

    /// Records the name of the member just appended to `names` (the last one).
    fn pushed(&mut self, names: &(impl NameList + ?Sized)) {
        let n = names.count();
        if n <= SMALL {
            return;
        }
        if self.hashes.len() + 1 < n {
            // The set just outgrew `SMALL` (it kept no hashes): those of the names before
            // this one.
            self.hashes.clear();
            self.hashes.reserve(n);
            for i in 0..n - 1 {
                self.hashes.push(name_hash(&self.hasher, names.name(i)));
            }
        }
        self.hashes.push(name_hash(&self.hasher, names.name(n - 1)));
        if let Some(index) = self.index.get_mut() {
            index_entry(index, &self.hasher, n - 1, names);
        }
    }

    /// Forgets the member that was at `i`, once removed from `names` (positions after it move:
    /// the index is rebuilt by the next look-up).
    fn removed(&mut self, i: usize, names: &(impl NameList + ?Sized)) {
        self.index = OnceLock::new();
        if names.count() <= SMALL {
            self.hashes = Vec::new();
        } else {
            self.hashes.remove(i);
        }
    }

    /// Where the member `key` is in `names` (the first one of that name).
    fn position(&self, key: &str, names: &(impl NameList + ?Sized)) -> Option<usize> {
        let key = key.as_bytes();
        let n = names.count();
        if n <= SMALL {
            return (0..n).find(|&i| names.name(i) == key);
        }
        if self.index.get().is_none() && self.scans.fetch_add(1, Ordering::Relaxed) < SCANS {
            let h = name_hash(&self.hasher, key);
            return self
                .hashes
                .iter()
                .enumerate()
                .find(|&(i, &held)| held == h && names.name(i) == key)
                .map(|(i, _)| i);
        }
        let index = self.index.get_or_init(|| {
            let mut index = HashTable::with_capacity(n);
            for i in 0..n {
                index_entry(&mut index, &self.hasher, i, names);
            }
            index
        });
        index
            .find(self.hasher.hash_one(key), |&i| names.name(i) == key)
            .copied()
    }

    /// The position of the first member of `names` (in the order received) that repeats an
    /// earlier one's name (linear in the number of members: see [`first_repeated_name`]).
    fn first_repeated(&self, names: &(impl NameList + ?Sized)) -> Option<usize> {
        first_repeated_name(names, || &self.hashes)
    }
}

/// Named values in the order received, with a name index built on demand.
#[derive(Clone)]
pub(crate) struct Members<V> {
    entries: Vec<(Name, V)>,
    names: Names,
}

impl<V> Default for Members<V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<V> Members<V> {
    /// The memory one member takes: its name slot, its value and its name hash.
    pub(crate) const ENTRY_SIZE: usize = size_of::<(Name, V)>() + size_of::<u32>();

    pub(crate) fn with_capacity(n: usize) -> Self {
        Self {
            entries: Vec::with_capacity(n),
            names: Names::with_capacity(n),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(crate) fn iter(&self) -> Iter<'_, V> {
        Iter(self.entries.iter())
    }

    pub(crate) fn iter_mut(
        &mut self,
    ) -> impl ExactSizeIterator<Item = (&str, &mut V)> + DoubleEndedIterator {
        self.entries.iter_mut().map(|(k, v)| (k.as_str(), v))
    }

    pub(crate) fn into_entries(self) -> IntoIter<V> {
        IntoIter(self.entries.into_iter())
    }

    /// Where the member `key` is (the first one of that name).
    pub(crate) fn position(&self, key: &str) -> Option<usize> {
        self.names.position(key, self.entries.as_slice())
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    pub(crate) fn get(&self, key: &str) -> Option<&V> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.position(key).map(|i| &mut self.entries[i].1)
    }

    /// Appends a member without looking for an earlier one of the same name.
    pub(crate) fn push(&mut self, key: &str, value: V) {
        self.entries.push((Name::new(key), value));
        self.names.pushed(self.entries.as_slice());
    }

    /// Replaces the value of member `key`, or appends it; returns the previous value.
    pub(crate) fn insert(&mut self, key: &str, value: V) -> Option<V> {
        match self.position(key) {
            Some(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            None => {
                self.push(key, value);
                None
            }
        }
    }

    /// Removes member `key` (the others keep their order).
    pub(crate) fn remove(&mut self, key: &str) -> Option<V> {
        let i = self.position(key)?;
        let (_, value) = self.entries.remove(i);
        self.names.removed(i, self.entries.as_slice());
        Some(value)
    }

    /// The name of the first member (in the order received) that repeats an earlier one
    /// (linear in the number of members: see [`first_repeat`]).
    pub(crate) fn first_repeated(&self) -> Option<&str> {
        self.names
            .first_repeated(self.entries.as_slice())
            .map(|i| self.entries[i].0.as_str())
    }

    /// `Ok`, or the error for the first repeated member, with that member's pointer
    /// ([`crate::wire::repeated`]).
    pub(crate) fn check_repeats<E: serde::de::Error>(&self) -> Result<(), E> {
        self.first_repeated()
            .map_or(Ok(()), |key| Err(crate::wire::repeated(key)))
    }
}

/// Members kept as text: each member's name (decoded) and its value's JSON text, back to back
/// in one buffer, with two offsets per member. The storage behind [`Extra`](crate::Extra).
///
/// Kept members of a large object take a few bytes more than their text (the input spends at
/// least as much on quotes, colons and commas), instead of a name slot and a value slot per
/// member: less memory to fill and to read back, which is what the time per member of a large
/// object grows with.
#[derive(Clone)]
pub(crate) struct KeptMembers {
    text: String,
    spans: Spans,
    names: Names,
}

/// Where each member's name and value start in [`KeptMembers::text`] (a name ends where its
/// value starts; a value ends where the next member's name starts, or at the end of the text).
#[derive(Clone)]
enum Spans {
    /// Offsets below 4 GiB (every decoded message).
    Narrow(Vec<[u32; 2]>),
    /// Larger texts, built by hand.
    Wide(Vec<[usize; 2]>),
}

impl Spans {
    fn len(&self) -> usize {
        match self {
            Self::Narrow(v) => v.len(),
            Self::Wide(v) => v.len(),
        }
    }

    fn get(&self, i: usize) -> Option<[usize; 2]> {
        match self {
            Self::Narrow(v) => v.get(i).map(|&[a, b]| [a as usize, b as usize]),
            Self::Wide(v) => v.get(i).copied(),
        }
    }

    fn push(&mut self, name_at: usize, value_at: usize) {
        if let Self::Narrow(v) = self {
            match (u32::try_from(name_at), u32::try_from(value_at)) {
                (Ok(a), Ok(b)) => return v.push([a, b]),
                _ => {
                    *self = Self::Wide(v.iter().map(|&[a, b]| [a as usize, b as usize]).collect());
                }
            }
        }
        if let Self::Wide(v) = self {
            v.push([name_at, value_at]);
        }
    }

    /// The spans again, each as `f` gives it (moved, or dropped by `None`), in order: what a
    /// change in the middle of the text does to the members after it.
    fn rebuild(&mut self, f: impl Fn(usize, [usize; 2]) -> Option<[usize; 2]>) {
        let old = std::mem::replace(self, Self::Narrow(Vec::with_capacity(self.len())));
        for i in 0..old.len() {
            if let Some([name_at, value_at]) = old.get(i).and_then(|s| f(i, s)) {
                self.push(name_at, value_at);
            }
        }
    }

    /// The name of member `i` in `text`.
    fn name<'t>(&self, text: &'t str, i: usize) -> &'t str {
        let [a, b] = self.get(i).unwrap_or([0, 0]);
        text.get(a..b).unwrap_or_default()
    }
}

/// The names of [`KeptMembers`], by position (borrowed apart from its [`Names`], which
/// updates itself from them).
struct KeptNames<'a> {
    text: &'a str,
    spans: &'a Spans,
}

impl NameList for KeptNames<'_> {
    fn count(&self) -> usize {
        self.spans.len()
    }
    fn name(&self, i: usize) -> &[u8] {
        self.spans.name(self.text, i).as_bytes()
    }
}

impl Default for KeptMembers {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl KeptMembers {
    pub(crate) fn with_capacity(n: usize) -> Self {
        Self {
            text: String::new(),
            spans: Spans::Narrow(Vec::with_capacity(n)),
            names: Names::with_capacity(n),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.spans.len() == 0
    }

    /// Where member `i`'s name starts, its value starts and its value ends.
    fn bounds(&self, i: usize) -> [usize; 3] {
        let [name_at, value_at] = self.spans.get(i).unwrap_or([0, 0]);
        let end = self.spans.get(i + 1).map_or(self.text.len(), |s| s[0]);
        [name_at, value_at, end]
    }

    fn name(&self, i: usize) -> &str {
        self.spans.name(&self.text, i)
    }

    /// The members' names, as the look-up and the repeat check read them.
    fn names_view(&self) -> KeptNames<'_> {
        KeptNames {
            text: &self.text,
            spans: &self.spans,
        }
    }

    fn value(&self, i: usize) -> &str {
        let [_, b, c] = self.bounds(i);
        self.text.get(b..c).unwrap_or_default()
    }

    /// The members in the order received: names and values' texts.
    pub(crate) fn iter(
        &self,
    ) -> impl ExactSizeIterator<Item = (&str, &str)> + DoubleEndedIterator + Clone {
        (0..self.len()).map(|i| (self.name(i), self.value(i)))
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.names.position(key, &self.names_view())
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// The text of member `key`'s value (the first member of that name).
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.position(key).map(|i| self.value(i))
    }

    /// Appends a member (`value` is JSON text, already checked) without looking for an earlier
    /// one of the same name.
    pub(crate) fn push(&mut self, key: &str, value: &str) {
        let name_at = self.text.len();
        self.text.push_str(key);
        let value_at = self.text.len();
        self.text.push_str(value);
        self.spans.push(name_at, value_at);
        self.names.pushed(&KeptNames {
            text: &self.text,
            spans: &self.spans,
        });
    }

    /// Replaces the value of member `key` (in place: the members keep their order), or appends
    /// it; returns the previous value's text. Linear in the kept text.
    pub(crate) fn insert(&mut self, key: &str, value: &str) -> Option<String> {
        let Some(i) = self.position(key) else {
            self.push(key, value);
            return None;
        };
        let [_, b, c] = self.bounds(i);
        let old = self.text.get(b..c).unwrap_or_default().to_owned();
        self.text.replace_range(b..c, value);
        // Later members start at or after the old value's end, so `x - old.len()` cannot
        // underflow.
        let moved = |x: usize| x - old.len() + value.len();
        self.spans
            .rebuild(|j, [x, y]| Some(if j > i { [moved(x), moved(y)] } else { [x, y] }));
        Some(old)
    }

    /// Removes member `key` (the others keep their order); returns its value's text. Linear
    /// in the kept text.
    pub(crate) fn remove(&mut self, key: &str) -> Option<String> {
        let i = self.position(key)?;
        let [a, b, c] = self.bounds(i);
        let old = self.text.get(b..c).unwrap_or_default().to_owned();
        self.text.replace_range(a..c, "");
        self.spans.rebuild(|j, [x, y]| match j.cmp(&i) {
            std::cmp::Ordering::Less => Some([x, y]),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => Some([x - (c - a), y - (c - a)]),
        });
        self.names.removed(
            i,
            &KeptNames {
                text: &self.text,
                spans: &self.spans,
            },
        );
        Some(old)
    }

    /// The name of the first member (in the order received) that repeats an earlier one
    /// (linear in the number of members: see [`first_repeat`]).
    pub(crate) fn first_repeated(&self) -> Option<&str> {
        self.names
            .first_repeated(&self.names_view())
            .map(|i| self.name(i))
    }

    /// `Ok`, or the error for the first repeated member, with that member's pointer
    /// ([`crate::wire::repeated`]).
    pub(crate) fn check_repeats<E: serde::de::Error>(&self) -> Result<(), E> {
        self.first_repeated()
            .map_or(Ok(()), |key| Err(crate::wire::repeated(key)))
    }
}

/// Adds entry `i` to a name index, unless an earlier entry of the same name (a repeat not yet
/// refused) holds the name: look-ups find the first one.
fn index_entry(
    index: &mut HashTable<usize>,
    hasher: &foldhash::fast::RandomState,
    i: usize,
    names: &(impl NameList + ?Sized),
) {
    let key = names.name(i);
    let h = hasher.hash_one(key);
    if index.find(h, |&j| names.name(j) == key).is_none() {
        index.insert_unique(h, i, |&j| hasher.hash_one(names.name(j)));
    }
}

/// The upper 32 bits of `key`'s hash, as [`first_repeat`] takes them.
pub(crate) fn name_hash(state: &foldhash::fast::RandomState, key: &[u8]) -> u32 {
    (state.hash_one(key) >> 32) as u32
}

/// The position of the first name (in the order given) that repeats an earlier one, from the
/// names' hashes ([`name_hash`], one hasher for all) and a comparison of two names by position.
///
/// Linear in the number of names, reading memory in sequence: the hashes are partitioned by
/// their upper bits into buckets of a few hundred, in order, and each bucket is checked with a
/// hash table that fits in the processor's first-level cache; only names whose hashes agree are
/// compared. The hasher is seeded per set of names, so names cannot be chosen to collide. (A hash
/// table filled member by member would touch a random slot of a table larger than the caches
/// for each member of a large object, and the time per member would grow with the object.)
/// Sets of at most [`SMALL`] names are compared directly instead ([`first_repeated_name`]).
pub(crate) fn first_repeat(hashes: &[u32], same: impl Fn(usize, usize) -> bool) -> Option<usize> {
    let n = hashes.len();
    // Buckets of about 256 names, by the upper bits of the hash.
    let bits = (n / 256)
        .max(1)
        .next_power_of_two()
        .trailing_zeros()
        .min(16);
    let bucket_of = |h: u32| {
        if bits == 0 {
            0
        } else {
            (h >> (32 - bits)) as usize
        }
    };
    let mut starts = vec![0u32; (1 << bits) + 1];
    for &h in hashes {
        starts[bucket_of(h) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    // Each hash with its position, bucket by bucket, ascending within each: the bucket checks
    // below read these in sequence, never `hashes` at random. (Positions fit in 32 bits: a
    // message is far shorter than 4 GiB, and each member takes at least four bytes of it.)
    let Ok(_) = u32::try_from(n) else {
        return first_repeat_unbucketed(hashes, same);
    };
    let mut items = vec![(0u32, 0u32); n];
    let mut next = starts.clone();
    for (i, &h) in hashes.iter().enumerate() {
        let slot = &mut next[bucket_of(h)];
        items[*slot as usize] = (h, i as u32);
        *slot += 1;
    }
    let mut first: Option<usize> = None;
    // Slots of the open-addressing table: (hash, position + 1), 0 for empty.
    let mut table: Vec<(u32, u32)> = Vec::new();
    for bucket in starts
        .windows(2)
        .map(|w| &items[w[0] as usize..w[1] as usize])
    {
        if bucket.len() < 2 {
            continue;
        }
        // Open addressing on the hash's lower bits (the bucket fixed its upper ones).
        let size = (bucket.len() * 2).next_power_of_two();
        table.clear();
        table.resize(size, (0, 0));
        let mask = size - 1;
        for &(h, j) in bucket {
            let j = j as usize;
            if first.is_some_and(|f| f <= j) {
                break;
            }
            let mut slot = h as usize & mask;
            let repeat = loop {
                let (held_hash, held) = table[slot];
                if held == 0 {
                    table[slot] = (h, j as u32 + 1);
                    break false;
                }
                if held_hash == h && same(held as usize - 1, j) {
                    break true;
                }
                slot = (slot + 1) & mask;
            };
            if repeat {
                first = Some(j);
                break;
            }
        }
    }
    first
}

/// [`first_repeat`] for more names than 32-bit positions can count: one hash table.
#[cold]
fn first_repeat_unbucketed(hashes: &[u32], same: impl Fn(usize, usize) -> bool) -> Option<usize> {
    let mut seen: HashTable<usize> = HashTable::with_capacity(hashes.len());
    (0..hashes.len()).find(|&j| {
        let h = u64::from(hashes[j]);
        if seen
            .find(h, |&i| hashes[i] == hashes[j] && same(i, j))
            .is_some()
        {
            return true;
        }
        seen.insert_unique(h, j, |&i| u64::from(hashes[i]));
        false
    })
}

/// The entries of a [`WireMap`](crate::WireMap) (or the members of an [`Extra`](crate::Extra)),
/// in the order received.
#[derive(Clone)]
pub struct Iter<'a, V>(std::slice::Iter<'a, (Name, V)>);

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a str, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k.as_str(), v))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<V> DoubleEndedIterator for Iter<'_, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k.as_str(), v))
    }
}

impl<V> ExactSizeIterator for Iter<'_, V> {}

/// The entries of a [`WireMap`](crate::WireMap), owned, in the order received.
pub struct IntoIter<V>(std::vec::IntoIter<(Name, V)>);

impl<V> Iterator for IntoIter<V> {
    type Item = (String, V);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k.into_string(), v))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<V> DoubleEndedIterator for IntoIter<V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k.into_string(), v))
    }
}

impl<V> ExactSizeIterator for IntoIter<V> {}

#[cfg(test)]
mod tests {
    use super::{KeptMembers, Members};

    fn members(names: &[String]) -> Members<()> {
        let mut m = Members::default();
        for n in names {
            m.push(n, ());
        }
        m
    }

    #[test]
    fn the_first_repeat_in_the_order_received_is_found_small_and_large() {
        for n in [3usize, 13, 14, 16, 17, 1000, 100_000] {
            let mut names: Vec<String> = (0..n).map(|i| format!("k{i}")).collect();
            assert_eq!(members(&names).first_repeated(), None, "{n}");
            // Two repeats; the one whose second occurrence comes first is reported.
            names.push(format!("k{}", n / 2));
            names.push(format!("k{}", n / 3));
            names.push(format!("k{}", n / 2));
            assert_eq!(
                members(&names).first_repeated(),
                Some(format!("k{}", n / 2).as_str()),
                "{n}"
            );
            // A small set keeps no hashes; a large one keeps one per name, and the one-table
            // fallback (for more names than 32-bit positions) agrees with the buckets.
            let m = members(&names);
            if names.len() <= super::SMALL {
                assert!(m.names.hashes.is_empty(), "{n}");
                continue;
            }
            assert_eq!(m.names.hashes.len(), names.len(), "{n}");
            let name = |i: usize| m.entries[i].0.as_bytes();
            assert_eq!(
                super::first_repeat_unbucketed(&m.names.hashes, |a, b| name(a) == name(b)),
                super::first_repeat(&m.names.hashes, |a, b| name(a) == name(b)),
                "{n}"
            );
        }
    }

    #[test]
    fn look_ups_find_the_first_member_of_a_name_and_follow_changes() {
        for n in [5usize, 40] {
            let mut m: Members<usize> = Members::default();
            for i in 0..n {
                m.push(&format!("k{i}"), i);
            }
            assert_eq!(m.get("k3"), Some(&3));
            assert_eq!(m.insert("k3", 30), Some(3));
            assert_eq!(m.insert("new", 7), None);
            assert_eq!(m.get("new"), Some(&7));
            assert_eq!(m.remove("k0"), Some(0));
            assert_eq!(m.get("k1"), Some(&1));
            assert_eq!(m.get("k0"), None);
            assert_eq!(m.iter().next_back(), Some(("new", &7)));
            assert_eq!(m.len(), n);
        }
    }

    #[test]
    fn a_set_that_shrinks_below_the_small_size_and_grows_again_still_finds_repeats() {
        let mut m: Members<usize> = Members::default();
        for i in 0..20 {
            m.push(&format!("k{i}"), i);
        }
        for i in 0..6 {
            assert_eq!(m.remove(&format!("k{i}")), Some(i));
        }
        assert!(m.names.hashes.is_empty(), "14 names keep no hashes");
        for i in 20..24 {
            m.push(&format!("k{i}"), i);
        }
        assert_eq!(m.names.hashes.len(), m.len());
        assert_eq!(m.first_repeated(), None);
        for i in 6..24 {
            assert_eq!(m.get(&format!("k{i}")), Some(&i));
        }
        m.push("k9", 0);
        assert_eq!(m.first_repeated(), Some("k9"));
    }

    #[test]
    fn a_large_set_is_read_in_sequence_for_its_first_look_ups_then_indexed() {
        let mut m = KeptMembers::default();
        for i in 0..1000 {
            m.push(&format!("k{i}"), &i.to_string());
        }
        m.push("k7", "\"again\"");
        // Found, a repeat (the first of a name wins), absent: the same answers read in
        // sequence and through the index.
        let look_ups = [("k7", Some("7")), ("k999", Some("999")), ("k1000", None)];
        for n in 0..=super::SCANS as usize {
            let (key, expected) = look_ups[n % look_ups.len()];
            assert!(m.names.index.get().is_none(), "no index before look-up {n}");
            assert_eq!(m.get(key), expected, "look-up {n}");
        }
        for (key, expected) in look_ups {
            assert_eq!(m.get(key), expected, "indexed");
        }
        assert!(m.names.index.get().is_some());
        // A change forgets the index; the next look-up builds it again (the set was looked up
        // often), and finds what the change left.
        assert_eq!(m.remove("k0"), Some("0".to_owned()));
        assert!(m.names.index.get().is_none());
        assert_eq!(m.get("k1"), Some("1"));
        assert!(m.names.index.get().is_some());
    }

    #[test]
    fn kept_members_keep_their_texts_order_and_first_names_through_changes() {
        for n in [5usize, 40] {
            let mut m = KeptMembers::default();
            for i in 0..n {
                m.push(&format!("k{i}"), &format!("[{i}]"));
            }
            m.push("k1", "\"again\"");
            assert_eq!(m.get("k3"), Some("[3]"));
            assert_eq!(m.get("k1"), Some("[1]"), "the first of a name");
            assert_eq!(m.first_repeated(), Some("k1"));
            assert_eq!(m.insert("k3", "1e2"), Some("[3]".to_owned()));
            assert_eq!(m.insert("new", "{}"), None);
            assert_eq!(m.remove("k0"), Some("[0]".to_owned()));
            assert_eq!(m.get("k0"), None);
            assert_eq!(m.get("k4"), Some("[4]"));
            let all: Vec<(&str, &str)> = m.iter().collect();
            assert_eq!(all.len(), n + 1);
            assert_eq!(all[0], ("k1", "[1]"));
            assert_eq!(all[2], ("k3", "1e2"));
            assert_eq!(all[n - 1], ("k1", "\"again\""));
            assert_eq!(all[n], ("new", "{}"));
        }
    }
}

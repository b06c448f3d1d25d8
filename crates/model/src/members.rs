//! Named values in the order received: the storage behind [`Extra`](crate::Extra) and
//! [`WireMap`](crate::WireMap).
//!
//! Decoding appends members without looking anything up, and looks for a repeated name once,
//! when the object ends ([`first_repeat`]), reading memory in sequence. Checking each member
//! against a hash table as it arrives would touch a random slot of a table larger than the
//! caches for every member of a large object, and the time per member would grow with the
//! object. Look-ups by name go through an index built on the first look-up (small objects are
//! searched in place).

use std::hash::BuildHasher;
use std::sync::OnceLock;

use hashbrown::HashTable;

use crate::short::ShortText;

/// Up to this many members, look-ups and the repeat check compare names directly.
const SMALL: usize = 16;

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

    fn into_string(self) -> String {
        match self {
            Self::Short(s) => s.as_str().to_owned(),
            Self::Boxed(s) => s.into_string(),
        }
    }
}

/// Named values in the order received, with a name index built on demand.
#[derive(Clone)]
pub(crate) struct Members<V> {
    entries: Vec<(Name, V)>,
    /// The upper 32 bits of each name's hash, computed while the name is at hand: the repeat
    /// check reads these in sequence instead of every name again.
    hashes: Vec<u32>,
    /// Positions in `entries`, by name; built by the first look-up of a large set.
    index: OnceLock<HashTable<usize>>,
    hasher: foldhash::fast::RandomState,
}

impl<V> Default for Members<V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<V> Members<V> {
    pub(crate) fn with_capacity(n: usize) -> Self {
        Self {
            entries: Vec::with_capacity(n),
            hashes: Vec::with_capacity(n),
            index: OnceLock::new(),
            hasher: foldhash::fast::RandomState::default(),
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

    fn hash(&self, key: &str) -> u64 {
        self.hasher.hash_one(key)
    }

    /// Where the member `key` is (the first one of that name).
    pub(crate) fn position(&self, key: &str) -> Option<usize> {
        if self.entries.len() <= SMALL {
            return self.entries.iter().position(|(k, _)| k.as_str() == key);
        }
        let index = self.index.get_or_init(|| {
            let mut index = HashTable::with_capacity(self.entries.len());
            for i in 0..self.entries.len() {
                index_entry(&mut index, &self.entries, &self.hasher, i);
            }
            index
        });
        index
            .find(self.hash(key), |&i| self.entries[i].0.as_str() == key)
            .copied()
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
        self.hashes.push(name_hash(&self.hasher, key));
        self.entries.push((Name::new(key), value));
        if let Some(index) = self.index.get_mut() {
            index_entry(index, &self.entries, &self.hasher, self.entries.len() - 1);
        }
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
        // Positions after `i` move: the index is rebuilt by the next look-up.
        self.index = OnceLock::new();
        self.hashes.remove(i);
        Some(self.entries.remove(i).1)
    }

    /// The name of the first member (in the order received) that repeats an earlier one
    /// (linear in the number of members: see [`first_repeat`]).
    pub(crate) fn first_repeated(&self) -> Option<&str> {
        let name = |i: usize| self.entries[i].0.as_str();
        first_repeat(&self.hashes, |a, b| name(a) == name(b)).map(name)
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
fn index_entry<V>(
    index: &mut HashTable<usize>,
    entries: &[(Name, V)],
    hasher: &foldhash::fast::RandomState,
    i: usize,
) {
    let name = entries[i].0.as_str();
    let h = hasher.hash_one(name);
    if index.find(h, |&j| entries[j].0.as_str() == name).is_none() {
        index.insert_unique(h, i, |&j| hasher.hash_one(entries[j].0.as_str()));
    }
}

/// The upper 32 bits of `key`'s hash, as [`first_repeat`] takes them.
pub(crate) fn name_hash(state: &foldhash::fast::RandomState, key: &str) -> u32 {
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
pub(crate) fn first_repeat(hashes: &[u32], same: impl Fn(usize, usize) -> bool) -> Option<usize> {
    let n = hashes.len();
    if n <= SMALL {
        return (1..n).find(|&j| (0..j).any(|i| hashes[i] == hashes[j] && same(i, j)));
    }
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
    use super::Members;

    fn members(names: &[String]) -> Members<()> {
        let mut m = Members::default();
        for n in names {
            m.push(n, ());
        }
        m
    }

    #[test]
    fn the_first_repeat_in_the_order_received_is_found_small_and_large() {
        for n in [3usize, 16, 17, 1000, 100_000] {
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
            // The one-table fallback (for more names than 32-bit positions) agrees.
            let m = members(&names);
            let name = |i: usize| m.entries[i].0.as_str();
            assert_eq!(
                super::first_repeat_unbucketed(&m.hashes, |a, b| name(a) == name(b)),
                super::first_repeat(&m.hashes, |a, b| name(a) == name(b)),
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
}

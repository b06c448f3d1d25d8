//! Short texts held inline: most member names and most kept values are a few bytes long, and
//! holding them in place spares an allocation (and a pointer to follow) per member.

/// A text of at most [`ShortText::MAX`] bytes, stored in place.
#[derive(Clone, Copy)]
pub(crate) struct ShortText {
    len: u8,
    bytes: [u8; ShortText::MAX],
}

impl ShortText {
    /// The longest text held inline (with its length byte and an enum tag beside it, a
    /// `ShortText` fills the 24 bytes a boxed alternative takes).
    pub(crate) const MAX: usize = 22;

    /// `text` held inline, when it is short enough.
    pub(crate) fn new(text: &str) -> Option<Self> {
        let len = u8::try_from(text.len())
            .ok()
            .filter(|_| text.len() <= Self::MAX)?;
        let mut bytes = [0; Self::MAX];
        bytes
            .get_mut(..text.len())?
            .copy_from_slice(text.as_bytes());
        Some(Self { len, bytes })
    }

    /// The text's bytes (no UTF-8 check).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }

    pub(crate) fn as_str(&self) -> &str {
        // Bytes copied from a `str`, cut at its length: always UTF-8.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::ShortText;

    #[test]
    fn texts_up_to_the_limit_are_held_inline_and_read_back() {
        for text in ["", "a", "é€😀", "1234567890123456789012"] {
            assert_eq!(
                ShortText::new(text)
                    .map(|s| s.as_str().to_owned())
                    .as_deref(),
                Some(text)
            );
        }
        assert!(ShortText::new("12345678901234567890123").is_none());
    }
}

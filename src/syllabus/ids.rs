//! Ids and keys made of a name: "CEng 501" is "ceng501", "Guest talk: Diffusion" is
//! "guest-talk-diffusion".

use super::lexicon::ASCII_FOLD;

/// Turkish letters as their ASCII base letter; other characters unchanged.
fn fold_ascii(c: char) -> char {
    ASCII_FOLD
        .iter()
        .find(|(from, _)| *from == c)
        .map_or(c, |&(_, to)| to)
}

/// Lower-case letters and digits only: "CEng 501" becomes "ceng501".
pub fn slug(s: &str) -> String {
    s.chars()
        .map(|c| fold_ascii(c).to_ascii_lowercase())
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Lower-case ASCII words joined by '-': "Guest talk: Diffusion" becomes "guest-talk-diffusion".
pub fn slug_words(s: &str) -> String {
    key_slug(&s.chars().map(fold_ascii).collect::<String>())
}

pub(super) fn key_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_course_code_slug_keeps_letters_and_digits() {
        assert_eq!(slug("CEng 501"), "ceng501");
        assert_eq!(slug("BİL 102"), "bil102");
        assert_eq!(slug("İŞLETME 1"), "isletme1");
    }

    #[test]
    fn a_title_slug_joins_ascii_words_with_hyphens() {
        assert_eq!(slug_words("Guest talk: Diffusion"), "guest-talk-diffusion");
        assert_eq!(slug_words("Ödev 1 — Çizge"), "odev-1-cizge");
        assert_eq!(key_slug("  Hw 2 !"), "hw-2");
    }
}

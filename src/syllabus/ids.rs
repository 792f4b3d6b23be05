//! Ids and keys made of a name: "CEng 501" is "ceng501", "Guest talk: Diffusion" is
//! "guest-talk-diffusion", and an event's "Übung 1" is "ubung-1".
//!
//! Two folds, on purpose. Event keys ([`key_words`]) keep every letter: a Latin letter with a
//! mark is its ASCII letter (Unicode canonical decomposition, marks dropped: é, ü, ş, ř, ệ),
//! the few Latin letters Unicode does not decompose are written as the lexicon says (ı, ł,
//! ø, ß, æ, đ), and letters of other scripts (Greek, Cyrillic, CJK...) stay as written,
//! lower-cased: a transliteration would pick one of several national standards and could make
//! two words one key. Course ids and section slugs ([`slug`], [`slug_words`]) keep the fold
//! coursecal always had (Turkish letters only), because they name the published feed files
//! and the ledger: a new fold would move the address students subscribed to.

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::lexicon::{ASCII_FOLD, LATIN_LETTERS};

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
    former_key_words(&s.chars().map(fold_ascii).collect::<String>())
}

/// An event key's words: every letter kept (see the module's note), lower-case, joined by
/// '-': "Übung 1" becomes "ubung-1", "Sınav" "sinav", "Ćwiczenia" "cwiczenia".
pub fn key_words(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    for c in s.nfc() {
        push_folded(c, &mut folded);
    }
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One character of a key's text, its Latin letters in ASCII.
fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    if let Some(b) = base.filter(char::is_ascii_alphanumeric) {
        out.push(b);
        return;
    }
    // A mark with no precomposed letter ("q̃") belongs to its letter's word.
    if is_combining_mark(c) {
        return;
    }
    let lower: String = c.to_lowercase().collect();
    match LATIN_LETTERS
        .iter()
        .find(|(letter, _)| lower.chars().eq([*letter]))
    {
        Some((_, ascii)) => out.push_str(ascii),
        None => out.push_str(&lower),
    }
}

/// The key words coursecal made before [`key_words`]: ASCII letters and digits only, every
/// other letter dropped ("Übung 1" was "bung-1"). Kept to find what subscribers and the
/// ledger know an event by (`Event::former_key`).
pub(crate) fn former_key_words(s: &str) -> String {
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
        assert_eq!(former_key_words("  Hw 2 !"), "hw-2");
    }

    #[test]
    fn a_section_slug_keeps_its_old_fold_since_it_names_a_feed_file() {
        assert_eq!(slug_words("Gruppe Ä"), "gruppe");
        assert_eq!(slug("ÉCO 101"), "co101");
    }

    #[test]
    fn german_letters_keep_their_base_letter_and_eszett_is_ss() {
        assert_eq!(key_words("Übung 1"), "ubung-1");
        assert_eq!(key_words("Größe & Maß"), "grosse-mass");
        assert_eq!(key_words("ÄRGER"), "arger");
    }

    #[test]
    fn turkish_letters_fold_as_course_ids_always_did() {
        assert_eq!(key_words("Sınav 1"), "sinav-1");
        assert_eq!(key_words("İŞLETME Ödevi"), "isletme-odevi");
        assert_eq!(key_words("Ödev 1 — Çizge"), slug_words("Ödev 1 — Çizge"));
        assert_eq!(key_words("Ağ güvenliği"), "ag-guvenligi");
    }

    #[test]
    fn polish_and_czech_letters_keep_their_base_letter() {
        assert_eq!(key_words("Ćwiczenia łączone"), "cwiczenia-laczone");
        assert_eq!(key_words("ŁÓDŹ"), "lodz");
        assert_eq!(key_words("Zkouška řešení"), "zkouska-reseni");
    }

    #[test]
    fn french_and_nordic_letters_fold_or_are_written_out() {
        assert_eq!(key_words("Rédaction œuvre"), "redaction-oeuvre");
        assert_eq!(key_words("Øving på æra"), "oving-pa-aera");
        assert_eq!(key_words("Þýðing"), "thyding");
    }

    #[test]
    fn vietnamese_letters_lose_every_stacked_mark_and_d_with_stroke_is_d() {
        assert_eq!(key_words("Bài tập Đồ án"), "bai-tap-do-an");
        assert_eq!(key_words("Kiểm tra giữa kỳ"), "kiem-tra-giua-ky");
        assert_eq!(key_words("Thực hành"), "thuc-hanh");
    }

    #[test]
    fn a_decomposed_letter_folds_like_the_precomposed_one() {
        assert_eq!(key_words("U\u{308}bung"), key_words("Übung"));
        assert_eq!(key_words("q\u{303}uiz"), "quiz");
    }

    #[test]
    fn greek_cyrillic_and_other_scripts_stay_as_written_in_lower_case() {
        assert_eq!(key_words("Άσκηση 2"), "άσκηση-2");
        assert_eq!(key_words("Контрольная работа"), "контрольная-работа");
        assert_eq!(key_words("Задание й"), "задание-й");
        assert_eq!(key_words("期中考试"), "期中考试");
    }

    #[test]
    fn the_former_fold_dropped_every_letter_outside_ascii() {
        assert_eq!(former_key_words("Übung 1"), "bung-1");
        assert_eq!(former_key_words("Sınav"), "s-nav");
        assert_eq!(key_words("Guest talk: Diffusion"), "guest-talk-diffusion");
    }
}

//! Reading lexicon words in text by hand, exactly as a case-insensitive pattern (`(?i)`) of
//! the `regex` crate reads them: for the hot spots where compiling an alternation of every
//! name costs more than the whole parse (see BENCHMARKS.md, "After (session 4, start-up)").

/// A letter as `(?i)` compares it: lowercased where that gives one letter ("İ" lowercases
/// to two, and so matches no "i", as in the patterns), and long s as s.
pub(super) fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == 'ſ' {
        return 's';
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// A lexicon word folded letter by letter, for [`starts_with_folded`].
pub(super) fn folded(word: &str) -> String {
    word.chars().map(fold).collect()
}

/// Bytes of `text`'s start that spell `folded` (a word already folded), in any case.
pub(super) fn starts_with_folded(text: &str, folded: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for want in folded.chars() {
        let (_, c) = chars.next()?;
        if fold(c) != want {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

/// Bytes of the whitespace `text` begins with (what `\s*` takes).
pub(super) fn leading_spaces(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// Lexicon words folded, by the letter they begin with, each letter's words in the order an
/// alternation of them is tried ([`super::lexicon::alternation`]: longest first). Words that
/// begin differently never match at the same place, so only one letter's words are tried.
pub(super) struct Words {
    by_letter: Vec<(char, Vec<String>)>,
}

impl Words {
    pub(super) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words: Vec<&str> = words.into_iter().collect();
        words.sort_by_key(|w| (std::cmp::Reverse(w.chars().count()), *w));
        words.dedup();
        let mut by_letter: Vec<(char, Vec<String>)> = Vec::new();
        for word in words.into_iter().map(folded) {
            let Some(first) = word.chars().next() else {
                continue;
            };
            match by_letter.iter_mut().find(|(c, _)| *c == first) {
                Some((_, same)) => same.push(word),
                None => by_letter.push((first, vec![word])),
            }
        }
        by_letter.sort_by_key(|(c, _)| *c);
        Words { by_letter }
    }

    /// The words that may begin `text`, in the order the alternation tries them.
    pub(super) fn at(&self, text: &str) -> &[String] {
        let Some(first) = text.chars().next().map(fold) else {
            return &[];
        };
        self.by_letter
            .binary_search_by_key(&first, |(c, _)| *c)
            .map_or(&[], |i| &self.by_letter[i].1)
    }
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    proptest::proptest! {
        #[test]
        fn a_folded_letter_matches_exactly_where_a_case_insensitive_pattern_matches(
            word in proptest::sample::select(vec![
                "salı", "sali", "çarşamba", "perşembe", "miércoles", "sábado", "terça-feira",
                "lunedì", "märz", "mai", "ekim", "şubat", "ağustos", "kasım", "sept", "okt",
            ]),
            text in "[a-zA-ZçÇşŞıİğĞüÜöÖéÉìÌäÄáÁſK\u{212a}ß\u{1e9e}\\-]{1,10}",
        ) {
            let pattern = Regex::new(&format!("(?i)^{}", regex::escape(word))).unwrap();
            let by_pattern = pattern.find(&text).map(|m| m.end());
            proptest::prop_assert_eq!(by_pattern, starts_with_folded(&text, &folded(word)));
            let spelled: String = text.chars().take(word.chars().count()).collect();
            let same_length = spelled.chars().count() == word.chars().count();
            if same_length && spelled.chars().zip(word.chars()).all(|(a, b)| fold(a) == fold(b)) {
                proptest::prop_assert!(pattern.is_match(&text), "{} {}", word, text);
            }
        }
    }

    #[test]
    fn turkish_dotted_and_dotless_i_stay_apart_and_long_s_is_an_s() {
        assert_eq!(starts_with_folded("SALI 4", &folded("salı")), None);
        assert_eq!(
            starts_with_folded("Salı 4", &folded("salı")),
            Some("Salı".len())
        );
        assert_eq!(
            starts_with_folded("PERŞEMBE", &folded("perşembe")),
            Some("PERŞEMBE".len())
        );
        assert_eq!(starts_with_folded("İkinci", &folded("ikinci")), None);
        assert_eq!(
            starts_with_folded("ſept", &folded("sept")),
            Some("ſept".len())
        );
        assert_eq!(starts_with_folded("Se", &folded("sept")), None);
    }

    #[test]
    fn words_are_tried_longest_first_as_in_an_alternation_and_only_those_of_the_first_letter() {
        let words = Words::new(["sep", "September", "sept", "sep", "ekim"]);
        assert_eq!(words.at("SEPT 4"), ["september", "sept", "sep"]);
        assert_eq!(words.at("Ekim"), ["ekim"]);
        assert!(words.at("Oct").is_empty());
        assert!(words.at("").is_empty());
    }
}

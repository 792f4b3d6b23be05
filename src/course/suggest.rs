//! The name a mistyped one was meant to be: `trem` for `term`, `Feed` for `feed`, `Chicago`
//! for `America/Chicago`. Used only when a course file is refused, to say what to write.

/// The candidate `written` is closest to, when it is close enough to be a slip: the same
/// name but for case, `_` for `-` or spaces, or at most one edit in four letters (two at most).
pub fn closest<'a>(
    written: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let norm = |s: &str| s.trim().to_lowercase().replace(['_', ' '], "-");
    let w = norm(written);
    let allowed = (w.chars().count() / 4).clamp(1, 2);
    candidates
        .into_iter()
        .map(|c| (distance(&w, &norm(c)), c))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The IANA zone a bare city (`Chicago`, `new york`) or a slightly misspelled name
/// (`Europe/Instanbul`) stands for.
pub fn zone(written: &str) -> Option<&'static str> {
    let names = || chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name());
    let city = written.trim().to_lowercase().replace(' ', "_");
    names()
        .find(|n| {
            n.rsplit('/')
                .next()
                .is_some_and(|last| last.to_lowercase() == city)
                && n.contains('/')
        })
        .or_else(|| closest(written, names()))
}

/// Edits (a letter added, removed, changed, or two neighbours swapped) from `a` to `b`.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0_usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: [&str; 5] = ["syllabus", "term", "timezone", "feed", "due-time"];

    #[test]
    fn a_slip_of_case_separator_or_one_letter_finds_the_key_meant() {
        assert_eq!(closest("trem", KEYS), Some("term"));
        assert_eq!(closest("Feed", KEYS), Some("feed"));
        assert_eq!(closest("due_time", KEYS), Some("due-time"));
        assert_eq!(closest("time-zone", KEYS), Some("timezone"));
        assert_eq!(closest("sylabus", KEYS), Some("syllabus"));
    }

    #[test]
    fn a_name_unlike_every_key_finds_none() {
        assert_eq!(closest("instructor", KEYS), None);
        assert_eq!(closest("fee", ["id"]), None);
        assert_eq!(closest("x", KEYS), None);
    }

    #[test]
    fn a_city_or_a_misspelled_zone_finds_its_iana_name() {
        assert_eq!(zone("Chicago"), Some("America/Chicago"));
        assert_eq!(zone("new york"), Some("America/New_York"));
        assert_eq!(zone("Europe/Instanbul"), Some("Europe/Istanbul"));
        assert_eq!(zone("Mars/Olympus"), None);
    }
}

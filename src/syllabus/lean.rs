//! Patterns of lexicon words compiled without a literal prefilter. The `regex` crate builds
//! one for every pattern (an Aho-Corasick or Teddy searcher of the words, found by literal
//! extraction), which costs about as much as the rest of compiling a word list, and its
//! `Regex` has no switch for it. Cells and lines are short, so searching them without one is
//! cheap; compiling is what a start-up pays (see BENCHMARKS.md, "After (session 4, start-up)").
//! Matches are the same: the prefilter only skips ahead to where a match may begin.
//! A lean pattern is also compiled forward only ([`Lean`]): where a match starts is found by
//! a backtracker, not by a second, reversed automaton. [`Grouped`] reads its groups the way
//! `regex::Captures` is read. A pattern only ever asked whether it matches is a [`Yes`].

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid;

use super::pattern_hir;
use regex_automata::nfa::thompson::{
    self, WhichCaptures,
    backtrack::{self, BoundedBacktracker},
    pikevm::PikeVM,
};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::util::pool::Pool;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input, Match, PatternID};

/// `pattern` compiled for searching forward only (see [`Lean`]).
pub(super) fn lean(pattern: &str) -> Lean {
    let nfa = nfa_of(pattern, WhichCaptures::All);
    let dfa = forward_dfa(&nfa);
    let vm = PikeVM::new_from_nfa(nfa.clone()).unwrap();
    let bt = BoundedBacktracker::new_from_nfa(nfa).unwrap();
    let (d, b) = (dfa.clone(), bt.clone());
    let create: LeanCachesFn =
        Box::new(move || (d.as_ref().map(|d| d.create_cache()), None, b.create_cache()));
    Lean {
        dfa,
        vm,
        bt,
        caches: Pool::new(create),
    }
}

thread_local! {
    /// One NFA compiler for every pattern a thread compiles. A compiler allocates a table of
    /// 10,000 entries (≈ 400 KB) for the UTF-8 automata of its first Unicode class and keeps
    /// it for the next; a compiler per pattern allocated, filled and freed one each time,
    /// 8.5 M instructions of a first run (BENCHMARKS.md, "After (session 10, start-up)").
    static COMPILER: RefCell<thompson::Compiler> = RefCell::new(thompson::Compiler::new());
}

/// The forward NFA of `pattern`, with the groups `captures` asks for. The pattern is read into
/// its HIR by [`pattern_hir::read`] (the same tree as `regex_syntax::parse`, without the AST and
/// the letter-by-letter case folding, most of compiling a word list); syntax it does not read
/// is parsed by `regex_syntax` as before.
fn nfa_of(pattern: &str, captures: WhichCaptures) -> thompson::NFA {
    let hir = pattern_hir::read(pattern);
    #[cfg(debug_assertions)]
    if let Some(hir) = &hir {
        let parsed = regex_syntax::parse(pattern).ok();
        assert_eq!(Some(hir), parsed.as_ref(), "the HIR read of {pattern:?}");
    }
    COMPILER.with_borrow_mut(|compiler| {
        let compiler = compiler.configure(thompson::Config::new().which_captures(captures));
        match &hir {
            Some(hir) => compiler.build_from_hir(hir),
            None => compiler.build(pattern),
        }
        .unwrap()
    })
}

/// The lazy DFA of `nfa`, configured as `Regex` configures its own: it quits at a non-ASCII
/// byte next to a Unicode `\b` and gives up on a cache that keeps filling; none when it
/// cannot be built (the PikeVM then searches alone).
fn forward_dfa(nfa: &thompson::NFA) -> Option<hybrid::dfa::DFA> {
    hybrid::dfa::DFA::builder()
        .configure(
            hybrid::dfa::DFA::config()
                .unicode_word_boundary(true)
                .minimum_cache_clear_count(Some(3))
                .minimum_bytes_per_state(Some(10)),
        )
        .build_from_nfa(nfa.clone())
        .ok()
}

/// A pattern searched forward only: the matches, groups and answers of `regex::Regex`
/// without its reverse automaton. A `Regex` compiles the pattern a second time, backwards,
/// to find where a match starts (and a one-pass DFA to read groups); that is a good third of
/// compiling a pattern and every run pays it (see BENCHMARKS.md, "After (session 9, parser
/// cost)"). Cells and lines are short, so the start is found instead by the bounded
/// backtracker, run over the text up to the end the forward lazy DFA found: the leftmost
/// match there is the leftmost match of the whole text (look-around still sees past the
/// end). Where the DFA cannot go on, the backtracker (or, on a long text, the PikeVM) reads
/// the whole text, as `Regex` does.
pub(crate) struct Lean {
    dfa: Option<hybrid::dfa::DFA>,
    vm: PikeVM,
    bt: BoundedBacktracker,
    caches: Pool<LeanCaches, LeanCachesFn>,
}

/// The PikeVM's cache (tables the size of the NFA, for every group's slots) is made when the
/// PikeVM first searches, which most patterns never need: made with the others it cost 3-5 M
/// of a first run (BENCHMARKS.md, "Session 13, start-up").
type LeanCaches = (
    Option<hybrid::dfa::Cache>,
    Option<thompson::pikevm::Cache>,
    backtrack::Cache,
);
type LeanCachesFn = Box<dyn Fn() -> LeanCaches + Send + Sync + UnwindSafe + RefUnwindSafe>;

impl Lean {
    /// Whether the pattern matches anywhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let mut caches = self.caches.get();
        let (dfa_cache, vm_cache, _) = &mut *caches;
        let input = Input::new(text).earliest(true);
        if let (Some(dfa), Some(cache)) = (&self.dfa, dfa_cache.as_mut())
            && let Ok(found) = dfa.try_search_fwd(cache, &input)
        {
            return found.is_some();
        }
        let vm_cache = vm_cache.get_or_insert_with(|| self.vm.create_cache());
        self.vm.is_match(vm_cache, input)
    }

    /// The leftmost match in `text`.
    pub(crate) fn find<'h>(&self, text: &'h str) -> Option<Group<'h>> {
        self.search(&Input::new(text)).map(|m| Group::of(text, m))
    }

    /// Every match in `text`, from left to right, not overlapping.
    pub(crate) fn find_iter<'h>(&'h self, text: &'h str) -> impl Iterator<Item = Group<'h>> + 'h {
        let mut it = Searcher::new(Input::new(text));
        std::iter::from_fn(move || it.advance(|input| Ok(self.search(input))))
            .map(move |m| Group::of(text, m))
    }

    fn search(&self, input: &Input<'_>) -> Option<Match> {
        let mut slots = [None, None];
        let pattern = self.search_slots(input, &mut slots)?;
        let (start, end) = (slots[0]?.get(), slots[1]?.get());
        Some(Match::new(pattern, start..end))
    }

    /// The leftmost match from `input`'s start, its groups in `slots`.
    fn search_slots(
        &self,
        input: &Input<'_>,
        slots: &mut [Option<NonMaxUsize>],
    ) -> Option<PatternID> {
        let mut caches = self.caches.get();
        let (dfa_cache, vm_cache, bt_cache) = &mut *caches;
        let mut upto = input.clone();
        if let (Some(dfa), Some(cache)) = (&self.dfa, dfa_cache.as_mut()) {
            match dfa.try_search_fwd(cache, input) {
                Ok(None) => return None,
                Ok(Some(end)) if is_char_boundary(input.haystack(), end.offset()) => {
                    upto.set_end(end.offset());
                    if let Some(start) = leftmost_start(dfa, cache, input, end.offset()) {
                        upto.set_start(start);
                        upto.set_anchored(Anchored::Yes);
                    }
                }
                // An empty match inside a character, a DFA that quit or gave up: the whole
                // text is searched, as `Regex` falls back to its backtracker and PikeVM.
                _ => {}
            }
        }
        match self.bt.try_search_slots(bt_cache, &upto, slots) {
            Ok(found) => found,
            Err(_) => {
                let vm_cache = vm_cache.get_or_insert_with(|| self.vm.create_cache());
                self.vm.search_slots(vm_cache, input, slots)
            }
        }
    }

    /// The groups of the leftmost match from `input`'s start into `caps`.
    fn search_captures(&self, input: &Input<'_>, caps: &mut Captures) {
        let pattern = self.search_slots(input, caps.slots_mut());
        caps.set_pattern(pattern);
    }

    fn create_captures(&self) -> Captures {
        self.vm.create_captures()
    }
}

/// Where the leftmost match of `input`, which ends at `end`, begins, found by the forward DFA run
/// anchored from each position in turn (most stop at their first byte), so the backtracker
/// then reads only the match, anchored, instead of trying every start before it (57 K
/// instructions a cell for the subject pattern; BENCHMARKS.md, "Session 11, department").
/// The first position where an anchored match exists is the leftmost match's start: none
/// begins before it in the whole text. None when the search is already anchored or the DFA
/// cannot answer (the backtracker then tries every start, as before).
fn leftmost_start(
    dfa: &hybrid::dfa::DFA,
    cache: &mut hybrid::dfa::Cache,
    input: &Input<'_>,
    end: usize,
) -> Option<usize> {
    if input.get_anchored().is_anchored() || input.get_earliest() {
        return None;
    }
    for at in input.start()..=end {
        let probe = input
            .clone()
            .range(at..input.end())
            .anchored(Anchored::Yes)
            .earliest(true);
        match dfa.try_search_fwd(cache, &probe) {
            Ok(Some(_)) => return Some(at),
            Ok(None) => {}
            Err(_) => return None,
        }
    }
    None
}

/// Whether `at` begins a character of `text` (or is its end).
fn is_char_boundary(text: &[u8], at: usize) -> bool {
    text.get(at).is_none_or(|&b| (b as i8) >= -0x40)
}

/// A pattern asked only whether it matches somewhere (`is_match`). A `regex::Regex` compiles
/// the pattern backwards, to find where a match starts, and that reverse automaton is a good
/// third of compiling a word list (see BENCHMARKS.md, "After (session 8, parser cost)"); a
/// yes-or-no answer needs only the forward one, and no groups (which [`Lean`] keeps). It is
/// searched as `Regex::is_match` searches: a lazy DFA, and the PikeVM where the DFA cannot go
/// on (a Unicode `\b` next to a non-ASCII letter, or a DFA that gives up on its cache).
pub(crate) struct Yes {
    dfa: Option<hybrid::dfa::DFA>,
    vm: PikeVM,
    caches: Pool<YesCaches, YesCachesFn>,
}

/// The PikeVM's cache is made on its first search, as [`Lean`]'s is.
type YesCaches = (Option<hybrid::dfa::Cache>, Option<thompson::pikevm::Cache>);
type YesCachesFn = Box<dyn Fn() -> YesCaches + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// `pattern` compiled for [`Yes::is_match`] only.
pub(crate) fn yes(pattern: &str) -> Yes {
    let nfa = nfa_of(pattern, WhichCaptures::Implicit);
    let dfa = forward_dfa(&nfa);
    let vm = PikeVM::new_from_nfa(nfa).unwrap();
    let d = dfa.clone();
    let create: YesCachesFn = Box::new(move || (d.as_ref().map(|d| d.create_cache()), None));
    Yes {
        dfa,
        vm,
        caches: Pool::new(create),
    }
}

impl Yes {
    /// Whether the pattern matches anywhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let mut caches = self.caches.get();
        let (dfa_cache, vm_cache) = &mut *caches;
        let input = Input::new(text).earliest(true);
        if let (Some(dfa), Some(cache)) = (&self.dfa, dfa_cache.as_mut())
            && let Ok(found) = dfa.try_search_fwd(cache, &input)
        {
            return found.is_some();
        }
        let vm_cache = vm_cache.get_or_insert_with(|| self.vm.create_cache());
        self.vm.is_match(vm_cache, input)
    }
}

/// The groups of one match of a lean pattern in `text`.
pub(super) struct Groups<'h> {
    text: &'h str,
    caps: Captures,
}

/// One group of a match: where it is in the text and what it says.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    fn of(text: &'h str, m: Match) -> Self {
        Group {
            text,
            start: m.start(),
            end: m.end(),
        }
    }
    pub(crate) fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }
    pub(crate) fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl<'h> Groups<'h> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    pub(super) fn get(&self, i: usize) -> Option<Group<'h>> {
        let span = self.caps.get_group(i)?;
        Some(Group {
            text: self.text,
            start: span.start,
            end: span.end,
        })
    }
    /// The group named `name`, if it took part in the match.
    pub(super) fn name(&self, name: &str) -> Option<Group<'h>> {
        let span = self.caps.get_group_by_name(name)?;
        Some(Group {
            text: self.text,
            start: span.start,
            end: span.end,
        })
    }
}

/// A group's text, or "" for a group that took no part (`regex::Captures` panics there).
impl std::ops::Index<usize> for Groups<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i).map_or("", |g| g.as_str())
    }
}

/// A named group's text, or "" for a group that took no part.
impl std::ops::Index<&str> for Groups<'_> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        self.name(name).map_or("", |g| g.as_str())
    }
}

/// `text` with every match of `re` taken out: `regex::Regex::replace_all(text, "")`.
pub(super) fn remove_all(re: &Lean, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in re.find_iter(text) {
        out.push_str(&text[last..m.start()]);
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// `text` with every match of `re` replaced by `with`: `regex::Regex::replace_all(text, with)`
/// for a `with` that names no group (borrowed when nothing matched).
pub(crate) fn replace_all<'h>(re: &Lean, text: &'h str, with: &str) -> Cow<'h, str> {
    replace_all_by(re.find_iter(text).map(|m| (m.range(), with)), text)
}

/// `text` with every match of `re` replaced by what `with` makes of its groups, as
/// `regex::Regex::replace_all` does with a replacement that names groups ("$1 ").
pub(crate) fn replace_all_groups<'h>(
    re: &Lean,
    text: &'h str,
    with: impl Fn(&Groups<'h>) -> String,
) -> Cow<'h, str> {
    let parts: Vec<(Range<usize>, String)> = re
        .groups_iter(text)
        .filter_map(|g| Some((g.get(0)?.range(), with(&g))))
        .collect();
    replace_all_by(parts.iter().map(|(r, w)| (r.clone(), w.as_str())), text)
}

fn replace_all_by<'h, 'w>(
    mut parts: impl Iterator<Item = (Range<usize>, &'w str)>,
    text: &'h str,
) -> Cow<'h, str> {
    let Some(first) = parts.next() else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (range, with) in std::iter::once(first).chain(parts) {
        out.push_str(&text[last..range.start]);
        out.push_str(with);
        last = range.end;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// Reading a lean pattern's groups: `captures` and `captures_iter` of `regex::Regex`.
pub(super) trait Grouped {
    /// The groups of the leftmost match in `text`.
    fn groups<'h>(&self, text: &'h str) -> Option<Groups<'h>>;
    /// The groups of every match in `text`, from left to right, not overlapping.
    fn groups_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Groups<'h>>;
}

impl Grouped for Lean {
    fn groups<'h>(&self, text: &'h str) -> Option<Groups<'h>> {
        let mut caps = self.create_captures();
        self.search_captures(&Input::new(text), &mut caps);
        caps.is_match().then_some(Groups { text, caps })
    }
    fn groups_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Groups<'h>> {
        Searcher::new(Input::new(text))
            .into_captures_iter(self.create_captures(), |input, caps| {
                self.search_captures(input, caps);
                Ok(())
            })
            .filter_map(Result::ok)
            .map(move |caps| Groups { text, caps })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::lexicon::{
        ACTIVITY_VERB_PATTERN, DEADLINE_VERB_PATTERN, EXAM_ALONE_PATTERN, EXAM_CORRECTION_PATTERN,
        FIRST_CLASS_PATTERN, HAPPENS_VERB_PATTERN, LECTURE_NUMBER_PATTERN, NO_CLASS_PATTERN,
        NOT_AN_EXAM_PATTERN, REGISTRAR_PATTERN, RELEASE_VERB_PATTERN, SELF_STUDY_PATTERN,
    };
    use crate::syllabus::lexicon::{
        GRADE_EXAM_PATTERN, GRADE_HOMEWORK_PATTERN, GRADING_LABEL_PATTERN, LECTURE_LABEL_PATTERN,
        TO_BE_ANNOUNCED_PATTERN,
    };

    #[test]
    fn a_yes_pattern_answers_past_a_non_ascii_letter_beside_a_word_boundary() {
        // The lazy DFA stops at "é" next to `\b`; the PikeVM answers from there.
        let day = yes(r"(?i)\bday\b");
        assert!(day.is_match("é Day"));
        assert!(!day.is_match("éday"));
        assert!(!day.is_match("dayé"));
        assert!(day.is_match("Labor day"));
        let from_threads = std::thread::scope(|s| {
            let t = s.spawn(|| day.is_match("a day off"));
            day.is_match("no days") || t.join().unwrap()
        });
        assert!(from_threads);
    }

    proptest::proptest! {
        #[test]
        fn a_pattern_without_its_prefilter_finds_what_it_found_with_one(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "review", "Review", "revisão", "correção", "Correction", "exam", "no class",
                "holiday", "Bayramı", "self-study", "feriado", "sin clases", "due", "DUE", "out",
                "released", "handed  out", "teslimi", "turn in", "will be held", "is on", "held",
                "first class", "Classes begin", "tuition", "last day to", "Lecture", "L", "3",
                "Test 2", "PE 1", "Grading", "lectures", "Meets", "homework", "Midterm", "TBA", "to be announced", "#", ":", "x", "_", "é", " ",
                ".", "-", "\u{301}", "4", "ſ", "**",
            ]), 1..8),
            which in 0usize..17,
        ) {
            let text = words.concat();
            let word_lists = [
                EXAM_CORRECTION_PATTERN, NOT_AN_EXAM_PATTERN, NO_CLASS_PATTERN, SELF_STUDY_PATTERN,
                RELEASE_VERB_PATTERN, DEADLINE_VERB_PATTERN, HAPPENS_VERB_PATTERN,
                ACTIVITY_VERB_PATTERN,
            ];
            // The other shapes the lexicon's patterns are compiled in.
            let pattern = match which {
                8 => format!(r"(?i)^[\W_]*(?:{FIRST_CLASS_PATTERN})\b\s*[:\-–]?\s*"),
                9 => format!(r"(?i){REGISTRAR_PATTERN}"),
                10 => format!(r"(?i)^(?:{LECTURE_NUMBER_PATTERN})\.?\s*#?\s*[0-9]{{1,2}}$"),
                11 => format!(r"(?i)^(?:{EXAM_ALONE_PATTERN})$"),
                12 => format!(r"(?i)^\W*({GRADING_LABEL_PATTERN})\b"),
                13 => format!(r"(?i)\b({LECTURE_LABEL_PATTERN})\b"),
                14 => format!(r"(?i)\b({GRADE_HOMEWORK_PATTERN})"),
                15 => format!(r"(?i)\b({GRADE_EXAM_PATTERN})"),
                16 => format!(r"(?i)\b({TO_BE_ANNOUNCED_PATTERN})\b"),
                _ => format!(r"(?i)\b({})(\b|$)", word_lists[which]),
            };
            let was = regex::Regex::new(&pattern).unwrap().find(&text).map(|m| m.range());
            let now = lean(&pattern).find(text.as_str()).map(|m| m.range());
            proptest::prop_assert_eq!(was, now, "{} on {:?}", which, text);
        }

        #[test]
        fn a_yes_pattern_matches_exactly_where_the_compiled_pattern_matches(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "no class", "NO CLASSES", "Holiday", "bayramı", "Tatil", "feriado", "férié",
                "vorlesungsfrei", "放假", "Labor Day", "labour  day", "Thanksgiving", "self-study",
                "Selbstlernen", "exam period", "Lecture", "Lec", "L", "3", "12", "#", "Midterm",
                "Final", "(ab1)", "homework", "Project", "due", "Due", "submit", "review",
                "Correction", "no", "not", "Registrar", "x", "_", "é", "ſ", "\u{212a}", " ",
                ".", "-", ":", "\u{301}", "İ", "\n",
            ]), 0..8),
            which in 0usize..12,
        ) {
            use crate::syllabus::lexicon::{
                EXAM_PERIOD_PATTERN, GRADE_PROJECT_PATTERN, HOLIDAY_NAME_PATTERN,
            };
            let text = words.concat();
            // The shapes the yes-or-no sites compile: word lists behind `\b` or `^`, with a
            // Unicode word boundary after them or a `$`, and numbered labels.
            let pattern = match which {
                0 => format!(r"(?i)\b(?:{NO_CLASS_PATTERN})(?:\b|$)|\b(?:bayram|tatil)"),
                1 => format!(r"(?i)^(?:{SELF_STUDY_PATTERN})(?:\b|$)"),
                2 => format!(r"(?i)^(?:{EXAM_PERIOD_PATTERN})(?:\b|$)"),
                3 => format!(r"(?i)\b({HOLIDAY_NAME_PATTERN})\b"),
                4 => format!(r"(?i)\b({GRADE_HOMEWORK_PATTERN})"),
                5 => format!(r"(?i)\b{GRADE_PROJECT_PATTERN}"),
                6 => format!(r"(?i)^(?:{LECTURE_NUMBER_PATTERN})\.?\s*#?\s*[0-9]{{1,2}}$"),
                7 => format!(r"(?i)^(?:{EXAM_ALONE_PATTERN})(?:\s*\([a-z]{{1,3}}[0-9]?\))?$"),
                8 => format!(r"(?i)\b({DEADLINE_VERB_PATTERN})\b"),
                9 => format!(r"(?i){REGISTRAR_PATTERN}"),
                10 => format!(r"(?i)\b({LECTURE_LABEL_PATTERN})\b"),
                _ => format!(r"(?i)\b({EXAM_CORRECTION_PATTERN})(\b|$)"),
            };
            let was = lean(&pattern).is_match(text.as_str());
            proptest::prop_assert_eq!(was, yes(&pattern).is_match(&text), "{} on {:?}", which, text);
        }

        #[test]
        fn a_lean_pattern_finds_every_match_regex_found_empty_ones_too(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Hw 2", "due", "é", "中", "\u{301}", " ", "  ", "12:30", "-", "x", "ab", "ſ",
                "\n", "Ⅻ", "2022",
            ]), 0..8),
            which in 0usize..6,
        ) {
            let text = words.concat();
            // Patterns that may match nothing (an empty match next to or inside a character),
            // at the end of the text, or only with a Unicode word boundary.
            let pattern = [
                r"\b", r"(?i)\s*", r"x*", r"(?:é|)(?P<n>[0-9]*)", r"(?i)\b(due|hw)\b\s*([0-9]+)?",
                r"[0-9]{1,2}(?::[0-9]{2})?\s*$|\w+",
            ][which];
            let old = regex::Regex::new(pattern).unwrap();
            let re = lean(pattern);
            let was: Vec<_> = old.find_iter(&text).map(|m| m.range()).collect();
            let now: Vec<_> = re.find_iter(&text).map(|m| m.range()).collect();
            proptest::prop_assert_eq!(&was, &now, "{} on {:?}", pattern, &text);
            let was: Vec<Vec<_>> = old
                .captures_iter(&text)
                .map(|c| c.iter().map(|g| g.map(|g| g.range())).collect())
                .collect();
            let now: Vec<Vec<_>> = re
                .groups_iter(&text)
                .map(|g| (0..old.captures_len()).map(|i| g.get(i).map(|g| g.range())).collect())
                .collect();
            proptest::prop_assert_eq!(&was, &now, "{} on {:?}", pattern, &text);
            proptest::prop_assert_eq!(old.is_match(&text), re.is_match(&text));
        }

        #[test]
        fn removing_a_lean_patterns_matches_is_replace_all_with_nothing(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Hw", "hw 2", "homework", "Project", "proposal", "2nd", " ", "Midterm 1",
                "exam", "Final", "x", "é", ":", "3", "-",
            ]), 0..8),
        ) {
            use crate::syllabus::lexicon::SUBJECT_PATTERN;
            static OLD: std::sync::LazyLock<regex::Regex> =
                std::sync::LazyLock::new(|| regex::Regex::new(SUBJECT_PATTERN).unwrap());
            static NOW: std::sync::LazyLock<Lean> = std::sync::LazyLock::new(|| lean(SUBJECT_PATTERN));
            let text = words.concat();
            proptest::prop_assert_eq!(OLD.replace_all(&text, "").to_string(), remove_all(&NOW, &text));
        }

        #[test]
        fn replacing_a_lean_patterns_matches_is_what_regex_replaced(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "hw03", "_", "__", "lit", "1015", "am", "pm", " ", "-", "12pm", "MWF", "TTh",
                "Tu", "x", "é", "ſ", "Ⅻ", "](", "a.pdf)", "[HW2", ":", "9", "\u{301}",
            ]), 0..8),
            which in 0usize..3,
        ) {
            let text = words.concat();
            // The shapes replaced through `replace_all` and `replace_all_groups`: a literal, a
            // group before a space, and three groups around a colon (an absent group is "").
            let (pattern, with) = [
                (r"\]\([^)\s]*\)|\b((?:M|Tu|Th|T|W|R|F){2,5})\b", "]"),
                (r"([[:alnum:]])_+|(x)?ſ", "$1 "),
                (r"(?i)\b(1[0-2]|0?[1-9])([0-5][0-9])(\s*[ap]\.?m\b)|(é)(x)?", "$1:$2$3"),
            ][which];
            let old = regex::Regex::new(pattern).unwrap();
            let re = lean(pattern);
            let now = if which == 0 {
                replace_all(&re, &text, with)
            } else {
                replace_all_groups(&re, &text, |g| {
                    if which == 1 {
                        format!("{} ", &g[1])
                    } else {
                        format!("{}:{}{}", &g[1], &g[2], &g[3])
                    }
                })
            };
            let was = old.replace_all(&text, with);
            proptest::prop_assert_eq!(matches!(was, Cow::Borrowed(_)), matches!(now, Cow::Borrowed(_)));
            proptest::prop_assert_eq!(was, now, "{} on {:?}", pattern, &text);
        }

        #[test]
        fn a_lean_patterns_groups_are_the_ones_regex_captured(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Fall", "spring", "Güz", "WS", "ws", "Semester", "sem.", "AY", "2022", "2023",
                "24", "1", "2", "/", "-", "–", " ", ", ", "of", "x", "é", "1st", "º semestre",
                "\u{301}",
            ]), 1..8),
            which in 0usize..3,
        ) {
            use crate::syllabus::lexicon::{SEMESTER_NUMBER_PATTERN, TERM_FILLER_PATTERN};
            let text = words.concat();
            let year = "(?:19|20)[0-9]{2}";
            let pattern = match which {
                0 => format!(
                    r"(?i)\b(fall|spring|güz)\s+(?:(?:{TERM_FILLER_PATTERN})\s+)?({year})(?:\s*[-–/]\s*([0-9]{{2,4}}))?\b"
                ),
                1 => format!(
                    r"(?i)\b(?:AY\s*)?({year}|[0-9]{{2}})\s*[/–-]\s*([0-9]{{2}}|{year})\s*,?\s*(?:{SEMESTER_NUMBER_PATTERN})\.?\s*([12])\b"
                ),
                _ => r"\b((?i:winter)|WS)\s*(?P<y>[0-9]{2,4})(?:\s*/\s*([0-9]{2}))?\b".to_string(),
            };
            let old = regex::Regex::new(&pattern).unwrap();
            let groups = |c: &regex::Captures<'_>| -> Vec<_> {
                c.iter().map(|g| g.map(|g| g.range())).collect()
            };
            let was: Vec<Vec<_>> = old.captures_iter(&text).map(|c| groups(&c)).collect();
            let re = lean(&pattern);
            let now: Vec<Vec<_>> = re
                .groups_iter(&text)
                .map(|g| (0..4).take(old.captures_len()).map(|i| g.get(i).map(|g| g.range())).collect())
                .collect();
            proptest::prop_assert_eq!(&was, &now, "{} on {:?}", which, text);
            let first = re.groups(&text).map(|g| g.get(0).map(|m| m.range()));
            proptest::prop_assert_eq!(first, old.find(&text).map(|m| Some(m.range())));
            if which == 2 {
                let named = re.groups(&text).and_then(|g| g.name("y").map(|m| m.as_str().to_string()));
                let old_named = old.captures(&text).and_then(|c| c.name("y").map(|m| m.as_str().to_string()));
                proptest::prop_assert_eq!(named, old_named);
            }
        }
    }
}

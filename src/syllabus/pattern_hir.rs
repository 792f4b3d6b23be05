//! The parser's patterns read straight into `regex_syntax`'s HIR, the tree the NFA compiler
//! starts from, without the AST `regex_syntax::parse` builds first. Parsing was 50 M of the
//! 132 M instructions of `events` on the reference course (BENCHMARKS.md, "Session 13,
//! start-up"), most of it the `(?i)` word lists: the translator folds the case of every letter
//! of every word on its own (a class, its folding, its canonical form, its properties). Here a
//! letter's folded class is made once per thread and copied; classes (`[...]`, `\p{..}`,
//! `\s`, `.`) are parsed alone by `regex_syntax`, once per thread and spelling, and copied.
//!
//! The tree is built with the constructors the translator calls (`Hir::concat`,
//! `Hir::alternation`, `Hir::capture`, `Hir::repetition`), in the same order, so it is the same
//! tree: debug builds compare it with `regex_syntax::parse` for every pattern compiled (every
//! test and corpus run), and the tests below hold the syntax it reads to it. Syntax it does not
//! read (flags other than `i`, escapes other than the ones below) gives `None`, and the pattern
//! is parsed as before.

use std::cell::RefCell;
use std::collections::HashMap;

use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, Look, Repetition};

/// The HIR of `pattern`, as `regex_syntax::parse` gives it, or `None` for syntax not read here.
pub(super) fn read(pattern: &str) -> Option<Hir> {
    let mut reader = Reader {
        text: pattern,
        at: 0,
        fold: false,
        captures: 0,
    };
    let hir = reader.alternation()?;
    (reader.at == pattern.len()).then_some(hir)
}

thread_local! {
    /// Classes and assertions parsed alone, by spelling and case folding.
    static ATOMS: RefCell<[HashMap<Box<str>, Hir>; 2]> = RefCell::new(Default::default());
    /// The case-folded class of a character under `(?i)` (a literal when it has no other case):
    /// ASCII by its code (most letters of the word lists, looked up without hashing), the rest
    /// by character.
    static FOLDED: RefCell<Folded> = RefCell::new((vec![None; 128], HashMap::new()));
}

/// Folded classes of ASCII characters by code, and of the others by character.
type Folded = (Vec<Option<Hir>>, HashMap<char, Hir>);

struct Reader<'p> {
    text: &'p str,
    at: usize,
    /// Whether `(?i)` is in force (flags last to the end of the group that sets them).
    fold: bool,
    /// Capturing groups opened so far: the next one's index is this plus one.
    captures: u32,
}

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn eat(&mut self, s: &str) -> bool {
        let found = self.rest().starts_with(s);
        if found {
            self.at += s.len();
        }
        found
    }

    /// Branches separated by `|`, up to a `)` or the end (left for the caller).
    fn alternation(&mut self) -> Option<Hir> {
        let mut branches = vec![self.concat()?];
        while self.eat("|") {
            branches.push(self.concat()?);
        }
        Some(if branches.len() == 1 {
            branches.pop()?
        } else {
            Hir::alternation(branches)
        })
    }

    /// Items and their repetitions up to a `|`, a `)` or the end. A concatenation of one item
    /// is that item (the AST has no concatenation there, so the translator builds none).
    fn concat(&mut self) -> Option<Hir> {
        let mut items: Vec<Hir> = Vec::new();
        // Whether the last item may be repeated: not a flag setting, not a repetition.
        let mut repeatable = false;
        while let Some(c) = self.rest().chars().next() {
            match c {
                '|' | ')' => break,
                '?' | '*' | '+' | '{' => {
                    if !repeatable {
                        return None;
                    }
                    let sub = items.pop()?;
                    items.push(self.repetition(sub)?);
                    repeatable = false;
                }
                _ => {
                    let (item, can_repeat) = self.item()?;
                    items.push(item);
                    repeatable = can_repeat;
                }
            }
        }
        Some(match items.len() {
            0 => Hir::empty(),
            1 => items.pop()?,
            _ => Hir::concat(items),
        })
    }

    /// `?`, `*`, `+`, `{n}`, `{n,}` or `{n,m}` after `sub`, greedy unless a `?` follows.
    fn repetition(&mut self, sub: Hir) -> Option<Hir> {
        let (min, max) = if self.eat("?") {
            (0, Some(1))
        } else if self.eat("*") {
            (0, None)
        } else if self.eat("+") {
            (1, None)
        } else {
            self.eat("{");
            let min = self.number()?;
            let max = if self.eat(",") {
                if self.rest().starts_with('}') {
                    None
                } else {
                    Some(self.number()?)
                }
            } else {
                Some(min)
            };
            if !self.eat("}") || max.is_some_and(|max| max < min) {
                return None;
            }
            (min, max)
        };
        let greedy = !self.eat("?");
        Some(Hir::repetition(Repetition {
            min,
            max,
            greedy,
            sub: Box::new(sub),
        }))
    }

    fn number(&mut self) -> Option<u32> {
        let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        let n = self.rest()[..digits].parse().ok()?;
        self.at += digits;
        Some(n)
    }

    /// One item and whether a repetition may follow it: a group, a flag setting, a class, an
    /// escape, an anchor or a character.
    fn item(&mut self) -> Option<(Hir, bool)> {
        let c = self.rest().chars().next()?;
        let item = match c {
            '(' => return self.group(),
            '[' => {
                let len = class_len(self.rest())?;
                let spelling = &self.text[self.at..self.at + len];
                self.at += len;
                atom(self.fold, spelling)?
            }
            '\\' => return self.escape().map(|hir| (hir, true)),
            '.' => {
                self.at += 1;
                atom(self.fold, ".")?
            }
            '^' => {
                self.at += 1;
                Hir::look(Look::Start)
            }
            '$' => {
                self.at += 1;
                Hir::look(Look::End)
            }
            // Left to `regex_syntax`: a brace or bracket that closes nothing.
            ']' | '}' => return None,
            _ => {
                self.at += c.len_utf8();
                self.literal(c)
            }
        };
        Some((item, true))
    }

    /// A character: itself, or under `(?i)` the class of its simple case folding.
    fn literal(&self, c: char) -> Hir {
        if !self.fold {
            let mut buf = [0; 4];
            return Hir::literal(c.encode_utf8(&mut buf).as_bytes());
        }
        let fold = || {
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            class.case_fold_simple();
            Hir::class(Class::Unicode(class))
        };
        FOLDED.with_borrow_mut(|(ascii, other)| match ascii.get_mut(c as usize) {
            Some(known) => known.get_or_insert_with(fold).clone(),
            None => other.entry(c).or_insert_with(fold).clone(),
        })
    }

    /// `\` and what follows: a Perl or Unicode class, a word boundary, an escaped
    /// metacharacter, or `\n`/`\t`.
    fn escape(&mut self) -> Option<Hir> {
        let next = self.rest()[1..].chars().next()?;
        let len = match next {
            'd' | 'D' | 's' | 'S' | 'w' | 'W' | 'b' | 'B' => 2,
            'p' | 'P' if self.rest()[2..].starts_with('{') => self.rest().find('}')? + 1,
            'p' | 'P' => 2 + self.rest()[2..].chars().next()?.len_utf8(),
            'n' | 't' => {
                self.at += 2;
                return Some(self.literal(if next == 'n' { '\n' } else { '\t' }));
            }
            _ if regex_syntax::is_meta_character(next) => {
                self.at += 2;
                return Some(self.literal(next));
            }
            _ => return None,
        };
        // `\b{start}` and the like are another syntax.
        if matches!(next, 'b' | 'B') && self.rest()[2..].starts_with('{') {
            return None;
        }
        let spelling = &self.text[self.at..self.at + len];
        self.at += len;
        atom(self.fold, spelling)
    }

    /// `(...)`, `(?:...)`, `(?P<name>...)`, `(?<name>...)`, `(?i:...)`, `(?-i:...)`, or the
    /// flag setting `(?i)`/`(?-i)` (an empty item, which a concatenation drops; it lasts to
    /// the end of the enclosing group). A capturing group's index is counted where it opens.
    fn group(&mut self) -> Option<(Hir, bool)> {
        self.at += 1;
        let outer = self.fold;
        let (mut name, mut capturing) = (None, true);
        if self.eat("?") {
            if self.eat("P<") || self.eat("<") {
                name = Some(self.group_name()?);
            } else if !self.eat(":") {
                capturing = false;
                self.fold = if self.eat("i") {
                    true
                } else if self.eat("-i") {
                    false
                } else {
                    return None;
                };
                if self.eat(")") {
                    return Some((Hir::empty(), false));
                }
                if !self.eat(":") {
                    return None;
                }
            } else {
                capturing = false;
            }
        }
        let index = capturing.then(|| {
            self.captures += 1;
            self.captures
        });
        let sub = self.alternation()?;
        if !self.eat(")") {
            return None;
        }
        self.fold = outer;
        let hir = match index {
            Some(index) => Hir::capture(Capture {
                index,
                name,
                sub: Box::new(sub),
            }),
            None => sub,
        };
        Some((hir, true))
    }

    /// A group's name up to its `>`: ASCII letters, digits and `_`, not starting with a digit.
    fn group_name(&mut self) -> Option<Box<str>> {
        let end = self.rest().find('>')?;
        let name = &self.rest()[..end];
        let valid = !name.is_empty()
            && !name.starts_with(|c: char| c.is_ascii_digit())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let name = valid.then(|| Box::<str>::from(name))?;
        self.at += end + 1;
        Some(name)
    }
}

/// The length of the bracketed class `[...]` at the start of `text`: nested classes and
/// `[:alpha:]` included, a `]` first in a class (after `^`) being a character of it.
fn class_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 1,
            b'[' if depth > 0 && posix_len(&bytes[at..]) > 0 => at += posix_len(&bytes[at..]) - 1,
            b'[' => {
                depth += 1;
                if bytes.get(at + 1) == Some(&b'^') {
                    at += 1;
                }
                if bytes.get(at + 1) == Some(&b']') {
                    at += 1;
                }
            }
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// The length of the ASCII class (`[:alpha:]`, `[:^digit:]`) at the start of `bytes` inside a
/// class, or 0 (a `[:` that names none opens a nested class, as in `regex_syntax`).
fn posix_len(bytes: &[u8]) -> usize {
    let Some(rest) = bytes.strip_prefix(b"[:") else {
        return 0;
    };
    let negated = usize::from(rest.first() == Some(&b'^'));
    let name = rest[negated..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    match rest[negated + name..].starts_with(b":]") && name > 0 {
        true => 2 + negated + name + 2,
        false => 0,
    }
}

/// `spelling` (a class or an assertion) parsed alone, with `(?i)` or without; the first
/// parse of each spelling in a thread is kept for the next.
fn atom(fold: bool, spelling: &str) -> Option<Hir> {
    ATOMS.with_borrow_mut(|atoms| {
        let atoms = &mut atoms[usize::from(fold)];
        if let Some(hir) = atoms.get(spelling) {
            return Some(hir.clone());
        }
        let hir = regex_syntax::ParserBuilder::new()
            .case_insensitive(fold)
            .build()
            .parse(spelling)
            .ok()?;
        atoms.insert(spelling.into(), hir.clone());
        Some(hir)
    })
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::syllabus::lexicon::{
        DEADLINE_VERB_PATTERN, HOLIDAY_NAME_PATTERN, LECTURE_LABEL_PATTERN, SUBJECT_PATTERN,
    };

    /// `pattern` read here is the tree `regex_syntax::parse` gives.
    fn same(pattern: &str) {
        let parsed = regex_syntax::parse(pattern).unwrap();
        assert_eq!(read(pattern), Some(parsed), "{pattern:?}");
    }

    #[test]
    fn the_syntax_the_patterns_use_reads_as_regex_syntax_parses_it() {
        for pattern in [
            r"(?i)\b(due|hand\s+in|entrega|envío|teslim)(\b|$)",
            r"a(?i)b|c",
            r"(?i:ab)c|(?-i:D)e",
            r"x(?i)y(z)|w",
            r"(?P<a>x)((?<b>y)|(z))?",
            r"[:\-–]?[:.h][[:alpha:]'’&-]+[^()\[\]]*?[]a][^]b]",
            r"[[:^digit:]x][a-z&&[^aeiou]]",
            r"\p{L}\pL\P{Lu}\s\S\w\W\d\D\B.",
            r"(?i)\p{Lu}[a-z]\.\-\(\)\[\]\{\}\*\+\?\|\^\$\#\&\~\\\n\t",
            r"a{2}b{2,}c{2,5}d{0,1}?e*?f+?g??",
            r"(?i)ſKkİıß straße",
            r"^$|()|a||(?:)",
            r"#{1,6} ×%",
        ] {
            same(pattern);
        }
        for list in [
            DEADLINE_VERB_PATTERN,
            HOLIDAY_NAME_PATTERN,
            LECTURE_LABEL_PATTERN,
        ] {
            same(&format!(r"(?i)\b({list})(\b|$)"));
            same(&format!(r"(?i)^\W*(?:{list})\b\s*[:\-–]?\s*"));
        }
        same(SUBJECT_PATTERN);
    }

    #[test]
    fn syntax_not_read_here_is_left_to_regex_syntax() {
        for pattern in [
            r"(?m)^a$",
            r"(?x)a b",
            r"(?is)a.",
            r"\x41",
            r"\b{start}a",
            r"\<a\>",
            r"a}",
            r"a]",
            r"a**",
            r"(?i)*",
            r"(a",
            r"a)",
            r"(?P<1a>x)",
        ] {
            assert!(read(pattern).is_none(), "{pattern:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_pattern_read_here_is_the_tree_regex_syntax_parses(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "(?i)", "(?-i)", "(?i:", "(?:", "(", "(?P<n>", ")", "|", "a", "B", "é", "ſ", "k",
                "İ", "–", " ", "#", "-", "\\b", "\\s+", "\\.", "\\p{L}", "[a-z]", "[^()]",
                "[:\\-–]", "[[:alpha:]_]", "?", "*", "+", "{1,2}", "{2}", "{1,}", "??", "^", "$",
                ".", "[0-9]", "\\n",
            ]), 0..12),
        ) {
            let pattern = parts.concat();
            if let Some(hir) = read(&pattern) {
                proptest::prop_assert_eq!(Some(hir), regex_syntax::parse(&pattern).ok(), "{:?}", pattern);
            }
        }
    }
}

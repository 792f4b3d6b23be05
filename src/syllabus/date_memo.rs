//! Dates found once per text and document: the stages of the pipeline search the same lines
//! and cells for dates again and again (the layout, the header, the date column, the
//! context, the activities, the meetings), and a search is most of what parsing costs. Both
//! searches are functions of the text alone, so while a document is parsed (inside
//! [`within`]) each text's answer is kept and a repeated search is a lookup. Nothing is kept
//! between documents, so one course's parse never depends on, or pays for, another's.

use std::cell::RefCell;
use std::collections::HashMap;

use foldhash::fast::FixedState;

use super::dates::DateSpan;

/// One search's answers, by the text searched.
type Answers<V> = HashMap<Box<str>, V, FixedState>;

/// The answers of the document being parsed on this thread, if one is.
#[derive(Default)]
struct Memo {
    found: Answers<Option<(usize, DateSpan)>>,
    prefix: Answers<Option<DateSpan>>,
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Runs `parse` with dates remembered for its length; a `within` inside another shares the
/// outer one's answers (the same document).
pub(super) fn within<T>(parse: impl FnOnce() -> T) -> T {
    let outer = MEMO.with_borrow_mut(|m| {
        let outer = m.is_some();
        if !outer {
            *m = Some(Memo::default());
        }
        outer
    });
    /// Forgets the answers however `parse` ends (a panic included).
    struct Forget;
    impl Drop for Forget {
        fn drop(&mut self) {
            MEMO.with_borrow_mut(|m| *m = None);
        }
    }
    let _forget = (!outer).then_some(Forget);
    parse()
}

/// `find(text)`, remembered while a document is parsed.
pub(super) fn found(
    text: &str,
    find: impl FnOnce(&str) -> Option<(usize, DateSpan)>,
) -> Option<(usize, DateSpan)> {
    remembered(text, find, |m| &mut m.found)
}

/// `read(text)`, remembered while a document is parsed.
pub(super) fn prefix(text: &str, read: impl FnOnce(&str) -> Option<DateSpan>) -> Option<DateSpan> {
    remembered(text, read, |m| &mut m.prefix)
}

fn remembered<V: Copy>(
    text: &str,
    compute: impl FnOnce(&str) -> V,
    answers: impl Fn(&mut Memo) -> &mut Answers<V>,
) -> V {
    let known = MEMO.with_borrow_mut(|m| m.as_mut().map(|m| answers(m).get(text).copied()));
    match known {
        Some(Some(v)) => v,
        // Computed outside the borrow: a search may search again (a range's second date).
        Some(None) => {
            let v = compute(text);
            MEMO.with_borrow_mut(|m| {
                if let Some(m) = m.as_mut() {
                    answers(m).insert(text.into(), v);
                }
            });
            v
        }
        None => compute(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn counted(calls: &Cell<u32>) -> impl Fn(&str) -> Option<DateSpan> + '_ {
        |t| {
            calls.set(calls.get() + 1);
            super::super::dates::parse_date_prefix(t)
        }
    }

    #[test]
    fn a_text_searched_twice_in_one_document_is_searched_once() {
        let calls = Cell::new(0);
        let (a, b) = within(|| {
            (
                prefix("Oct 4 intro", counted(&calls)),
                prefix("Oct 4 intro", counted(&calls)),
            )
        });
        assert_eq!(calls.get(), 1);
        assert_eq!(a, b);
        assert!(a.is_some());
    }

    #[test]
    fn nothing_is_remembered_outside_a_document_or_from_the_last_one() {
        let calls = Cell::new(0);
        prefix("Oct 4", counted(&calls));
        prefix("Oct 4", counted(&calls));
        assert_eq!(calls.get(), 2);
        within(|| prefix("Oct 4", counted(&calls)));
        within(|| within(|| prefix("Oct 4", counted(&calls))));
        assert_eq!(calls.get(), 4, "each document searches for itself");
    }
}

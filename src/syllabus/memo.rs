//! Answers remembered per text while one document is parsed: the stages of the pipeline read
//! the same lines and cells again and again (the layout, the header, the date column, the
//! context, the activities, the meetings), each time searching them for dates, header words
//! or activities, and those searches are most of what parsing costs. A search that is a
//! function of its text alone keeps its answers in a [`PerDocument`] table: while a document
//! is parsed (inside [`within`]) a repeated text is a lookup. Nothing is kept between
//! documents, so one course's parse never depends on, or pays for, another's; outside
//! [`within`] (a stage's own tests) every search runs.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use foldhash::fast::FixedState;

thread_local! {
    /// The document being parsed on this thread (0: none); each [`within`] takes a new one.
    static DOCUMENT: Cell<u64> = const { Cell::new(0) };
    static LAST: Cell<u64> = const { Cell::new(0) };
}

/// Runs `parse` with answers remembered for its length; a `within` inside another is the same
/// document and shares its answers.
pub(super) fn within<T>(parse: impl FnOnce() -> T) -> T {
    if DOCUMENT.get() != 0 {
        return parse();
    }
    /// Ends the document however `parse` ends (a panic included).
    struct End;
    impl Drop for End {
        fn drop(&mut self) {
            DOCUMENT.set(0);
        }
    }
    LAST.set(LAST.get() + 1);
    DOCUMENT.set(LAST.get());
    let _end = End;
    parse()
}

/// One search's answers by the text searched, for the document being parsed: declare one per
/// search in a `thread_local!`. Answers from an earlier document are dropped on first use.
pub(super) struct PerDocument<V> {
    document: Cell<u64>,
    answers: RefCell<HashMap<Box<str>, V, FixedState>>,
}

impl<V: Clone> PerDocument<V> {
    pub(super) fn new() -> Self {
        PerDocument {
            document: Cell::new(0),
            answers: RefCell::new(HashMap::with_hasher(FixedState::default())),
        }
    }

    /// `compute(text)`, remembered while a document is parsed.
    pub(super) fn get(&self, text: &str, compute: impl FnOnce(&str) -> V) -> V {
        let document = DOCUMENT.get();
        if document == 0 {
            return compute(text);
        }
        if self.document.get() != document {
            self.document.set(document);
            self.answers.borrow_mut().clear();
        }
        if let Some(v) = self.answers.borrow().get(text) {
            return v.clone();
        }
        // Computed outside the borrow: a search may search again (a range's second date).
        let v = compute(text);
        self.answers.borrow_mut().insert(text.into(), v.clone());
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LENGTHS: PerDocument<usize> = PerDocument::new();
    }

    fn counted(calls: &Cell<u32>) -> impl Fn(&str) -> usize + '_ {
        |t| {
            calls.set(calls.get() + 1);
            t.len()
        }
    }

    fn length(text: &str, calls: &Cell<u32>) -> usize {
        LENGTHS.with(|m| m.get(text, counted(calls)))
    }

    #[test]
    fn a_text_searched_twice_in_one_document_is_searched_once() {
        let calls = Cell::new(0);
        let (a, b) = within(|| (length("Oct 4 intro", &calls), length("Oct 4 intro", &calls)));
        assert_eq!(calls.get(), 1);
        assert_eq!((a, b), (11, 11));
    }

    #[test]
    fn nothing_is_remembered_outside_a_document_or_from_the_last_one() {
        let calls = Cell::new(0);
        length("Oct 4", &calls);
        length("Oct 4", &calls);
        assert_eq!(calls.get(), 2);
        within(|| length("Oct 4", &calls));
        within(|| within(|| length("Oct 4", &calls)));
        assert_eq!(calls.get(), 4, "each document searches for itself");
    }
}

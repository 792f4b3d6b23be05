//! Pre-printed rows left blank: a plan with a row for every meeting slot of the term (`Do,
//! 21.05.2020  12:30 – 16:00` with no topic and no room under `Thema | Raum`), where the
//! rows that are classes all give their room. A row that repeats the slot's hours and gives
//! nothing else (no topic, no room, no work) is a slot the class does not use: a holiday, the
//! summer, the weeks after the last exam.

use std::collections::HashMap;

use super::WeekRow;

/// Fewest rows that say something for the rule to apply: a plan, not a short list.
const MIN_TOLD: usize = 4;

/// Marks as no class each row that only repeats the hours most rows give, in a table whose
/// rows that say something (`told[i]`) nearly all name their room.
pub(super) fn mark(rows: &mut [WeekRow], told: &[bool]) {
    let told_rows: Vec<&WeekRow> = rows
        .iter()
        .zip(told)
        .filter(|(_, t)| **t)
        .map(|(r, _)| r)
        .collect();
    if told_rows.len() < MIN_TOLD {
        return;
    }
    // Nearly every class names its room (one may be left out), so a row without one says it
    // is none.
    let with_room = told_rows.iter().filter(|r| r.room.is_some()).count();
    if with_room + 1 < told_rows.len() {
        return;
    }
    let mut hours = HashMap::new();
    for r in rows.iter() {
        if let Some(t) = r.time {
            *hours.entry(t).or_insert(0usize) += 1;
        }
    }
    let Some((&slot, &n)) = hours.iter().max_by_key(|(_, n)| **n) else {
        return;
    };
    // The hours are printed on (nearly) every row: they say nothing of a class being held.
    if n * 5 < rows.len() * 4 {
        return;
    }
    for (r, t) in rows.iter_mut().zip(told) {
        if !*t && r.room.is_none() && r.time == Some(slot) && r.range_end.is_none() {
            r.no_class = true;
        }
    }
}

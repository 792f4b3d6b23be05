//! A month written once above its days: a heading or line `## July` (or a month column's
//! cell, `| July | 3 | Introduction |`) and below it rows that give only the day (`- Mon 3:
//! Introduction`, `| 5 | Sorting |`). Each such day is written out with the month above it,
//! so the rows are dated; tried only when the document would otherwise be refused.

use super::dates::{find_date, month_number, weekday};

/// The fewest rows dated this way that make a schedule.
const FEWEST_DAYS: usize = 3;

/// The lines with each day under a month written as "day month", or `None` when fewer
/// than [`FEWEST_DAYS`] are.
pub(super) fn dated(lines: &[String]) -> Option<Vec<String>> {
    let mut month: Option<String> = None;
    let mut days = 0;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(m) = alone_a_month(line) {
            month = Some(m);
            out.push(line.clone());
            continue;
        }
        let mut line = line.clone();
        // A month column: "| July | 3 | Introduction |", then "|  | 5 | Sorting |".
        let cells: Vec<&str> = line.split('|').collect();
        let piped = line.trim_start().starts_with('|') && cells.len() >= 4;
        if piped && let Some(m) = alone_a_month(cells[1]) {
            month = Some(m);
            line = format!("|{}|{}", " ".repeat(cells[1].len()), cells[2..].join("|"));
        }
        if let Some(m) = &month {
            let cells: Vec<&str> = line.split('|').collect();
            // The cell the day is in: the first, or the second after an empty first.
            let at = match (piped, cells.get(1)) {
                (true, Some(c)) if c.trim().is_empty() => {
                    cells[..2].iter().map(|c| c.len() + 1).sum()
                }
                (true, _) => cells[0].len() + 1,
                (false, _) => 0,
            };
            if let Some(end) = line.get(at..).and_then(day_end) {
                line.insert_str(at + end, &format!(" {m}"));
                days += 1;
            }
        }
        out.push(line);
    }
    (days >= FEWEST_DAYS).then_some(out)
}

/// The month name (with its year, if written) that is all of `text`, marks aside: a heading
/// `## July`, `**July 2023**`, `July:`.
fn alone_a_month(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || "#*_:|=-".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [m] if month_number(m).is_some() => Some((*m).to_string()),
        [m, y] if month_number(m).is_some() && y.len() == 4 && y.parse::<u32>().is_ok() => {
            Some(format!("{m} {y}"))
        }
        _ => None,
    }
}

/// Where the day of a text that begins with a day and no month ends: "Mon 3: Intro",
/// "- Wed 5 Sorting", " 3 ". A text that already begins with a date is left as it is.
fn day_end(text: &str) -> Option<usize> {
    let rest = text.trim_start_matches(|c: char| c.is_whitespace() || "-*•+".contains(c));
    let start = text.len() - rest.len();
    if find_date(rest).is_some_and(|(at, _)| at == 0) {
        return None;
    }
    let mut at = start;
    let first = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !first.is_empty() && weekday(first).is_some() {
        at += first.len();
        at += text[at..].len() - text[at..].trim_start_matches(['.', ',', ' ']).len();
    }
    let digits = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    let day: u32 = text[at..at + digits].parse().ok()?;
    let after = &text[at + digits..];
    let ends = after.is_empty()
        || after.starts_with([':', ' ', '\t', ')', '.', '|'])
            && !after[1..].starts_with(|c: char| c.is_ascii_digit());
    ((1..=31).contains(&day) && digits <= 2 && ends).then_some(at + digits)
}

//! Header rows and the role each column plays: week, date, topic, work, reading, time, room.

use super::date_column::cell_date;
use crate::syllabus::activity::{DEADLINE_RE, RELEASE_RE};
use crate::syllabus::dates::{find_date, parse_date_prefix, weekday};
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::{
    DUE_VERB, HEADER_ACTIVITY, HEADER_ACTIVITY_PARTS, HEADER_DATE, HEADER_DATE_PARTS, HEADER_DUE,
    HEADER_ITEM, HEADER_ITEM_PLAIN, HEADER_KIND, HEADER_MONTH, HEADER_OUT, HEADER_READING,
    HEADER_READING_PARTS, HEADER_ROOM, HEADER_TIME, HEADER_TIME_END, HEADER_TIME_START,
    HEADER_TOPIC, HEADER_TOPIC_PARTS, HEADER_VERB_ITEMS, HEADER_WEEK, HEADER_WEEK_OF,
    HEADER_WEEK_PARTS, HEADER_WEEKDAY, OUT_VERB,
};
use crate::syllabus::times::find_time;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::syllabus) enum Role {
    Week,
    Date,
    Topic,
    Activity,
    Reading,
    /// A cell before the date that is not a week number ("Finals", a section number).
    Label,
    /// A column whose header coursecal does not use ("Section", "Chapter").
    Other,
    /// The row's own time ("14:00-15:50").
    Time,
    /// The row's own room.
    Room,
    /// The deadline of the work the row gives ("homework_date", "Due date").
    DueDate,
    /// What kind of meeting the row is ("Tipo": Teoría, Práctica, Examen).
    Kind,
}

/// A row's cells with the role its header gave each, where a header applies.
pub(super) type RoleCells = Vec<(Option<Role>, String)>;

/// The role a header cell names, if it names one.
pub(super) fn header_role(cell: &str) -> Option<Role> {
    thread_local! {
        static NAMED: crate::syllabus::memo::PerDocument<Option<Role>> =
            crate::syllabus::memo::PerDocument::new();
    }
    NAMED.with(|m| m.get(cell, read_role))
}

/// [`header_role`], not remembered.
fn read_role(cell: &str) -> Option<Role> {
    let c = cell.trim().trim_end_matches([':', '.']).to_lowercase();
    let c = c.as_str();
    if HEADER_OUT.contains(&c) || HEADER_DUE.contains(&c) || HEADER_ITEM.contains(&c) {
        return Some(Role::Activity);
    }
    let whole = [
        (HEADER_WEEK, Role::Week),
        (HEADER_DATE, Role::Date),
        (HEADER_TOPIC, Role::Topic),
        (HEADER_ACTIVITY, Role::Activity),
        (HEADER_READING, Role::Reading),
        (HEADER_TIME, Role::Time),
        (HEADER_TIME_START, Role::Time),
        (HEADER_TIME_END, Role::Time),
        (HEADER_WEEK_OF, Role::Date),
        (HEADER_KIND, Role::Kind),
    ];
    if let Some((_, role)) = whole.iter().find(|(words, _)| words.contains(&c)) {
        return Some(*role);
    }
    // A word whose first byte the cell lacks is not in it: most are turned away without a
    // substring search (every cell of every line is asked this).
    let mut bytes = [false; 256];
    for &b in c.as_bytes() {
        bytes[usize::from(b)] = true;
    }
    let has = |parts: &[&str]| {
        parts
            .iter()
            .any(|k| k.as_bytes().first().is_none_or(|&b| bytes[usize::from(b)]) && c.contains(k))
    };
    if has(HEADER_DATE_PARTS) && has(HEADER_ACTIVITY_PARTS) {
        return Some(Role::DueDate);
    }
    if has(HEADER_WEEK_PARTS) {
        return Some(Role::Week);
    }
    if HEADER_ROOM.contains(&c) {
        return Some(Role::Room);
    }
    // Compound or local names of the work column: "Assignments/Exams", "Work due", "Labs".
    if has(HEADER_ACTIVITY_PARTS) {
        return Some(Role::Activity);
    }
    if has(HEADER_READING_PARTS) {
        return Some(Role::Reading);
    }
    has(HEADER_TOPIC_PARTS).then_some(Role::Topic)
}

/// The table's header: a role for each column.
#[derive(Debug, Clone)]
pub(super) struct Header {
    /// Roles by column index.
    roles: Vec<Role>,
    /// Roles by starting column, for a space-laid header.
    placed: Option<Vec<(usize, Role)>>,
    /// The width of each space-laid header cell, in characters.
    widths: Vec<usize>,
    /// The starts in `placed` are the columns' as the rows show them (see [`super::gutters`]),
    /// no longer where the header's words start.
    aligned: bool,
    /// Where the rows show a column starting one space after the last (a text browser's
    /// dump): a cell running over such a start is two cells.
    narrow: Vec<usize>,
    /// The weekday each column names, in a weekday-column grid (see `weekday_grid`).
    weekdays: Option<Vec<Option<chrono::Weekday>>>,
    /// For each column, whether a grid's cells there are lectures: all are, unless a header
    /// above the weekdays names the columns ("Lecture | Recitation | Lab").
    lectures: Option<Vec<bool>>,
    /// The verb each column gives a bare item name under it ("Due": "Homework 1" is due).
    verbs: Vec<Option<&'static str>>,
    /// The column holds handed-in work ("Deliveries"): a bare item under it is due, where
    /// `verbs` says nothing else (see `handed_in`).
    handed_in: Vec<bool>,
    /// How many more cells than space-laid columns the header has (an indented header's
    /// empty first cell): `verbs` and `handed_in` are by cell, `placed` by column.
    placed_shift: isize,
    /// The topic column is headed by a session word ("Tutorial", "Übung"): its rows are
    /// those sessions, not lectures.
    sessions: bool,
    /// A column header says its dates open the week ("Week of", "w/c", "Monday date"): the
    /// rows are weeks, not meetings.
    week_of: bool,
    /// The column naming the month of the date column's bare days (`Mês`), if any.
    month_col: Option<usize>,
    /// The time a weekday column's header gives its meetings ("Monday (10.15-12.00)"), as
    /// written, for each column.
    day_times: Vec<Option<String>>,
    /// A weekday grid's week column is headed by a calendar-week word ("vko", "Uke", "KW"):
    /// its numbers are the weeks of the year (see `weekday_grid::calendar_weeks`).
    calendar_weeks: bool,
    /// For a column headed by the name of an exam ("Quiz", "Midterm") whose cells number
    /// them ("1", "2"), that name: each number is that exam (see [`exam_numbered`]).
    exam_heads: Vec<Option<String>>,
    /// For a column headed by the name of a piece of work or an exam ("Devoir", "Lab"), that
    /// name: an item-first table's row that numbers its item ("1") is that work (see
    /// [`Header::numbered_item`]).
    work_heads: Vec<Option<String>>,
    /// For a column whose compound header says when its work is due ("Assignment due Tuesday
    /// 3:30pm"), the words put after an item under it ("due Tuesday 3:30pm").
    due_when: Vec<Option<String>>,
}

/// The deadline a compound header gives the work under it: "Assignment due Tuesday 3:30pm"
/// gives "due Tuesday 3:30pm". "Assignments Due" alone says no day: the work under it may fall
/// due on any day of the week, so it is left as written. A header that is only a due word is
/// [`header_verb`]'s.
fn header_due_when(cell: &str) -> Option<String> {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let k = words.iter().skip(1).position(|w| {
        let w = w.trim_matches([':', '.', ',']).to_lowercase();
        w == DUE_VERB || HEADER_DUE.contains(&w.as_str()) && !w.contains(' ')
    })? + 1;
    let rest = words[k + 1..].join(" ");
    let rest = rest.trim_matches([':', '.', ',', ')', '(']).trim();
    let said = rest.is_empty()
        || rest
            .split_whitespace()
            .any(|w| weekday(w.trim_matches([',', '.'])).is_some())
        || find_time(rest).is_some();
    said.then(|| format!("{DUE_VERB} {rest}").trim().to_string())
}

/// The verb a header cell gives bare item names under it: due or out. The cell is a due or
/// release word alone ("Due", "Released") or with words naming the work ("Due HW", "HW
/// Assigned", "Homework out").
fn header_verb(cell: &str) -> Option<&'static str> {
    let c = cell.trim().trim_end_matches([':', '.']).to_lowercase();
    let verb = |c: &str| {
        if HEADER_DUE.contains(&c) {
            Some(DUE_VERB)
        } else if HEADER_OUT.contains(&c) {
            Some(OUT_VERB)
        } else {
            None
        }
    };
    verb(&c).or_else(|| {
        let words: Vec<&str> = c.split_whitespace().collect();
        let rest: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !HEADER_VERB_ITEMS.contains(w))
            .collect();
        (rest.len() < words.len() && !rest.is_empty())
            .then(|| verb(&rest.join(" ")))
            .flatten()
    })
}

/// The header cell when it is only an exam's name, so that the name and a number make that
/// exam ("Quiz" over "1", "2": "Quiz 1", "Quiz 2").
fn exam_head(cell: &str) -> Option<String> {
    let name = cell.trim().trim_end_matches([':', '.', '#']);
    if name.is_empty() || name.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (found, unread) = crate::syllabus::activity::parse_cell(&format!("{name} 1"));
    (unread.is_none() && found.len() == 1 && found[0].kind == crate::model::EventKind::Exam)
        .then(|| name.to_string())
}

/// The header cell when it is only the name of a piece of work or of an exam ("Devoir",
/// "Homework", "Quiz"): the name and a number make one such item.
fn work_head(cell: &str) -> Option<String> {
    let name = cell.trim().trim_end_matches([':', '.', '#']);
    if name.is_empty() || name.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if exam_head(cell).is_some() {
        return Some(name.to_string());
    }
    let (found, unread) = crate::syllabus::activity::parse_cell(&format!("{name} 1 {DUE_VERB}"));
    (unread.is_none() && found.len() == 1 && found[0].is_homework).then(|| name.to_string())
}

/// A cell under an exam's name that is only a number ("1", "#2"): that exam, named in full.
fn exam_numbered(cell: &str, head: Option<&String>) -> Option<String> {
    let head = head?;
    let n = cell.trim().trim_start_matches('#');
    (!n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("{head} {n}"))
}

/// A cell under a due or release column, with that column's verb after a bare item name.
fn with_verb(cell: &str, verb: Option<&str>) -> Option<String> {
    let verb = verb?;
    let t = cell.trim();
    // An item with a verb or a date of its own ("Final exam is on May 7") is not bare.
    let told = DEADLINE_RE.is_match(t) || RELEASE_RE.is_match(t) || find_date(t).is_some();
    // A cell that is only hours ("10am to 10:50am", a calendar event's under a Due column) is
    // that row's time, no piece of work.
    if only_hours(t) {
        return None;
    }
    (!t.is_empty() && !told && parse_date_prefix(t).is_none()).then(|| {
        // Several named pieces of work in one cell ("HW2 + Project", "HW4, Quiz 1") each get
        // the verb: put only after the last, it made that one due and left the others
        // unread. Words that are no such piece ("prototype + slides") stay one item.
        let items: Vec<String> = items(t)
            .into_iter()
            .filter(|i| !i.is_empty())
            .map(|i| format!("{i} {verb}"))
            .collect();
        let named = |i: &String| {
            let (found, unread) = crate::syllabus::activity::parse_cell(i);
            !found.is_empty() && unread.is_none()
        };
        if items.len() > 1 && items.iter().all(named) {
            items.join("; ")
        } else {
            format!("{t} {verb}")
        }
    })
}

/// Whether a cell holds hours and nothing else: a time or a range, perhaps with "to".
fn only_hours(t: &str) -> bool {
    let Some(m) = crate::syllabus::times::TIME_RANGE.find(t) else {
        return false;
    };
    !t[..m.start()].chars().any(char::is_alphanumeric)
        && !t[m.end()..].chars().any(char::is_alphanumeric)
}

/// The items of a cell that lists several, split at `+`, `&`, `,` and `;` outside brackets
/// ("Essay (draft, 500 words)" is one item).
fn items(cell: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0i32, 0);
    for (i, c) in cell.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '+' | '&' | ',' | ';' if depth <= 0 => {
                out.push(cell[from..i].trim());
                from = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(cell[from..].trim());
    out
}

impl Header {
    /// The weekday of each column, when the header is a weekday-column grid's.
    pub(super) fn weekdays(&self) -> Option<&[Option<chrono::Weekday>]> {
        self.weekdays.as_deref()
    }

    /// The time column `i`'s header gives its meetings, as written ("10.15-12.00").
    pub(super) fn day_time(&self, i: usize) -> Option<&str> {
        self.day_times.get(i)?.as_deref()
    }

    /// Where each space-laid header cell starts and how wide it is; `None` for a tab or pipe
    /// header, or one with an unnamed margin column.
    pub(super) fn spans(&self) -> Option<Vec<(usize, usize)>> {
        let placed = self.placed.as_ref()?;
        let spans: Vec<(usize, usize)> = placed
            .iter()
            .zip(&self.widths)
            .map(|((c, _), w)| (*c, *w))
            .collect();
        (spans.len() == placed.len() && spans.iter().all(|(_, w)| *w > 0)).then_some(spans)
    }

    /// Places the header's columns where its rows show them to start (one start per header
    /// cell, from [`super::gutters`]), when they show it.
    pub(super) fn align(&mut self, columns: Option<&[super::gutters::Column]>) {
        if let Some(columns) = columns
            && let Some(placed) = self.placed.as_mut()
            && placed.len() == columns.len()
        {
            for ((col, _), c) in placed.iter_mut().zip(columns) {
                *col = c.start;
            }
            self.narrow = columns
                .iter()
                .filter(|c| c.narrow)
                .map(|c| c.start)
                .collect();
            self.aligned = true;
        }
    }

    /// A line whose cells run over the one-space gutters the rows share, split there; `None`
    /// when none does.
    fn split_narrow(&self, line: &Line) -> Option<Line> {
        let placed = line.placed.as_ref()?;
        let mut out: Vec<(usize, String)> = Vec::new();
        for (col, text) in placed {
            let chars: Vec<char> = text.chars().collect();
            let mut from = 0;
            for &start in &self.narrow {
                let Some(at) = start.checked_sub(*col) else {
                    continue;
                };
                if at > from + 1 && at < chars.len() && chars[at - 1] == ' ' {
                    out.push((col + from, chars[from..at - 1].iter().collect()));
                    from = at;
                }
            }
            out.push((col + from, chars[from..].iter().collect()));
        }
        (out.len() > placed.len()).then(|| with_placed(line, out))
    }

    /// The month column and the date column of a table that splits its dates in two
    /// (`Mês | Dia | Data`: the month written at each month's first row, the day in the date
    /// column).
    pub(super) fn month_of_days(&self) -> Option<(usize, usize)> {
        let month = self.month_col?;
        let date = self.roles.iter().position(|r| *r == Role::Date)?;
        (month != date).then_some((month, date))
    }

    /// The role of each column.
    pub(super) fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// The column a space-laid cell `text` starting at `col` falls under, by index: the last
    /// header cell starting at or before it, unless the cell runs on under the next header
    /// cell and starts nearer to that one (a cell centred under a short header, "proof of
    /// concept" under "deadlines", starts left of it).
    pub(super) fn column_at(&self, col: usize, text: &str) -> Option<usize> {
        let placed = self.placed.as_ref()?;
        let at = placed.iter().rposition(|(start, _)| *start <= col + 1);
        let next = at.map_or(0, |i| i + 1);
        let Some(&(next_start, _)) = placed.get(next) else {
            return at;
        };
        let end = col + text.chars().count();
        let here = at.map_or(usize::MAX, |i| col.saturating_sub(placed[i].0));
        let width = self.widths.get(next).copied().unwrap_or(0);
        let under_next = end > next_start + width / 2 && next_start - col < here;
        if under_next { Some(next) } else { at }
    }

    /// A space-laid line whose date cell is apart from the next cell by one space only, where
    /// the date fills its column (a text browser's dump: `2025-01-22 1` under `Date    Module`),
    /// with the date split off where the next word, a number (the module's, the lecture's),
    /// starts exactly at a header cell's start; `None` when there is none. Only right after a
    /// whole date: a topic running on under the next header stays whole, and so does a
    /// weekday after the date ("03 Feb Mar" under "Fecha  Día").
    pub(super) fn split_at_columns(&self, line: &Line) -> Option<Line> {
        // Columns the rows show apart are split where they show it (their starts are no
        // word's).
        if self.aligned {
            return self.split_narrow(line);
        }
        let starts: Vec<usize> = self.placed.as_ref()?.iter().map(|(c, _)| *c).collect();
        let placed = line.placed.as_ref()?;
        let mut out: Vec<(usize, String)> = Vec::new();
        for (col, text) in placed {
            let mut from = 0;
            let chars: Vec<char> = text.chars().collect();
            for (i, ch) in chars.iter().enumerate() {
                if *ch == ' '
                    && i > from
                    && starts.contains(&(col + i + 1))
                    && number_at(&chars[i + 1..])
                    && ends_a_date(&chars[from..i])
                {
                    out.push((col + from, chars[from..i].iter().collect()));
                    from = i + 1;
                }
            }
            out.push((col + from, chars[from..].iter().collect()));
        }
        if out.len() == placed.len() {
            return None;
        }
        Some(with_placed(line, out))
    }

    /// A row's cells, one per header column: as they are in a tab or pipe row with as many
    /// cells as the header, or a space-laid row's cells gathered under the header cell each
    /// starts under (as `pdftotext -layout` prints a table).
    pub(super) fn cells_of(&self, line: &Line) -> Option<Vec<String>> {
        self.gathered(line, 0)
    }

    /// [`Header::cells_of`] with each cell under its header cell's role: an indented header's
    /// empty first cell counted (its `placed_shift`), as an item-first table reads them.
    pub(super) fn cells_by_role(&self, line: &Line) -> Option<Vec<String>> {
        self.gathered(line, self.placed_shift)
    }

    /// The cells of a row, a space-laid one's moved `shift` columns right.
    fn gathered(&self, line: &Line, shift: isize) -> Option<Vec<String>> {
        let n = self.roles.len();
        let Some(placed) = &line.placed else {
            // A stray `| |` at a row's end is no column of its own.
            let stray = line.cells.get(n..).unwrap_or_default();
            return (line.cells.len() >= n && stray.iter().all(|c| c.trim().is_empty()))
                .then(|| line.cells[..n].to_vec());
        };
        let mut cells = vec![String::new(); n];
        for (col, text) in placed {
            // `placed` holds the header's written columns; the cells (and roles) of an
            // indented header begin with an empty one.
            let at = self.column_at(*col, text)? as isize + shift;
            let cell = cells.get_mut(usize::try_from(at).ok()?)?;
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(text);
        }
        Some(cells)
    }

    /// The item a cell of column `i` names when the cell is only a number and the column's
    /// header names a piece of work ("1" under "Devoir": "Devoir 1").
    pub(super) fn numbered_item(&self, i: usize, cell: &str) -> Option<String> {
        exam_numbered(cell, self.work_heads.get(i)?.as_ref())
    }

    /// The verb of each column (see [`header_verb`]).
    pub(super) fn verbs(&self) -> &[Option<&'static str>] {
        &self.verbs
    }

    /// Whether a weekday grid numbers its rows by the weeks of the year (see
    /// `calendar_weeks`).
    pub(super) fn calendar_weeks(&self) -> bool {
        self.calendar_weeks
    }

    /// Whether a column's header says its dates open the week (see `week_of`).
    pub(super) fn week_of(&self) -> bool {
        self.week_of
    }

    /// Makes column `out` the work handed out and column `due` the work falling due, as
    /// `Released | Due` headers would (see `work_pairs`).
    pub(super) fn pair_work(&mut self, out: usize, due: usize) {
        for (i, verb) in [(out, OUT_VERB), (due, DUE_VERB)] {
            if let Some(v) = self.verbs.get_mut(i) {
                *v = Some(verb);
            }
        }
    }

    /// Whether the table's rows are sessions other than lectures (see `sessions`).
    pub(super) fn sessions(&self) -> bool {
        self.sessions
    }

    /// Whether a grid's cells in column `i` are lectures.
    pub(super) fn lecture_column(&self, i: usize) -> bool {
        self.lectures
            .as_ref()
            .is_none_or(|l| l.get(i).copied().unwrap_or(true))
    }

    /// A weekday row right under the header `prev`: the columns `prev` names other than the
    /// topic ("Recitation", "Lab", "Others") are not lectures.
    pub(super) fn under(&mut self, prev: &Header) {
        if self.weekdays.is_some()
            && prev.weekdays.is_none()
            && prev.roles.len() == self.roles.len()
        {
            self.lectures = Some(prev.roles.iter().map(|r| *r == Role::Topic).collect());
        }
    }
}

/// The line as a header row, if it is one: several header words and no date. A header
/// may come again after a page break; the latest one applies.
pub(super) fn read_header(line: &Line) -> Option<Header> {
    let known = line
        .cells
        .iter()
        .filter(|c| header_role(c).is_some())
        .count();
    let cells: Vec<&str> = line.cells.iter().map(String::as_str).collect();
    // A space-laid grid needs a column for the week's date left of the weekdays: text before
    // the first weekday could not be told from that day's cell. A header set far in from the
    // left margin leaves that column unnamed: the margin is its column.
    let open_lead = open_lead(line);
    let weekdays = super::weekday_grid::header_weekdays(&cells).filter(|days| {
        line.positional()
            || open_lead
            || days
                .iter()
                .zip(&cells)
                .find(|(_, c)| !c.trim().is_empty())
                .is_some_and(|(d, _)| d.is_none())
    });
    let known = known + weekdays.as_ref().map_or(0, |d| d.iter().flatten().count());
    // Most lines name fewer than two roles: they are turned away before their cells are
    // searched for dates (most of what reading a header costs).
    if known < 2 {
        return None;
    }
    if reads_as_row(line, known) {
        return None;
    }
    let roles = column_roles(&cells);
    let sessions = roles.iter().zip(&cells).any(|(r, c)| {
        *r == Role::Topic
            && matches!(
                super::session::read(c),
                Some(super::session::Session::Held(_))
            )
    });
    let day_times = day_times(&cells, weekdays.as_deref());
    let week_of = cells.iter().any(|c| names_week_start(c));
    let calendar_weeks = weekdays
        .as_deref()
        .is_some_and(|days| super::weekday_grid::calendar_weeks(&cells, days));
    let month_col = cells
        .iter()
        .position(|c| HEADER_MONTH.contains(&c.trim().to_lowercase().as_str()));
    Some(Header {
        month_col,
        day_times,
        calendar_weeks,
        weekdays,
        lectures: None,
        sessions,
        week_of,
        verbs: cells.iter().map(|c| header_verb(c)).collect(),
        handed_in: cells
            .iter()
            .map(|c| super::handed_in::names_handed_in(c))
            .collect(),
        placed_shift: line.cells.len() as isize - placed_lead(line, open_lead).len() as isize,
        due_when: cells.iter().map(|c| header_due_when(c)).collect(),
        exam_heads: cells.iter().map(|c| exam_head(c)).collect(),
        work_heads: cells.iter().map(|c| work_head(c)).collect(),
        roles,
        aligned: false,
        narrow: Vec::new(),
        widths: placed_lead(line, open_lead)
            .iter()
            .map(|(_, c)| c.chars().count())
            .collect(),
        placed: line.placed.as_ref().map(|_| {
            let p = placed_lead(line, open_lead);
            let cells: Vec<&str> = p.iter().map(|(_, c)| c.as_str()).collect();
            p.iter()
                .map(|(col, _)| *col)
                .zip(column_roles(&cells))
                .collect()
        }),
    })
}

/// Whether a line naming `known` column roles is a row after all: a long cell, or a date or
/// a work's hour in it.
fn reads_as_row(line: &Line, known: usize) -> bool {
    // Short cells; a tab or pipe header naming three roles may have a longer one.
    let most_words = if known >= 3 && line.positional() {
        6
    } else {
        3
    };
    let plain = line
        .cells
        .iter()
        .all(|c| cell_date(c).is_none() && c.split_whitespace().count() <= most_words);
    // "Homework 1 | Due June 6th | Thursday" names work, a due word and a day, but it is a row;
    // so is "Quiz 1 | due by 9am", work and a due word with its hour (a header naming three
    // columns or more may give its due column's hour: "Project due Friday 5pm").
    let timed_work = known < 3
        && line.cells.iter().any(|c| {
            header_role(c) == Some(Role::Activity) && crate::syllabus::times::TIME_LIKE.is_match(c)
        });
    !plain || timed_work || line.cells.iter().any(|c| find_date(c).is_some())
}

/// The time each weekday column's header gives its meetings (see `Header::day_times`).
fn day_times(cells: &[&str], weekdays: Option<&[Option<chrono::Weekday>]>) -> Vec<Option<String>> {
    cells
        .iter()
        .zip(
            weekdays
                .into_iter()
                .flatten()
                .chain(std::iter::repeat(&None)),
        )
        .map(|(c, d)| d.is_some().then(|| header_time(c)).flatten())
        .collect()
}

/// The line with its space-laid cells replaced by `placed`.
fn with_placed(line: &Line, placed: Vec<(usize, String)>) -> Line {
    let lead = line.cells.first().is_some_and(String::is_empty);
    let cells = lead
        .then(String::new)
        .into_iter()
        .chain(placed.iter().map(|(_, t)| t.clone()))
        .collect();
    Line {
        cells,
        placed: Some(placed),
        ..line.clone()
    }
}

/// Whether a piece of a cell starts with a whole number (a module's, a lecture's), not an
/// amount (`15%`) or a word.
fn number_at(piece: &[char]) -> bool {
    let word: Vec<&char> = piece.iter().take_while(|c| **c != ' ').collect();
    !word.is_empty() && word.iter().all(|c| c.is_ascii_digit())
}

/// Whether a piece of a cell is a date and nothing more (a weekday before it allowed).
fn ends_a_date(piece: &[char]) -> bool {
    let piece: String = piece.iter().collect();
    crate::syllabus::dates::find_date(&piece)
        .is_some_and(|(at, span)| at == 0 && span.len == piece.len())
}

/// Fewest columns of margin before a space-laid header that leave its first column unnamed.
const OPEN_LEAD: usize = 8;

/// Whether a space-laid header starts far enough in that the margin left of it is a column
/// of its own (the week's, in a grid whose rows start at the margin).
fn open_lead(line: &Line) -> bool {
    line.cells.first().is_some_and(String::is_empty)
        && line
            .placed
            .as_ref()
            .and_then(|p| p.first())
            .is_some_and(|(col, _)| *col >= OPEN_LEAD)
}

/// A space-laid header's cells with where each starts, the unnamed margin column first when
/// there is one, so that they line up with the line's cells (whose first is then empty).
fn placed_lead(line: &Line, open_lead: bool) -> Vec<(usize, String)> {
    let lead = open_lead.then(|| (0, String::new()));
    lead.into_iter()
        .chain(line.placed.iter().flatten().cloned())
        .collect()
}

/// A header cell naming the date that opens each week: "Week of", "w/c", "Monday date".
fn names_week_start(cell: &str) -> bool {
    let c = cell.trim().trim_end_matches([':', '.']).to_lowercase();
    if HEADER_WEEK_OF.contains(&c.as_str()) {
        return true;
    }
    let words: Vec<&str> = c.split_whitespace().collect();
    matches!(words.as_slice(), [day, date] if weekday(day).is_some() && HEADER_DATE.contains(date))
}

/// The time a weekday header cell gives its column ("Monday (10.15-12.00)"), as written.
fn header_time(cell: &str) -> Option<String> {
    use crate::syllabus::times;
    let Some(c) = times::TIME_RANGE.find(cell) else {
        // "(Miércoles 12hs.)": the start alone, which lasts as a lone start does.
        let start = times::marked_hour(cell)?;
        let end = start + chrono::Duration::minutes(times::LONE_START_MINUTES);
        return Some(format!("{}-{}", start.format("%H:%M"), end.format("%H:%M")));
    };
    let written = &cell[c.range()];
    times::find_time_range(written).map(|_| written.to_string())
}

/// Whether a compound header cell starts with a topic word: "Lecture/Lab".
fn led_by_topic_word(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    let first = c.split(['/', '&', '+']).next().unwrap_or(&c).trim();
    first != c && HEADER_TOPIC.contains(&first)
}

/// The role of each header cell. A weekday column ("Day") is the date column only when no
/// other column is ("Day | Date | Time": the dates are under "Date").
fn column_roles(cells: &[&str]) -> Vec<Role> {
    let mut roles: Vec<Role> = cells
        .iter()
        .map(|c| header_role(c).unwrap_or(Role::Other))
        .collect();
    let weekday = |c: &str| {
        HEADER_WEEKDAY.contains(
            &c.trim()
                .trim_end_matches([':', '.'])
                .to_lowercase()
                .as_str(),
        )
    };
    let dated = |i: usize| roles[i] == Role::Date && !weekday(cells[i]);
    if (0..roles.len()).any(dated) {
        for (i, role) in roles.iter_mut().enumerate() {
            if *role == Role::Date && weekday(cells[i]) {
                *role = Role::Other;
            }
        }
    }
    // "Lecture/Lab", "Topic & activities": without a topic column, a compound header led by
    // a topic word is the topic column ("Lecture/Tutorial" beside "Topic" names kinds).
    if !roles.contains(&Role::Topic)
        && let Some(i) = (0..roles.len()).find(|&i| led_by_topic_word(cells[i]))
    {
        roles[i] = Role::Topic;
    }
    item_topic(cells, &mut roles);
    // "Week | Date | Session": without a topic column, the first column of a name coursecal
    // does not know after the dates holds what each row is about.
    if !roles.contains(&Role::Topic)
        && let Some(d) = (0..roles.len()).position(|i| roles[i] == Role::Date && !weekday(cells[i]))
        && let Some(i) = (d + 1..roles.len())
            .find(|&i| roles[i] == Role::Other && !weekday(cells[i]) && !cells[i].trim().is_empty())
    {
        roles[i] = Role::Topic;
    }
    roles
}

/// "Day | Date | Time | Item | Room": a generic item column ("Item", lexicon
/// `HEADER_ITEM_PLAIN`) in a table of dated meetings (a date column, a time or room column, no
/// topic column and no release or due column) names what each meeting is, so it is the topic.
/// Read as work, every timed row there became a lecture titled only by its number and each
/// lab in it a lecture besides. Under `Item | Posted | Deadline` it stays the work's name.
fn item_topic(cells: &[&str], roles: &mut [Role]) {
    let plain = |c: &str| {
        HEADER_ITEM_PLAIN.contains(
            &c.trim()
                .trim_end_matches([':', '.'])
                .to_lowercase()
                .as_str(),
        )
    };
    let meetings = roles.contains(&Role::Date)
        && roles.iter().any(|r| matches!(r, Role::Time | Role::Room))
        && !roles.contains(&Role::Topic)
        && cells.iter().all(|c| header_verb(c).is_none());
    if meetings && let Some(i) = (0..roles.len()).find(|&i| plain(cells[i])) {
        roles[i] = Role::Topic;
    }
}

/// Gives each cell of a row its header role. Tab and pipe rows match by index, where the
/// header has as many cells and agrees on the date column (PDF extraction shifts some);
/// space-laid rows match the header column they start under.
pub(super) fn with_roles(
    line: &Line,
    header: Option<&Header>,
    date_col: Option<usize>,
) -> RoleCells {
    match &line.placed {
        None => by_index(line, header, date_col),
        Some(placed) => by_place(placed, header),
    }
}

/// [`with_roles`] for a tab or pipe row: cells by index.
fn by_index(line: &Line, header: Option<&Header>, date_col: Option<usize>) -> RoleCells {
    // A row may stop before the header's last columns (empty cells at its end are
    // not written, or are trimmed with the line): its cells still line up from the left.
    // (Not in a weekday grid, whose cells are placed by the weekday row.)
    let short_ok = header.is_some_and(|h| h.weekdays.is_none()) && line.cells.len() >= 2;
    let roles = header.map(|h| &h.roles).filter(|h| {
        (h.len() == line.cells.len() || short_ok && line.cells.len() < h.len())
            && h.iter()
                .position(|x| *x == Role::Date)
                .is_none_or(|d| date_col.is_none_or(|dc| dc == d))
    });
    let verbs = roles.and(header.map(Header::verbs));
    let due_when = roles.and(header.map(|h| &h.due_when));
    let handed_in = roles.and(header.map(|h| &h.handed_in));
    let verb = |i: usize| {
        verbs
            .and_then(|v| v.get(i).copied().flatten())
            .or_else(|| due_when.and_then(|d| d.get(i)?.as_deref()))
    };
    let exam_heads = roles.and(header.map(|h| &h.exam_heads));
    let told = |i: usize, c: &str| match verb(i) {
        Some(v) => with_verb(c, Some(v)),
        None if let Some(exam) = exam_numbered(c, exam_heads.and_then(|e| e.get(i)?.as_ref())) => {
            Some(exam)
        }
        None if handed_in.and_then(|h| h.get(i)) == Some(&true) => super::handed_in::told(c),
        None => None,
    };
    line.cells
        .iter()
        .enumerate()
        .map(|(i, c)| match told(i, c) {
            Some(told) => (Some(Role::Activity), told),
            // Hours under a due column are the row's own (a calendar event's).
            None if verb(i).is_some() && only_hours(c) => (Some(Role::Time), c.clone()),
            None => (roles.map(|h| h[i]), c.clone()),
        })
        .collect()
}

/// [`with_roles`] for a space-laid row: cells by the header column they start under.
fn by_place(placed: &[(usize, String)], header: Option<&Header>) -> RoleCells {
    let columns = header.filter(|h| h.placed.is_some());
    placed
        .iter()
        .map(|(col, c)| {
            let at = columns.map(|h| h.column_at(*col, c).unwrap_or(0));
            let role = columns
                .zip(at)
                .and_then(|(h, i)| h.placed.as_ref()?.get(i).map(|(_, r)| *r));
            // A bare item under a due or release column, as in a tab or pipe row.
            // The header's cell over this column (an indented header has an empty
            // cell first, no column).
            let cell = columns
                .zip(at)
                .and_then(|(h, i)| Some((h, usize::try_from(i as isize + h.placed_shift).ok()?)));
            let verb = cell.and_then(|(h, j)| h.verbs.get(j).copied().flatten());
            let handed_in = cell.is_some_and(|(h, j)| h.handed_in.get(j) == Some(&true));
            let exam_head = cell.and_then(|(h, j)| h.exam_heads.get(j)?.as_ref());
            let told = match verb {
                Some(_) => with_verb(c, verb),
                None if let Some(exam) = exam_numbered(c, exam_head) => Some(exam),
                None if handed_in => super::handed_in::told(c),
                None => None,
            };
            match told {
                Some(told) => (Some(Role::Activity), told),
                None => (role, c.clone()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn line(text: &str) -> Line {
        layout::read(&[text.to_string()])
            .pop()
            .flatten()
            .expect("a row")
    }

    #[test]
    fn a_header_that_names_an_exam_turns_a_bare_number_under_it_into_that_exam() {
        assert_eq!(exam_head("Quiz").as_deref(), Some("Quiz"));
        assert_eq!(exam_head("Midterm").as_deref(), Some("Midterm"));
        assert_eq!(exam_head("Week"), None);
        assert_eq!(exam_head("Topic"), None);
        let quiz = Some("Quiz".to_string());
        assert_eq!(
            exam_numbered(" 2 ", quiz.as_ref()).as_deref(),
            Some("Quiz 2")
        );
        assert_eq!(exam_numbered("Review", quiz.as_ref()), None);
        assert_eq!(exam_numbered("2", None), None);
    }

    #[test]
    fn a_header_that_names_a_piece_of_work_names_the_numbered_items_of_an_item_table() {
        assert_eq!(work_head("Devoir").as_deref(), Some("Devoir"));
        assert_eq!(work_head("Homework").as_deref(), Some("Homework"));
        assert_eq!(work_head("Quiz").as_deref(), Some("Quiz"));
        assert_eq!(work_head("No"), None);
        assert_eq!(work_head("Date de remise"), None);
        assert_eq!(work_head("Matière"), None);
    }

    #[test]
    fn a_due_or_release_word_beside_the_works_name_gives_its_verb() {
        assert_eq!(header_verb("Due HW"), Some(DUE_VERB));
        assert_eq!(header_verb("HW due"), Some(DUE_VERB));
        assert_eq!(header_verb("Assigned HW"), Some(OUT_VERB));
        assert_eq!(header_verb("Homework out:"), Some(OUT_VERB));
        assert_eq!(header_verb("HW"), None);
        assert_eq!(header_verb("Assigned HW Content"), None);
        assert_eq!(header_verb("Due"), Some(DUE_VERB));
    }

    #[test]
    fn each_item_of_a_cell_under_a_due_column_is_due() {
        assert_eq!(
            with_verb("HW2 + Project", Some(DUE_VERB)).as_deref(),
            Some("HW2 due; Project due")
        );
        assert_eq!(
            with_verb("Essay (draft, 500 words)", Some(DUE_VERB)).as_deref(),
            Some("Essay (draft, 500 words) due")
        );
        assert_eq!(with_verb("10am to 10:50am", Some(DUE_VERB)), None);
        // Words that name no piece of work each stay one item.
        assert_eq!(
            with_verb("prototype + slides", Some(DUE_VERB)).as_deref(),
            Some("prototype + slides due")
        );
    }

    #[test]
    fn a_header_row_names_the_date_column() {
        let h = read_header(&line("Week\tDate\tTopic\tActivities")).expect("a header");
        assert_eq!(
            h.roles,
            [Role::Week, Role::Date, Role::Topic, Role::Activity]
        );
    }

    #[test]
    fn a_work_column_with_date_in_its_name_holds_the_deadlines() {
        for cell in ["homework_date", "Assignment due date", "Ödev tarihi"] {
            assert_eq!(header_role(cell), Some(Role::DueDate), "{cell}");
        }
        assert_eq!(header_role("Due dates"), Some(Role::Activity));
        assert_eq!(header_role("Date"), Some(Role::Date));
    }

    #[test]
    fn a_month_column_beside_the_date_column_names_the_days_month() {
        let h = read_header(&line("Mês\tDia\tData\tAtividade\tConteúdo")).expect("a header");
        assert_eq!(h.month_of_days(), Some((0, 2)));
        let h = read_header(&line("Week\tDate\tTopic")).expect("a header");
        assert_eq!(h.month_of_days(), None);
    }

    #[test]
    fn a_day_column_is_the_date_column_only_without_a_date_column() {
        let h = read_header(&line("Code\tDay\tDate\tTime")).expect("a header");
        assert_eq!(h.roles, [Role::Other, Role::Other, Role::Date, Role::Time]);
        let h = read_header(&line("Day\tTopic")).expect("a header");
        assert_eq!(h.roles, [Role::Date, Role::Topic]);
    }

    #[test]
    fn a_row_with_a_date_is_never_a_header() {
        assert!(read_header(&line("Week\tOct 4\tTopic")).is_none());
    }

    #[test]
    fn compound_and_local_header_names_are_read() {
        assert_eq!(header_role("Assignments/Exams"), Some(Role::Activity));
        assert_eq!(header_role("Teaching week"), Some(Role::Week));
        assert_eq!(header_role("w/c"), Some(Role::Date));
        assert_eq!(header_role("Konu"), Some(Role::Topic));
        assert_eq!(header_role("Derslik"), Some(Role::Room));
        assert_eq!(header_role("Section"), None);
        assert_eq!(header_role("The topic of the session"), Some(Role::Topic));
    }

    #[test]
    fn a_space_laid_cell_takes_the_role_of_the_column_it_starts_under() {
        let h = read_header(&line(" Week    Date      Topic")).expect("a header");
        let roles: Vec<Option<Role>> =
            with_roles(&line(" 1       Jan 10    Intro"), Some(&h), None)
                .into_iter()
                .map(|(r, _)| r)
                .collect();
        assert_eq!(
            roles,
            [Some(Role::Week), Some(Role::Date), Some(Role::Topic)]
        );
    }

    #[test]
    fn a_tab_header_that_disagrees_with_the_voted_date_column_is_ignored() {
        let h = read_header(&line("Date\t\tTopic")).expect("a header");
        let row = with_roles(&line("1\tOct 4\tIntro"), Some(&h), Some(1));
        assert!(row.iter().all(|(r, _)| r.is_none()));
    }
}

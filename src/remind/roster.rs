//! The class list: addresses read from an LMS participants export (CSV).

use lettre::message::Mailbox;

/// Largest roster read: a class of a thousand is about 100 KB; anything past this is the
/// wrong file (or a device that never ends), and is refused after reading one byte more.
pub const MAX_ROSTER_BYTES: usize = 8 * 1024 * 1024;

/// A roster problem, with the CSV line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct RosterError {
    /// 1-based line (0: the file as a whole).
    pub line: usize,
    /// What and what to do.
    pub message: String,
}

/// Addresses read from a roster, and the rows that had to be skipped.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// The addresses, without duplicates.
    pub addresses: Vec<Mailbox>,
    /// Rows whose address is not an address: skipped, so one typo never stops the class's mail.
    pub skipped: Vec<RosterError>,
    /// With a group column ("Groups"): each address (lower case) with its row's line and
    /// groups (Moodle lists several as "Section 1, Lab A").
    pub groups: Option<std::collections::HashMap<String, (usize, Vec<String>)>>,
}

/// Reads addresses from a participants CSV: the column is found by its header
/// ("Email address", "E-mail", "E-posta adresi", …); comma, semicolon or tab separated (the
/// one the header line uses most). Quoted fields may hold the separator, quotes and line
/// breaks. Every row that gives no usable address is reported in `skipped` with its line;
/// duplicates (compared without case) are dropped. Linear in the number of rows.
pub fn read_roster(text: &str) -> Result<Roster, RosterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(header) = text.lines().find(|l| !l.trim().is_empty()) else {
        return Err(RosterError {
            line: 0,
            message: "the roster is empty; export the participants list as CSV".into(),
        });
    };
    let delim = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.matches(char::from(*d)).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let (header_line, col, group_col) = email_column(&mut reader)?;
    let mut out = Roster {
        groups: group_col.map(|_| std::collections::HashMap::new()),
        ..Roster::default()
    };
    // About a row per 48 bytes in an LMS export: a guess that saves rehashing as it grows.
    let rows = text.len() / 48;
    out.addresses.reserve(rows);
    let mut seen = std::collections::HashSet::with_capacity(rows);
    // One record, refilled row by row: a large roster is not one allocation per row.
    let mut record = csv::StringRecord::new();
    loop {
        let skip = |line: u64, message: String| RosterError {
            line: usize::try_from(line).unwrap_or(usize::MAX),
            message,
        };
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                out.skipped.push(skip(line, format!("this row cannot be read ({e}); the students on it get no reminders until it is fixed")));
                continue;
            }
        };
        let line = record.position().map_or(header_line, csv::Position::line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let addr = record.get(col).unwrap_or("");
        if addr.is_empty() {
            out.skipped.push(skip(line, "this row has no email address; this student gets no reminders until it is filled in".into()));
            continue;
        }
        match parse_mailbox(addr) {
            Ok(mb) => {
                let email = AsRef::<str>::as_ref(&mb.email).to_lowercase();
                if seen.insert(email.clone()) {
                    out.addresses.push(mb);
                    if let (Some(groups), Some(g)) = (&mut out.groups, group_col) {
                        let names = record.get(g).unwrap_or("").split([',', ';']);
                        let names = names.map(str::trim).filter(|n| !n.is_empty());
                        let line = usize::try_from(line).unwrap_or(usize::MAX);
                        groups.insert(email, (line, names.map(str::to_string).collect()));
                    }
                }
            }
            Err(_) => out.skipped.push(skip(line, format!("\"{addr}\" is not an email address; this student gets no reminders until the row is fixed"))),
        }
    }
    Ok(out)
}

/// A roster cell as a mailbox. A plain `user@domain` (the usual LMS export) is read as an
/// address directly, which is much cheaper than the full RFC 5322 mailbox grammar; anything
/// else (a display name, quotes, non-ASCII) goes through that grammar.
fn parse_mailbox(cell: &str) -> Result<Mailbox, lettre::address::AddressError> {
    let plain = |b: &u8| b.is_ascii_alphanumeric() || b"@.-_+".contains(b);
    if cell.bytes().all(|b| plain(&b))
        && let Ok(address) = cell.parse::<lettre::Address>()
    {
        return Ok(Mailbox::new(None, address));
    }
    cell.parse::<Mailbox>()
}

/// What `[mail] exclude` did to a roster.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Excluded {
    /// Roster addresses dropped.
    pub dropped: Vec<Mailbox>,
    /// Excluded addresses the roster does not hold (a typo, or a student who left).
    pub unmatched: Vec<String>,
}

/// Where a roster's students belong among a course's sections.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placement {
    /// Address (lower case) → the name of its section.
    pub section_of: std::collections::HashMap<String, String>,
    /// Students in no known section: (line, address, their groups as written). They get
    /// the shared events only.
    pub unplaced: Vec<(usize, String, Vec<String>)>,
    /// Students in two or more sections' groups: (line, address, the sections). They get
    /// the first one's events.
    pub several: Vec<(usize, String, Vec<String>)>,
}

/// Matches each student's groups (without case) to the sections' roster groups. Without
/// sections, nobody is placed and nobody is missing; without a group column, every student
/// is unplaced.
pub fn place(roster: &Roster, sections: &[crate::model::Section]) -> Placement {
    let mut out = Placement::default();
    if sections.is_empty() {
        return out;
    }
    for mb in &roster.addresses {
        let email = mb.email.to_string().to_lowercase();
        let (line, groups) = roster
            .groups
            .as_ref()
            .and_then(|g| g.get(&email))
            .cloned()
            .unwrap_or_default();
        let matched: Vec<String> = sections
            .iter()
            .filter(|s| {
                groups
                    .iter()
                    .any(|g| g.to_lowercase() == s.group().to_lowercase())
            })
            .map(|s| s.name.clone())
            .collect();
        match matched.as_slice() {
            [] => out.unplaced.push((line, email, groups)),
            [one] => {
                out.section_of.insert(email, one.clone());
            }
            [first, ..] => {
                out.section_of.insert(email.clone(), first.clone());
                out.several.push((line, email, matched.clone()));
            }
        }
    }
    out
}

/// Drops the roster rows whose address is in `exclude` (lowercase), compared without case,
/// so an instructor can honour "please stop" without editing the LMS export.
pub fn exclude(roster: &mut Roster, exclude: &[String]) -> Excluded {
    if exclude.is_empty() {
        return Excluded::default();
    }
    let wanted: std::collections::HashSet<&str> = exclude.iter().map(String::as_str).collect();
    let (dropped, kept) = std::mem::take(&mut roster.addresses)
        .into_iter()
        .partition(|m| wanted.contains(m.email.to_string().to_lowercase().as_str()));
    roster.addresses = kept;
    let found: std::collections::HashSet<String> = dropped
        .iter()
        .map(|m: &Mailbox| m.email.to_string().to_lowercase())
        .collect();
    let unmatched = exclude
        .iter()
        .filter(|a| !found.contains(*a))
        .cloned()
        .collect();
    Excluded { dropped, unmatched }
}

/// The header row: its line, the index of the email column and that of the group column.
fn email_column(
    reader: &mut csv::Reader<&[u8]>,
) -> Result<(u64, usize, Option<usize>), RosterError> {
    let header = reader
        .records()
        .find(|r| r.as_ref().map_or(true, |r| !r.iter().all(str::is_empty)))
        .and_then(Result::ok)
        .ok_or_else(|| RosterError {
            line: 1,
            message: "the header row cannot be read; export the participants list as CSV".into(),
        })?;
    let line = header.position().map_or(1, csv::Position::line);
    let col = header
        .iter()
        .position(|c| {
            let c = c.to_lowercase();
            c.contains("email") || c.contains("e-mail") || c.contains("e-posta") || c.contains("eposta") || c == "mail"
        })
        .ok_or_else(|| RosterError {
            line: usize::try_from(line).unwrap_or(1),
            message: format!("no email column in the header ({}); the roster needs a column named like \"Email address\"", header.iter().collect::<Vec<_>>().join(", ")),
        })?;
    let groups = header.iter().position(|c| {
        crate::syllabus::lexicon::ROSTER_GROUP_HEADERS.contains(&c.trim().to_lowercase().as_str())
    });
    Ok((line, col, groups))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excluded_address_is_dropped_whatever_its_case_and_a_stray_one_is_reported() {
        let mut r = read_roster("Email\nAyse@Metu.edu.tr\ncan@metu.edu.tr\n").unwrap();
        let ex = exclude(
            &mut r,
            &["ayse@metu.edu.tr".into(), "gone@metu.edu.tr".into()],
        );
        let left: Vec<String> = r.addresses.iter().map(|m| m.email.to_string()).collect();
        assert_eq!(left, ["can@metu.edu.tr"]);
        assert_eq!(ex.dropped.len(), 1);
        assert_eq!(ex.unmatched, ["gone@metu.edu.tr"]);
    }

    #[test]
    fn a_plain_cell_reads_as_the_full_mailbox_grammar_reads_it() {
        let cells = [
            "a@x.org",
            "A.B+c_d-e@Example.ORG",
            "a@@x.org",
            "@x.org",
            "a@",
            "a",
            "a..b@x.org",
            ".a@x.org",
            "a.@x.org",
            "a@x..org",
            "a@-x.org",
            "a@x_y.org",
            "a@x",
            "a@127.0.0.1",
            "Ann <a@x.org>",
        ];
        for cell in cells {
            let fast = parse_mailbox(cell).ok();
            let full = cell.parse::<Mailbox>().ok();
            assert_eq!(fast, full, "{cell}");
        }
    }

    #[test]
    fn the_email_column_is_found_by_its_header() {
        let csv = "\u{feff}\"First name\",\"Last name\",\"Email address\",\"Groups\"\n\"Ayşe\",\"Yılmaz\",\"ayse@metu.edu.tr\",\"A, B\"\n\"Can\",\"Öz\",\"can@metu.edu.tr\",\"\"\n";
        let r = read_roster(csv).unwrap().addresses;
        assert_eq!(
            r.iter().map(|m| m.email.to_string()).collect::<Vec<_>>(),
            ["ayse@metu.edu.tr", "can@metu.edu.tr"]
        );
        let tr = "Adı;Soyadı;E-posta adresi\nAli;Veli;ali@metu.edu.tr\n";
        assert_eq!(read_roster(tr).unwrap().addresses.len(), 1);
    }

    #[test]
    fn a_bad_roster_address_names_its_line() {
        let r = read_roster("Name,Email\nA,a@x.org\nB,not-an-address\nC,c@x.org\n").unwrap();
        assert_eq!(r.addresses.len(), 2, "the others still get their reminders");
        assert_eq!(r.skipped[0].line, 3);
        assert!(r.skipped[0].message.contains("not-an-address"));
        assert!(
            read_roster("Name,Phone\nA,1\n")
                .unwrap_err()
                .message
                .contains("no email column")
        );
    }

    #[test]
    fn a_quoted_field_with_a_line_break_keeps_its_student_and_later_lines_are_counted_right() {
        let csv = "Name,Notes,Email\nA,\"two\nlines\",a@x.org\nB,,b@x.org\nC,,bad\n";
        let r = read_roster(csv).unwrap();
        let got: Vec<String> = r.addresses.iter().map(|m| m.email.to_string()).collect();
        assert_eq!(got, ["a@x.org", "b@x.org"]);
        assert_eq!(r.skipped.len(), 1);
        assert_eq!(
            r.skipped[0].line, 5,
            "the row after the two-line field is on line 5"
        );
    }

    #[test]
    fn a_row_with_an_empty_email_cell_is_reported_and_a_blank_row_is_not() {
        let r = read_roster("Name;Email\nA;a@x.org\n\n;;\nB;\n").unwrap();
        assert_eq!(r.addresses.len(), 1);
        assert_eq!(r.skipped.len(), 1, "{:?}", r.skipped);
        assert_eq!(r.skipped[0].line, 5);
        assert!(r.skipped[0].message.contains("no email address"));
    }

    #[test]
    fn duplicates_are_dropped_whatever_their_case() {
        let r = read_roster("Email\na@x.org\nA@X.org\nb@x.org\na@x.org\n").unwrap();
        let got: Vec<String> = r.addresses.iter().map(|m| m.email.to_string()).collect();
        assert_eq!(got, ["a@x.org", "b@x.org"]);
        assert!(r.skipped.is_empty());
    }

    #[test]
    fn a_tab_separated_roster_with_a_bom_is_read() {
        let r = read_roster("\u{feff}Ad\tE-posta adresi\nAli\tali@metu.edu.tr\n").unwrap();
        assert_eq!(r.addresses.len(), 1);
    }

    fn section(name: &str, group: Option<&str>) -> crate::model::Section {
        crate::model::Section {
            name: name.into(),
            slug: name.to_lowercase().replace(' ', "-"),
            meetings: Vec::new(),
            exam_time: None,
            exam_location: None,
            roster_group: group.map(String::from),
        }
    }

    #[test]
    fn the_groups_column_places_students_in_sections_and_names_those_in_none() {
        let r = read_roster("Email address;Groups\nA@x.org;Lab 1, section 1\nb@x.org;Şube 2\nc@x.org;Lab 3\nd@x.org;\ne@x.org;Section 1, Şube 2\n").unwrap();
        let sections = [
            section("Section 1", None),
            section("Section 2", Some("Şube 2")),
        ];
        let p = place(&r, &sections);
        assert_eq!(
            p.section_of.get("a@x.org").map(String::as_str),
            Some("Section 1")
        );
        assert_eq!(
            p.section_of.get("b@x.org").map(String::as_str),
            Some("Section 2")
        );
        assert_eq!(
            p.unplaced,
            [
                (4, "c@x.org".to_string(), vec!["Lab 3".to_string()]),
                (5, "d@x.org".to_string(), Vec::new())
            ]
        );
        assert_eq!(p.several[0].0, 6);
        assert!(
            place(&r, &[]).unplaced.is_empty(),
            "a course without sections places nobody"
        );
    }

    #[test]
    fn without_a_group_column_every_student_is_unplaced_in_a_course_with_sections() {
        let r = read_roster("Email address\na@x.org\n").unwrap();
        assert!(r.groups.is_none());
        let p = place(&r, &[section("Section 1", None)]);
        assert_eq!(p.unplaced.len(), 1);
    }
}

//! The class list: addresses read from an LMS participants export (CSV).

use lettre::message::Mailbox;

/// A roster problem, with the CSV line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct RosterError {
    /// 1-based line (0: the file as a whole).
    pub line: usize,
    /// What and what to do.
    pub message: String,
}

fn split_csv_line(line: &str, delim: char) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cur.push('"');
            }
            '"' => quoted = !quoted,
            c if c == delim && !quoted => cells.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    cells.push(cur);
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

/// Addresses read from a roster, and the rows that had to be skipped.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// The addresses, without duplicates.
    pub addresses: Vec<Mailbox>,
    /// Rows whose address is not an address: skipped, so one typo never stops the class's mail.
    pub skipped: Vec<RosterError>,
}

/// Reads addresses from a participants CSV: the column is found by its header
/// ("Email address", "E-mail", "E-posta adresi", …); comma, semicolon or tab separated.
pub fn read_roster(text: &str) -> Result<Roster, RosterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(RosterError {
            line: 0,
            message: "the roster is empty; export the participants list as CSV".into(),
        });
    };
    let delim = [',', ';', '\t']
        .into_iter()
        .max_by_key(|d| header.matches(*d).count())
        .unwrap_or(',');
    let cols = split_csv_line(header, delim);
    let col = cols
        .iter()
        .position(|c| {
            let c = c.to_lowercase();
            c.contains("email") || c.contains("e-mail") || c.contains("e-posta") || c.contains("eposta") || c == "mail"
        })
        .ok_or_else(|| RosterError {
            line: 1,
            message: format!("no email column in the header ({}); the roster needs a column named like \"Email address\"", cols.join(", ")),
        })?;
    let mut out = Roster::default();
    for (i, line) in lines {
        let cells = split_csv_line(line, delim);
        let Some(addr) = cells.get(col).filter(|a| !a.is_empty()) else {
            continue;
        };
        match addr.parse::<Mailbox>() {
            Ok(mb) if !out.addresses.iter().any(|m| m.email == mb.email) => out.addresses.push(mb),
            Ok(_) => {}
            Err(_) => out.skipped.push(RosterError {
                line: i + 1,
                message: format!("\"{addr}\" is not an email address; this student gets no reminders until the row is fixed"),
            }),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(
            read_roster("Name,Phone\nA,1\n")
                .unwrap_err()
                .message
                .contains("no email column")
        );
    }
}

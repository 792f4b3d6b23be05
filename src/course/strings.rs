//! What a course file's strings may contain. Its strings end up in feed properties, mail
//! headers, the page and logs; a line break hidden in one (TOML's `"\r\n"` escape) could
//! forge a property or a header, so control characters are refused where the file is read,
//! with the key's line, rather than trusted to every writer downstream.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Keys whose value is prose that may run over several lines: line ends and tabs are kept,
/// and every writer escapes them (the feed's TEXT escaping turns CR LF into `\n`).
const MULTI_LINE_KEYS: &[&str] = &["description"];

/// A string value that may not be used, with the byte offset of the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadString {
    /// Byte offset of the value in the file.
    pub offset: usize,
    /// What is wrong and what to do.
    pub message: String,
}

/// The first string value in `text` (a TOML document) holding a control character, if any.
/// A document that does not parse is left to the typed reader, which explains the syntax.
pub fn first_control_character(text: &str) -> Option<BadString> {
    let doc = DeTable::parse(text).ok()?;
    find_in_table(doc.get_ref(), "")
}

fn find_in_table(table: &DeTable<'_>, prefix: &str) -> Option<BadString> {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.get_ref().to_string()
        } else {
            format!("{prefix}.{}", key.get_ref())
        };
        if let Some(bad) = find_in_value(value, key.get_ref(), &path) {
            return Some(bad);
        }
    }
    None
}

fn find_in_value(value: &Spanned<DeValue<'_>>, key: &str, path: &str) -> Option<BadString> {
    match value.get_ref() {
        DeValue::String(s) => check_string(s, key, path, value.span().start),
        DeValue::Array(items) => items.iter().find_map(|v| find_in_value(v, key, path)),
        DeValue::Table(t) => find_in_table(t, path),
        _ => None,
    }
}

fn check_string(s: &str, key: &str, path: &str, offset: usize) -> Option<BadString> {
    let multi_line = MULTI_LINE_KEYS.contains(&key);
    let bad = s
        .chars()
        .find(|c| c.is_control() && !(multi_line && matches!(c, '\n' | '\r' | '\t')))?;
    Some(BadString {
        offset,
        message: format!(
            "`{path}` contains the control character U+{:04X}; write the value on one line without escapes such as \\n or \\r",
            u32::from(bad)
        ),
    })
}

/// Checks that a web address is http(s): anything else (`javascript:`, `file:`) would be a
/// link on the page and in mail that does something other than open a page.
pub fn web_address(key: &str, url: &str) -> Result<(), String> {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !url.contains(char::is_whitespace) => Ok(()),
        _ => Err(format!(
            "{key} \"{url}\" is not a web address; write an http(s) URL, e.g. \"https://example.edu/ceng501\""
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_break_in_a_url_is_found_with_its_key() {
        let text = "code = \"CEng 501\"\nurl = \"https://x.edu/\\r\\nUID:forged\"\n";
        let bad = first_control_character(text).unwrap();
        assert_eq!(&text[bad.offset..bad.offset + 1], "\"");
        assert!(
            bad.message
                .starts_with("`url` contains the control character U+000D")
        );
    }

    #[test]
    fn nested_keys_and_lists_are_searched() {
        let text = "[[add]]\nkind = \"exam\"\ntitle = \"Quiz\\u0007\"\nstart = \"2022-11-01\"\n";
        let bad = first_control_character(text).unwrap();
        assert!(
            bad.message.starts_with("`add.title` contains"),
            "{}",
            bad.message
        );
        let text = "[mail]\nto = [\"a@x.org\", \"b@x.org\\n\"]\n";
        assert!(first_control_character(text).is_some());
    }

    #[test]
    fn a_description_may_run_over_several_lines() {
        let text = "[[add]]\nkind = \"other\"\ntitle = \"Talk\"\nstart = \"2022-11-01\"\ndescription = \"\"\"\nRoom change.\n\tBring a laptop.\"\"\"\n";
        assert_eq!(first_control_character(text), None);
        let text = "[[add]]\ndescription = \"a\\u0007b\"\n";
        assert!(first_control_character(text).is_some());
    }

    #[test]
    fn only_http_and_https_addresses_are_web_addresses() {
        assert!(web_address("url", "https://ceng.metu.edu.tr/~x").is_ok());
        assert!(web_address("url", "HTTP://example.edu").is_ok());
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "example.edu",
            "https://a b",
        ] {
            let e = web_address("url", bad).unwrap_err();
            assert!(e.contains("is not a web address"), "{bad}: {e}");
        }
    }
}

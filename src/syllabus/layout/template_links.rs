//! Links whose target is a site template's expression (`[Assessment 0]({{ site.data.a0.url
//! }})`, as Jekyll and Hugo pages write them): the spaces inside the braces keep CommonMark
//! from reading a link, so its target would stay in the text and hide what the link shows.
//! Each such space becomes an underscore (the text keeps its length and its lines), and the
//! target is dropped as any other link's.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::syllabus::lean::{Lean, lean, replace_all_groups};

/// A link target that opens with a template expression, on one line, perhaps followed by a
/// path (`{{ site.baseurl }}/hw1.pdf`).
static TEMPLATE_TARGET: LazyLock<Lean> =
    LazyLock::new(|| lean(r"\]\(((?:\{\{[^}\n]*\}\}|\{%[^%\n]*%\})[^)\s]*)\)"));

/// `raw` with the spaces of every template link target made underscores.
pub(super) fn joined(raw: &str) -> Cow<'_, str> {
    // Only a source with a template's braces right after a link's text runs the pattern.
    if !raw.contains("]({") {
        return Cow::Borrowed(raw);
    }
    replace_all_groups(&TEMPLATE_TARGET, raw, |g| {
        format!("]({})", g[1].replace(' ', "_"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_target_loses_its_spaces_and_keeps_its_length() {
        let raw = "* [Essay 1]({{ site.baseurl }}/e1.pdf) and [Lab 2]({{ site.data.lab2.url }})";
        let out = joined(raw);
        assert_eq!(out.len(), raw.len());
        assert!(out.contains("[Lab 2]({{_site.data.lab2.url_}})"), "{out}");
        assert!(
            out.contains("[Essay 1]({{_site.baseurl_}}/e1.pdf)"),
            "{out}"
        );
        assert_eq!(joined("[Notes](n1.pdf)"), "[Notes](n1.pdf)");
    }
}

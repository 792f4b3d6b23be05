//! The subscribe page's schedule: one row per event with its time and room, a cancelled event
//! says "Cancelled" in words, the next item as of the build's `--now` is marked and linked from
//! the top, and the page has a print style.

use crate::common::{coursecal_in, reference_course, transcript};

fn page(now: &str) -> String {
    let (dir, course) = reference_course(
        "id = \"ceng501\"\nterm = \"Fall 2022\"\n[[cancel]]\nevent = \"lecture-5\"\n",
    );
    let out = coursecal_in(dir.path())
        .arg("build")
        .arg(&course)
        .args(["--out", "public", "--now", now])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    std::fs::read_to_string(dir.path().join("public/index.html")).unwrap()
}

/// The "next" line at the top and the schedule rows with a class (cancelled, next).
fn marked(html: &str) -> Vec<String> {
    html.lines()
        .filter(|l| l.starts_with("<tr class=") || l.starts_with("<p class=\"next-link\""))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_cancelled_lecture_says_cancelled_and_the_next_item_is_marked_and_linked() {
    let html = page("2022-10-30 12:00");
    insta::assert_snapshot!("page_cancelled_and_next_rows", marked(&html).join("\n"));
}

#[test]
fn the_next_item_follows_the_builds_now_and_is_absent_after_the_term() {
    let mid = page("2022-11-20 09:00");
    let next: Vec<&str> = mid.lines().filter(|l| l.contains("id=\"next\"")).collect();
    assert_eq!(next.len(), 1, "{mid}");
    assert!(next[0].contains("Applications of RNNs"), "{}", next[0]);
    let after = page("2023-02-01 09:00");
    assert!(
        !after.contains("id=\"next\"") && !after.contains("next-link\""),
        "{after}"
    );
}

#[test]
fn the_page_has_a_phone_layout_and_a_print_style() {
    let html = page("2022-11-20 09:00");
    assert!(html.contains("@media (max-width:40rem)"), "{html}");
    assert!(html.contains("@media print{"), "{html}");
}

#[test]
fn the_page_says_how_to_subscribe_in_each_calendar_and_not_to_import_a_copy() {
    let html = page("2022-11-20 09:00");
    let howto = html
        .split("<div class=\"howto\">")
        .nth(1)
        .and_then(|h| h.split("</div>").next())
        .unwrap_or_else(|| panic!("no how-to on the page: {html}"));
    for (client, step) in [
        ("Google Calendar", "From URL"),
        ("Apple Calendar", "New Calendar Subscription"),
        ("Outlook", "Subscribe from web"),
        ("Thunderbird", "On the Network"),
    ] {
        let item = howto
            .lines()
            .find(|l| l.starts_with(&format!("<li><strong>{client}</strong>")))
            .unwrap_or_else(|| panic!("no step for {client}: {howto}"));
        assert!(item.contains(step), "{item}");
    }
    assert!(howto.contains("never changes"), "{howto}");
    // This course has no [feed] url, so no subscribe links: the steps name none.
    assert!(
        !html.contains("webcal://") && !howto.contains("Add to Google"),
        "{howto}"
    );
    // Below the links it explains, above the schedule; left out of a printed copy.
    let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s}: {html}"));
    assert!(
        at("class=\"feed\"") < at("class=\"howto\"")
            && at("class=\"howto\"") < at("id=\"schedule\"")
    );
    assert!(html.contains(".next-link,.howto{display:none}"), "{html}");
}

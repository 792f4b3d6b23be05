//! The subscribe page in a real browser: headless Chromium loads a test copy of the built page
//! at a phone's and a laptop's size, and a script written into the copy reports whether
//! anything is wider than the viewport. Headless windows are at least 500 px wide, so the copy
//! is shown in a frame of the exact size (its media queries see the frame's width), and tells
//! the outer page what it measured. `tests/run.sh` installs Chromium when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{coursecal_in, root, transcript};

/// Measures the page after layout and writes the result into the DOM, for `--dump-dom`.
const PROBE: &str = "<script>(function(){var vw=document.documentElement.clientWidth,wide=[];\
document.querySelectorAll('body *').forEach(function(el){var r=el.getBoundingClientRect();\
if(r.width>0&&(r.right>vw+0.5||r.left<-0.5)){wide.push(el.tagName.toLowerCase()+(el.className?'.'+el.className:'')+' '+Math.round(r.left)+'..'+Math.round(r.right))}});\
parent.postMessage('viewport='+vw+' scroll='+document.documentElement.scrollWidth+' wide='+wide.slice(0,5).join(', '),'*')})();</script>";

/// The outer page: the frame, and the measurement written into the DOM for `--dump-dom`.
fn frame(width: u32, height: u32) -> String {
    format!(
        "<!DOCTYPE html><html><body style=\"margin:0\"><pre id=\"probe\"></pre>\
         <script>addEventListener('message',function(e){{document.getElementById('probe').textContent=e.data}})</script>\
         <iframe src=\"probed.html\" width=\"{width}\" height=\"{height}\" style=\"border:0;display:block\"></iframe></body></html>"
    )
}

fn chromium() -> PathBuf {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if let Ok(out) = Command::new("sh")
            .args(["-c", &format!("command -v {name}")])
            .output()
            && out.status.success()
        {
            return PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        }
    }
    panic!("no headless Chromium found: install the Debian package `chromium` (tests/run.sh does)");
}

/// The probe's line for `page` at `width`×`height`: "viewport=390 scroll=390 wide=".
fn measure(page: &Path, width: u32, height: u32) -> String {
    let html = std::fs::read_to_string(page).unwrap();
    let probed = page.with_file_name("probed.html");
    std::fs::write(
        &probed,
        html.replace("</body>", &format!("{PROBE}\n</body>")),
    )
    .unwrap();
    let outer = page.with_file_name("frame.html");
    std::fs::write(&outer, frame(width, height)).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={},{}", width.max(500), height + 100))
        // Lets the frame load and post its message before the DOM is dumped.
        .arg("--virtual-time-budget=5000")
        .arg("--dump-dom")
        .arg(format!("file://{}", outer.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let line = dom
        .split("<pre id=\"probe\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| {
            panic!(
                "the probe did not run: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    line.to_string()
}

fn fits(line: &str, width: u32) {
    assert!(
        line.starts_with(&format!("viewport={width} scroll={width} wide=")),
        "the page is wider than {width} px: {line}"
    );
    assert!(line.ends_with("wide="), "{line}");
}

/// The reference course's page, built mid-term so a "next" item is marked.
fn reference_page() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for name in ["ceng501-fall2022.toml", "ceng501-fall2022.txt"] {
        std::fs::copy(root().join("schedule").join(name), dir.path().join(name)).unwrap();
    }
    let out = coursecal_in(dir.path())
        .args([
            "build",
            "ceng501-fall2022.toml",
            "--now",
            "2022-11-20 09:00",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    let page = dir.path().join("public/index.html");
    (dir, page)
}

#[test]
fn the_subscribe_page_fits_a_phone_and_a_laptop_with_nothing_off_screen() {
    let (_dir, page) = reference_page();
    fits(&measure(&page, 390, 844), 390);
    fits(&measure(&page, 360, 740), 360);
    fits(&measure(&page, 1280, 900), 1280);
}

#[test]
fn the_check_sees_an_element_wider_than_the_phone() {
    let (_dir, page) = reference_page();
    let html = std::fs::read_to_string(&page).unwrap();
    let anchor = "<h2>Subscribe</h2>";
    assert!(html.contains(anchor), "{html}");
    let wide = format!("<div style=\"width:600px\">x</div>{anchor}");
    std::fs::write(&page, html.replace(anchor, &wide)).unwrap();
    let line = measure(&page, 390, 844);
    assert!(
        line.contains("scroll=6") && line.contains("div 1"),
        "{line}"
    );
}

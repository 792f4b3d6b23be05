//! Layout readers and recognisers, part 2: LaTeX sources, start-only lecture slots, times
//! beside dates, month.day dates and side-by-side schedules. Every fixture is written in our
//! own words in a shape seen in real syllabi.

use serde_json::Value;

use crate::common::{events_json, fixture};

fn of_kind<'a>(events: &'a [Value], kind: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["kind"] == kind).collect()
}

fn starts(events: &[&Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["start"].as_str().unwrap().to_string())
        .collect()
}

fn titles(events: &[&Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_latex_source_with_a_tabular_schedule() {
    let text = r"\documentclass[11pt]{article}
\usepackage{multirow}
\title{GEO 210: Field Mapping}
\author{Spring 2026}
\begin{document}
\maketitle
\section*{Logistics}
\begin{itemize}
  \item Lectures meet Mondays and Wednesdays 9:30--10:45 AM in Hall 2.
  % \item Labs are due on Fridays at noon.
\end{itemize}
\section*{Schedule}
\begin{tabular}{c|c|l|l}
  Week & Date & Topic & Work \\
  \hline
  \multirow{2}{*}{1} & Jan 12 &
      Maps \& Scales & \\
   & Jan 14 & Contours & \textbf{Lab 1 Out} \\
  \hline
  \multirow{2}{*}{2} & Jan 19 & \textcolor{red}{No Class} & \\
   & Jan 21 & Compass Work & Lab 1 Due \\
\end{tabular}
\end{document}
";
    let (_d, path) = fixture(text, "geo210.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        [
            "2026-01-12T09:30:00-06:00",
            "2026-01-14T09:30:00-06:00",
            "2026-01-21T09:30:00-06:00"
        ],
        "{stderr}"
    );
    assert_eq!(
        titles(&lectures),
        ["Maps & Scales", "Contours", "Compass Work"]
    );
    assert_eq!(lectures[0]["end"], "2026-01-12T10:45:00-06:00");
    assert_eq!(starts(&of_kind(&events, "release")), ["2026-01-14"]);
    // The commented-out rule (due at noon) is not published text.
    assert_eq!(
        starts(&of_kind(&events, "deadline")),
        ["2026-01-21T23:59:00-06:00"]
    );
}

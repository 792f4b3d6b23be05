//! The reference syllabus (CEng 501, Fall 2022) gives exactly 21 events.

use serde_json::Value;

use crate::common::{coursecal, events_json, root};

fn reference() -> (Vec<Value>, String) {
    events_json(std::path::Path::new("schedule/ceng501-fall2022.toml"), &[])
}

fn by_key<'a>(events: &'a [Value], key: &str) -> &'a Value {
    events
        .iter()
        .find(|e| e["key"] == key)
        .unwrap_or_else(|| panic!("no event {key}"))
}

#[test]
fn the_reference_syllabus_gives_exactly_twenty_one_events() {
    let (events, _) = reference();
    let keys: Vec<&str> = events.iter().map(|e| e["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "lecture-1",
            "release-hw1",
            "lecture-2",
            "deadline-hw1",
            "lecture-3",
            "lecture-4",
            "lecture-5",
            "release-hw2",
            "lecture-6",
            "lecture-7",
            "lecture-8",
            "deadline-hw2",
            "lecture-9",
            "release-hw3",
            "lecture-10",
            "lecture-11",
            "lecture-12",
            "deadline-hw3",
            "lecture-13",
            "lecture-14",
            "exam",
        ]
    );
}

#[test]
fn fourteen_tuesday_lectures_in_the_lecture_slot() {
    let (events, _) = reference();
    let dates = [
        "2022-10-04",
        "2022-10-11",
        "2022-10-18",
        "2022-10-25",
        "2022-11-01",
        "2022-11-08",
        "2022-11-15",
        "2022-11-22",
        "2022-11-29",
        "2022-12-06",
        "2022-12-13",
        "2022-12-20",
        "2022-12-27",
        "2023-01-03",
    ];
    let lectures: Vec<&Value> = events.iter().filter(|e| e["kind"] == "lecture").collect();
    assert_eq!(lectures.len(), 14);
    for (i, (e, d)) in lectures.iter().zip(dates).enumerate() {
        assert_eq!(e["week"], i as u64 + 1);
        assert_eq!(e["start"], format!("{d}T09:40:00+03:00"));
        assert_eq!(e["end"], format!("{d}T12:30:00+03:00"));
        assert_eq!(e["location"], "BMB4");
        assert_eq!(e["all_day"], false);
        assert_eq!(e["timezone"], "Europe/Istanbul");
        assert_eq!(
            e["uid"],
            format!("ceng501-fall2022-lecture-{}@coursecal", i + 1)
        );
    }
}

#[test]
fn lectures_carry_their_titles_and_dehyphenated_details() {
    let (events, _) = reference();
    assert_eq!(
        by_key(&events, "lecture-4")["title"],
        "Convolutional neural networks (CNNs)"
    );
    assert_eq!(
        by_key(&events, "lecture-3")["description"],
        "Biological neuron, artificial neuron, Perceptron, Multilayer Perceptrons, Activation Functions, \
         Loss Functions, Backpropagation, Stochastic Gradient Descent"
    );
    assert_eq!(
        by_key(&events, "lecture-4")["description"],
        "Connectivity types, Convolution, Convolutional neural networks, Pooling, AlexNet, Data augmentation, \
         Dropout, Batch and group norm."
    );
    let rnn = by_key(&events, "lecture-7")["description"]
        .as_str()
        .unwrap();
    assert!(rnn.contains("Long short-term memory networks"), "{rnn}");
    assert_eq!(
        by_key(&events, "lecture-11")["description"],
        "Boltzmann machines, Deep belief networks, Auto-encoders, Variational autoencoders, \
         Generative Adversarial Networks, Diffusion"
    );
    assert_eq!(
        by_key(&events, "lecture-13")["description"],
        "Double descent, Dynamic Filter Networks, Non-local neural networks, Graph Neural Networks, \
         Neural architecture search"
    );
    assert_eq!(
        by_key(&events, "lecture-12")["title"],
        "Deep reinforcement learning (RL)"
    );
}

#[test]
fn homework_releases_are_all_day_and_deadlines_fall_due_at_the_due_time() {
    let (events, _) = reference();
    for (hw, release, deadline, weight) in [
        ("Hw1", "2022-10-05", "2022-10-16", 15),
        ("Hw2", "2022-11-08", "2022-11-22", 20),
        ("Hw3", "2022-12-06", "2022-12-20", 20),
    ] {
        let lower = hw.to_lowercase();
        let r = by_key(&events, &format!("release-{lower}"));
        assert_eq!(
            (
                r["kind"].as_str(),
                r["start"].as_str(),
                r["all_day"].as_bool()
            ),
            (Some("release"), Some(release), Some(true))
        );
        assert_eq!(r["homework"], hw);
        let d = by_key(&events, &format!("deadline-{lower}"));
        assert_eq!(d["start"], format!("{deadline}T23:59:00+03:00"));
        assert_eq!(d["end"], Value::Null);
        assert_eq!(d["homework"], hw);
        let w = format!("{hw} is {weight}% of the grade");
        assert!(
            d["description"].as_str().unwrap().contains(&w),
            "{}",
            d["description"]
        );
        assert!(r["description"].as_str().unwrap().contains(&w));
    }
}

#[test]
fn the_exam_is_in_the_lecture_slot_with_its_weight() {
    let (events, _) = reference();
    let e = by_key(&events, "exam");
    assert_eq!(e["kind"], "exam");
    assert_eq!(e["start"], "2023-01-03T09:40:00+03:00");
    assert_eq!(e["end"], "2023-01-03T12:30:00+03:00");
    assert_eq!(e["location"], "BMB4");
    assert!(
        e["description"]
            .as_str()
            .unwrap()
            .contains("Written exam: 40% of the grade")
    );
}

#[test]
fn every_noise_line_is_reported_with_its_line_number() {
    let (_, stderr) = reference();
    let warned: Vec<&str> = stderr.lines().filter(|l| l.contains("warning:")).collect();
    for (line, needle) in [
        (31, "N 00"),
        (37, "week 10 dated Dec 20"),
        (38, "nws due Dec 20"),
        (41, "week 10 dated Dec 21"),
        (44, "Jan J"),
    ] {
        let prefix = format!("schedule/ceng501-fall2022.txt:{line}: warning:");
        assert!(
            warned
                .iter()
                .any(|w| w.starts_with(&prefix) && w.contains(needle)),
            "no warning for line {line} ({needle}):\n{stderr}"
        );
    }
    assert_eq!(warned.len(), 5, "{stderr}");
}

#[test]
fn the_default_course_is_the_single_course_file_in_schedule() {
    let out = coursecal().arg("events").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("CEng 501 Deep Learning, Fall 2022: 21 events (Europe/Istanbul)"),
        "{text}"
    );
    assert!(text.contains("deadline-hw2"));
}

#[test]
fn a_bare_syllabus_gives_the_same_events_as_the_course_file() {
    let (from_toml, _) = reference();
    let (bare, _) = events_json(&root().join("schedule/ceng501-fall2022.txt"), &[]);
    let strip = |v: &[Value]| {
        v.iter()
            .map(|e| (e["uid"].clone(), e["start"].clone(), e["title"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&from_toml), strip(&bare));
}

#[test]
fn zone_is_another_name_for_timezone() {
    let (_d, p) = crate::common::fixture(
        "Fall 2024\n\nLectures: Monday 10:00-11:00\n\n1\tSep 9\tIntro\n",
        "s.txt",
    );
    let run = |flag: &str| {
        let out = coursecal()
            .args(["events", "--json", flag, "America/Chicago"])
            .arg(&p)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{flag}");
        out.stdout
    };
    let by_zone = run("--zone");
    assert_eq!(by_zone, run("--timezone"));
    assert!(String::from_utf8_lossy(&by_zone).contains("2024-09-09T10:00:00-05:00"));
}

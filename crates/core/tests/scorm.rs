#![cfg(not(target_arch = "wasm32"))]
//! SCORM 1.2 decisions: launch, saving after each change, finishing once, suspending, and the 1.2 formats.

mod common;
use common::{bank, run};

use radar_core::bank::Form;
use radar_core::record::encode;
use radar_core::scorm::{decimal, session_time, Call, Launch, LmsSession, SUSPEND_DATA_LIMIT};

fn value<'a>(calls: &'a [Call], element: &str) -> Option<&'a str> {
    calls.iter().rev().find_map(|c| match c {
        Call::Set(e, v) if *e == element => Some(v.as_str()),
        _ => None,
    })
}

fn is_cmi_decimal_0_100(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.len() <= 2
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && text
            .parse::<f64>()
            .is_ok_and(|v| (0.0..=100.0).contains(&v))
}

fn is_timespan(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 13
        && b[4] == b':'
        && b[7] == b':'
        && b[10] == b'.'
        && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
        && (b[5] - b'0') * 10 + (b[6] - b'0') < 60
        && (b[8] - b'0') * 10 + (b[9] - b'0') < 60
}

#[test]
fn a_whole_run_saves_each_change_and_finishes_once() {
    let b = bank();
    let mut lms = LmsSession::new(0.0);
    let (calls, launch) = lms.launch(b, "ab-initio", "", "not attempted");
    assert_eq!(
        calls,
        vec![Call::Set("cmi.core.lesson_status", "incomplete".into())]
    );
    assert_eq!(launch, Launch::Fresh);
    let sessions = run(Form::Short, true);
    let mut all = Vec::new();
    let mut now = 0.0;
    for s in &sessions {
        now += 2_500.0;
        let record = encode(s);
        let calls = lms.update(b, &record, now);
        if !lms.is_finished() || calls.contains(&Call::Finish) {
            assert_eq!(
                calls.first(),
                Some(&Call::Set("cmi.suspend_data", record.clone()))
            );
        }
        all.extend(calls);
    }
    assert_eq!(all.iter().filter(|c| **c == Call::Finish).count(), 1);
    assert_eq!(all.last(), Some(&Call::Finish), "nothing after LMSFinish");
    assert_eq!(all[all.len() - 2], Call::Commit);
    assert_eq!(value(&all, "cmi.core.lesson_status"), Some("completed"));
    assert_eq!(value(&all, "cmi.core.exit"), Some(""));
    assert_eq!(value(&all, "cmi.core.score.min"), Some("0"));
    assert_eq!(value(&all, "cmi.core.score.max"), Some("100"));
    let raw = value(&all, "cmi.core.score.raw").unwrap();
    assert!(is_cmi_decimal_0_100(raw), "{raw}");
    let time = value(&all, "cmi.core.session_time").unwrap();
    assert!(is_timespan(time), "{time}");
    assert_eq!(time, session_time(now));
    assert_eq!(value(&all, "cmi.objectives.0.id"), Some("leadership-index"));
    assert_eq!(value(&all, "cmi.objectives.0.score.raw"), Some(raw));
    assert_eq!(value(&all, "cmi.objectives.1.id"), Some("management-index"));
    assert_eq!(
        value(&all, "cmi.objectives.2.id"),
        Some("situational-agility")
    );
    for call in &all {
        if let Call::Set(element, v) = call {
            if element.ends_with("score.raw") {
                assert!(is_cmi_decimal_0_100(v), "{element} = {v}");
            }
            if *element == "cmi.suspend_data" {
                assert!(v.len() <= SUSPEND_DATA_LIMIT);
            }
        }
    }
    // Commits in between are throttled to one per 10 s: 2.5 s steps give about one in four.
    let commits = all.iter().filter(|c| **c == Call::Commit).count();
    let steps = sessions.len();
    assert!(
        commits >= steps / 5 && commits <= steps / 4 + 1,
        "{commits} commits over {steps} steps"
    );
    // After the finish, nothing more: no leaving calls, no updates.
    assert!(lms.leave(now + 1.0).is_empty());
    assert!(lms.update(b, &encode(&sessions[1]), now + 2.0).is_empty());
}

#[test]
fn a_skip_reports_no_agility_objective() {
    let b = bank();
    let mut lms = LmsSession::new(0.0);
    let mut all = Vec::new();
    for s in run(Form::Short, false) {
        all.extend(lms.update(b, &encode(&s), 1.0));
    }
    assert_eq!(value(&all, "cmi.objectives.1.id"), Some("management-index"));
    assert_eq!(value(&all, "cmi.objectives.2.id"), None);
}

#[test]
fn leaving_early_suspends_and_the_next_launch_resumes() {
    let b = bank();
    let sessions = run(Form::Full, true);
    let mut lms = LmsSession::new(1_000.0);
    lms.launch(b, "ab-initio", "", "");
    let middle = encode(&sessions[10]);
    lms.update(b, &middle, 5_000.0);
    let calls = lms.leave(62_000.0);
    assert_eq!(
        calls,
        vec![
            Call::Set("cmi.core.exit", "suspend".into()),
            Call::Set("cmi.core.session_time", "0000:01:01.00".into()),
            Call::Commit,
            Call::Finish,
        ]
    );
    assert!(lms.leave(63_000.0).is_empty(), "LMSFinish only once");
    assert!(lms.pause(64_000.0).is_empty(), "nothing after LMSFinish");

    let mut next = LmsSession::new(0.0);
    let (calls, launch) = next.launch(b, "resume", &middle, "incomplete");
    assert_eq!(launch, Launch::Resume(middle.clone()));
    assert_eq!(
        calls,
        vec![Call::Set("cmi.core.lesson_status", "incomplete".into())]
    );
    assert!(
        next.update(b, &middle, 1.0).is_empty(),
        "restoring the same record writes nothing"
    );
}

#[test]
fn launch_decisions() {
    let b = bank();
    let saved = encode(&run(Form::Short, false)[5]);
    let launch =
        |entry: &str, data: &str, status: &str| LmsSession::new(0.0).launch(b, entry, data, status);
    assert_eq!(launch("resume", "garbage", "incomplete").1, Launch::Fresh);
    assert_eq!(launch("resume", "", "incomplete").1, Launch::Fresh);
    assert_eq!(
        launch("ab-initio", &saved, "incomplete").1,
        Launch::Fresh,
        "a new attempt ignores old data"
    );
    assert_eq!(
        launch("", &saved, "incomplete").1,
        Launch::Resume(saved.clone())
    );
    assert_eq!(
        launch("", "", "not attempted").1,
        Launch::Fresh,
        "nothing in the LMS: start afresh"
    );
    // A finished attempt keeps its status when it is opened again.
    for status in ["completed", "passed", "failed"] {
        assert!(launch("", &saved, status).0.is_empty(), "{status}");
    }
}

#[test]
fn cmi_formats() {
    assert_eq!(session_time(0.0), "0000:00:00.00");
    assert_eq!(session_time(-5.0), "0000:00:00.00");
    assert_eq!(session_time(192_000.0), "0000:03:12.00");
    assert_eq!(session_time(3_723_456.0), "0001:02:03.46");
    assert_eq!(session_time(1e15), "9999:59:59.99");
    assert_eq!(decimal(68.75), "68.75");
    assert_eq!(decimal(62.5), "62.5");
    assert_eq!(decimal(70.0), "70");
    assert_eq!(decimal(58.333_333), "58.33");
    assert_eq!(decimal(-3.0), "0");
    assert_eq!(decimal(140.0), "100");
    for ms in (0..200).map(|i| f64::from(i) * 7_919.3) {
        assert!(is_timespan(&session_time(ms)), "{ms}");
    }
    for v in (0..=1000).map(|i| f64::from(i) / 10.0) {
        assert!(is_cmi_decimal_0_100(&decimal(v)), "{v}");
    }
}

#[test]
fn a_page_in_the_back_forward_cache_commits_but_stays_open() {
    let b = bank();
    let sessions = run(Form::Short, false);
    let mut lms = LmsSession::new(0.0);
    lms.launch(b, "ab-initio", "", "");
    lms.update(b, &encode(&sessions[4]), 1_000.0);
    assert_eq!(
        lms.pause(30_000.0),
        vec![
            Call::Set("cmi.core.exit", "suspend".into()),
            Call::Set("cmi.core.session_time", "0000:00:30.00".into()),
            Call::Commit,
        ]
    );
    assert!(!lms.is_finished());
    // Back from the cache, the run goes on and finishes normally.
    let mut all = Vec::new();
    for s in &sessions[5..] {
        all.extend(lms.update(b, &encode(s), 40_000.0));
    }
    assert_eq!(all.last(), Some(&Call::Finish));
    assert_eq!(value(&all, "cmi.core.exit"), Some(""));
}

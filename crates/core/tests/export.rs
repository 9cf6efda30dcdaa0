#![cfg(not(target_arch = "wasm32"))]
//! Exports: the standalone radar SVG, the JSON result (schema version 1) and the CSV scores.

mod common;
use common::{assert_balanced, bank, is_json, run};

use radar_core::bank::Form;
use radar_core::export::{csv_field, file_name, Finished, JSON_VERSION};
use radar_core::result_code;
use radar_core::scoring::score;

#[test]
fn the_json_checker_itself_refuses_broken_json() {
    assert!(is_json(r#"{"a":[1,-2.5,"x\"y",true,null,{}]}"#));
    for bad in [
        r#"{"a":}"#,
        r#"{"a":1,}"#,
        "[1 2]",
        r#"{"a":"b}"#,
        "{} x",
        "nul",
    ] {
        assert!(!is_json(bad), "{bad}");
    }
}

#[test]
fn json_holds_the_scores_answers_and_code_of_a_finished_run() {
    let b = bank();
    for (form, take) in [(Form::Short, false), (Form::Full, true)] {
        let sessions = run(form, take);
        let last = sessions.last().unwrap();
        let finished = Finished::new(common::texts(), last).expect("finished");
        let text = finished.json();
        assert!(is_json(&text), "{text}");
        assert!(text.starts_with(&format!(
            "{{\"format\":\"leadership-radar.result\",\"version\":{JSON_VERSION},\"resultCode\":\"{}\"",
            result_code::encode(b, last).unwrap()
        )));
        let report = score(b, form, &last.responses, take);
        let one_decimal = |v: f64| format!("{}", (v * 10.0).round() / 10.0);
        assert!(text.contains(&format!(
            "\"leadership\":{}",
            one_decimal(report.leadership.unwrap())
        )));
        assert!(text.contains(&format!(
            "\"management\":{}",
            one_decimal(report.management.unwrap())
        )));
        assert_eq!(text.matches("{\"item\":").count(), last.sequence.len());
        for &item in &last.sequence {
            assert!(text.contains(&format!("{{\"item\":\"{}\"", b.items[item].id)));
        }
        let picks = text.matches("\",\"best\":").count();
        assert_eq!(picks, if take { b.scenarios.len() } else { 0 });
        let debriefs = text.matches("\",\"favoured\":").count();
        assert_eq!(debriefs, picks);
        // Every action of the plan, none chosen here.
        assert_eq!(text.matches("{\"dimension\":").count(), 16 + 2 + 1);
        assert!(!text.contains("\"chosen\":true"));
        assert_eq!(text.contains("\"scenarios\":\"taken\""), take);
        for d in b.dimensions {
            assert!(text.contains(&format!("{{\"id\":\"{}\",\"name\":", d.id)));
        }
    }
    // Unfinished sessions have no exports.
    assert!(Finished::new(common::texts(), &run(Form::Short, false)[3]).is_none());
}

#[test]
fn csv_has_a_row_per_dimension_then_the_indices() {
    let b = bank();
    let sessions = run(Form::Full, true);
    let finished = Finished::new(common::texts(), sessions.last().unwrap()).unwrap();
    let text = finished.csv();
    assert!(text.ends_with("\r\n"));
    let rows: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(
        rows[0],
        "Dimension,Leading side,Leading score,Managing side,Managing score"
    );
    assert_eq!(rows.len(), 1 + 8 + 3, "dimensions, two indices and agility");
    for (row, d) in rows[1..9].iter().zip(b.dimensions) {
        assert!(row.starts_with(&format!("{},", csv_field(d.name))), "{row}");
        assert_eq!(row.matches(',').count(), 4, "{row}");
    }
    assert!(rows[9].starts_with("Leadership index,,"));
    assert!(rows[10].starts_with("Management index,,,,"));
    assert!(rows[11].starts_with("Situational agility,,"));
    let skipped = run(Form::Short, false);
    let csv = Finished::new(common::texts(), skipped.last().unwrap())
        .unwrap()
        .csv();
    assert!(!csv.contains("Situational agility"));
}

#[test]
fn csv_fields_are_quoted_when_needed() {
    assert_eq!(csv_field("Vision & Purpose"), "Vision & Purpose");
    assert_eq!(csv_field("Goals, Plans"), "\"Goals, Plans\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
}

#[test]
fn the_svg_stands_alone() {
    let b = bank();
    let sessions = run(Form::Short, true);
    let svg = Finished::new(common::texts(), sessions.last().unwrap())
        .unwrap()
        .svg();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("<style>"), "its own styles");
    assert!(svg.contains("fill=\"#ffffff\""), "a background");
    for series in ["leading", "managing"] {
        assert_eq!(svg.matches(&format!("data-series=\"{series}\"")).count(), 1);
    }
    for d in b.dimensions {
        assert!(
            svg.contains(&format!(">{}</text>", d.name.replace('&', "&amp;"))),
            "{}",
            d.name
        );
    }
    assert!(
        svg.contains(">Leading</text>") && svg.contains(">Managing</text>"),
        "the legend"
    );
    assert_balanced(&svg);
}

#[test]
fn file_names_carry_the_date() {
    assert_eq!(
        file_name("leadership-radar", "2026-11-25", "svg"),
        "leadership-radar-2026-11-25.svg"
    );
    assert_eq!(
        file_name("leadership-radar", "garbage", "csv"),
        "leadership-radar.csv"
    );
    assert_eq!(
        file_name("leadership-radar", "2026/11/25", "png"),
        "leadership-radar.png"
    );
}

/// The JSON export's schema version 1, byte for byte, for a short run without scenarios and a
/// full run with them (answers of every kind, "no opportunity" included, a negative tilt).
/// When the content changes what such a run answers or scores, `UPDATE_GOLDEN=1 cargo test`
/// writes the files anew, to be read in the diff: the schema itself must not change.
#[test]
fn the_json_export_keeps_schema_version_1_byte_for_byte() {
    for (form, take, name, golden) in [
        (
            Form::Short,
            false,
            "result-short.json",
            include_str!("golden/result-short.json"),
        ),
        (
            Form::Full,
            true,
            "result-full.json",
            include_str!("golden/result-full.json"),
        ),
    ] {
        let sessions = run(form, take);
        let finished = Finished::new(common::texts(), sessions.last().unwrap()).unwrap();
        let json = finished.json() + "\n";
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
            std::fs::write(path, &json).expect("the golden file is written");
            continue;
        }
        assert_eq!(json, golden, "{form:?}");
    }
}

/// A results file reads back: its result code, from schema version 1 only.
#[test]
fn a_results_file_reads_back_its_result_code() {
    use radar_core::export::result_code_of_file;
    let b = bank();
    let last = run(Form::Full, true).pop().unwrap();
    let file = Finished::new(common::texts(), &last).unwrap().json();
    assert_eq!(
        result_code_of_file(&file).as_deref(),
        result_code::encode(b, &last).as_deref()
    );
    assert_eq!(
        result_code_of_file(
            r#"{"format":"leadership-radar.result","version":1,"resultCode":"R1abc"}"#
        )
        .as_deref(),
        Some("R1abc")
    );
    for other in [
        r#"{"format":"leadership-radar.result","version":2,"resultCode":"R1abc"}"#,
        r#"{"format":"something-else","version":1,"resultCode":"R1abc"}"#,
        r#"{"format":"leadership-radar.result","version":1,"resultCode":null}"#,
        r#"{"format":"leadership-radar.result","version":1}"#,
        "R1abc",
        "",
        "{",
    ] {
        assert_eq!(result_code_of_file(other), None, "{other}");
    }
}

/// The JSON's plan marks the actions the person chose, and nothing else changes.
#[test]
fn the_json_plan_marks_the_chosen_actions() {
    use radar_core::priorities::Chosen;
    let sessions = run(Form::Short, false);
    let session = sessions.last().unwrap();
    let t = common::texts();
    let plain = Finished::new(t, session).unwrap().json();
    let chosen = Chosen::parse(t.bank, "change-lead problems-manage");
    let marked = Finished::new(t, session)
        .unwrap()
        .with_chosen(chosen)
        .json();
    assert_eq!(marked.matches("\"chosen\":true").count(), 2);
    assert!(marked.contains("{\"dimension\":\"change\",\"pole\":\"lead\",\"action\":\"action-change-lead\",\"priority\":false,\"chosen\":true}"));
    assert_eq!(marked.replace("\"chosen\":true", "\"chosen\":false"), plain);
}

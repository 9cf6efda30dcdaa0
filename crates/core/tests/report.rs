#![cfg(not(target_arch = "wasm32"))]
//! The results document: hand-computed numbers in the markup, well-formed HTML, escaped text.

mod common;
use common::{assert_balanced, bank};

use radar_core::bank::{Form, Pole};
use radar_core::flow::{Action, Scenarios, Screen, Session};
use radar_core::record::{self, RecordError};
use radar_core::report::{document, document_for_record};
use radar_core::responses::Answer;

/// A finished short-form session: every leading item "Often" (4), every managing item
/// "Sometimes" (3), scenarios skipped.
fn short_session() -> Session {
    let b = bank();
    let mut s = Session::new(b)
        .apply(b, Action::Start(Form::Short))
        .unwrap();
    for position in 0..16 {
        let item = &b.items[s.sequence[position]];
        let value = if item.pole == Pole::Lead { 4 } else { 3 };
        s = s
            .apply(b, Action::Answer(position, Answer::Scale(value)))
            .unwrap();
    }
    s = s.apply(b, Action::SkipScenarios).unwrap();
    s.apply(b, Action::ShowResults).unwrap()
}

#[test]
fn the_document_carries_the_hand_computed_scores() {
    let html = document(&common::texts(), &short_session());
    assert_balanced(&html);
    // Every leading pole: one item "Often" -> 100*(4-1)/4 = 75; every managing pole: 100*(3-1)/4 = 50.
    // On the radar (radius 120): 75 -> 90 up the first axis, 50 -> 60.
    assert!(html.contains("data-series=\"leading\" points=\"0.0,-90.0 63.6,-63.6 90.0,0.0 "));
    assert!(html.contains("data-series=\"managing\" points=\"0.0,-60.0 42.4,-42.4 60.0,0.0 "));
    assert_eq!(html.matches("<td data-pole=\"lead\">75</td>").count(), 8);
    assert_eq!(html.matches("<td data-pole=\"manage\">50</td>").count(), 8);
    // LI 75 >= 62.5, MI 50 < 62.5: "Vision Without Traction"; tilt 25, balance 100 - 25 = 75.
    assert!(html.contains("data-archetype=\"visionary-without-traction\""));
    assert!(html.contains("<dt>Leadership index</dt><dd>75</dd>"));
    assert!(html.contains("<dt>Management index</dt><dd>50</dd>"));
    // No "balance" figure (100 - 25 = 75): it read as a strength for someone low on both sides.
    assert!(!html.contains("stat-balance"));
    assert!(html.contains("lean towards leading, by 25 points"));
    // Scenarios skipped: no agility number, the plain statement instead.
    assert!(html.contains("class=\"agility-skipped\""));
    assert!(!html.contains("Agility: "));
    // The plan starts with the lowest sides against the own average, (8 x 75 + 8 x 50) / 16 = 62.5:
    // the eight managing sides (50) are below it, so three are taken, in the radar's order, and the
    // tie that decided it is said.
    let priorities = between(&html, "<ol class=\"plan-priorities\">", "</ol>");
    let taken: Vec<&str> = priorities
        .split("<li class=\"plan-action\" data-dimension=\"")
        .skip(1)
        .map(|li| li.split('"').next().unwrap())
        .collect();
    assert_eq!(taken, ["direction", "change", "people"]);
    assert_eq!(priorities.matches("data-pole=\"manage\"").count(), 3);
    assert!(
        html.contains("Start with these: your lowest sides measured against your own average (65)")
    );
    assert!(html.contains("8 sides share the score 50."));
    // Every other side's action stays a click away: 16 actions in all.
    assert_eq!(html.matches("class=\"plan-action\"").count(), 16);
    assert!(html
        .contains("<details class=\"plan-more\"><summary>Actions for every other side</summary>"));
    // The short form says each side rests on one statement, and words a low score as a possibility.
    assert!(html.contains(
        "<p class=\"short-form-reading\">In the short form each side rests on a single statement"
    ));
    assert!(priorities.contains("In the short form this rests on one statement. It may mean:"));
    // Every leading side (75) is 25 points ahead of its managing partner (50): the note names the
    // first in the radar's order.
    assert!(html.contains("<p class=\"plan-overuse\" data-dimension=\"direction\"><strong>Watch the overuse:</strong> your Vision &amp; Purpose (75) is well ahead of your Goals &amp; Plans (50)."));
    // Sources read as a reader reads them, and the works they cite are listed at the end.
    assert!(html.contains("<p class=\"source\">Source: <span lang=\"en\" dir=\"ltr\">“They talk about the future but forget today’s priorities.” (The Real Difference Between Manager and Leader); “Setting SMART Goals and Objectives” (The Real Difference Between Manager and Leader)</span></p>"));
    assert!(html.contains("<h2 id=\"references-heading\">Works cited</h2><ul lang=\"en\" dir=\"ltr\"><li>“The Real Difference Between Manager and Leader (Without the Buzzwords).” Web article.</li>"));
    assert!(html.contains("<li>Kotter, J. P. (1990). What leaders really do. Harvard Business Review, 68(3), 103–111.</li>"));
    for internal in ["[00", "(S1", "(S8", "\"\""] {
        assert!(!html.contains(internal), "{internal}");
    }
    // The caveats are always there.
    assert!(html.contains("Do not use these results for hiring or promotion."));
}

#[test]
fn text_is_escaped() {
    let html = document(&common::texts(), &short_session());
    // Content holds "&" (pole names such as "Vision & Purpose"): never a bare ampersand.
    assert!(html.contains("Vision &amp; Purpose"));
    assert!(!html.contains("Vision & Purpose"));
}

#[test]
fn a_record_renders_like_its_session_and_bad_records_are_refused() {
    let session = short_session();
    assert_eq!(session.screen, Screen::Results);
    assert_eq!(session.scenarios, Scenarios::Skipped);
    let from_record = document_for_record(&common::texts(), &record::encode(&session)).unwrap();
    assert_eq!(from_record, document(&common::texts(), &session));
    assert_eq!(
        document_for_record(&common::texts(), "nonsense"),
        Err(RecordError::Unrecognised)
    );
}

#[test]
fn a_shared_result_code_renders_the_same_document_as_the_saved_record() {
    use radar_core::record::encode;
    use radar_core::report::{code_for_record, document_for_code, document_for_record};
    for (form, take) in [
        (radar_core::bank::Form::Short, false),
        (radar_core::bank::Form::Full, true),
    ] {
        let sessions = common::run(form, take);
        let record = encode(sessions.last().unwrap());
        let code = code_for_record(common::bank(), &record).expect("finished results have a code");
        assert_eq!(
            document_for_code(&common::texts(), &code),
            document_for_record(&common::texts(), &record).map_err(|e| e.to_string())
        );
        // Unfinished sessions have none.
        assert_eq!(code_for_record(common::bank(), &encode(&sessions[3])), None);
    }
    assert_eq!(
        document_for_code(&common::texts(), "R1AAAA"),
        Err("This link is incomplete or was changed on the way. Ask for it again and copy all of it.".to_string())
    );
    assert_eq!(
        document_for_code(&common::texts(), "R7AAAA"),
        Err("These results come from a newer version of the assessment. Reload the page to update it, then open the link again.".to_string())
    );
    assert_eq!(
        document_for_code(&common::texts(), "hello"),
        Err("This link does not hold Leadership Radar results.".to_string())
    );
}

/// The text between the first `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).expect("start") + start.len();
    let to = html[from..].find(end).expect("end") + from;
    &html[from..to]
}

#[test]
fn the_owner_may_choose_actions_and_a_reader_may_not() {
    use radar_core::priorities::Chosen;
    use radar_core::report::document_choosing;
    let t = common::texts();
    let session = short_session();
    // A shared or rated view: no boxes.
    assert!(!document(&t, &session).contains("name=\"plan-choice\""));
    // The owner: one box per action (16), each described by its heading, checked where chosen.
    let chosen = Chosen::parse(t.bank, "people-manage direction-lead");
    let html = document_choosing(&t, &session, &chosen).join();
    assert_eq!(html.matches("name=\"plan-choice\"").count(), 16);
    assert!(html.contains("<h3 id=\"plan-people-manage\">"));
    assert!(html.contains("<label class=\"plan-choose\"><input type=\"checkbox\" name=\"plan-choice\" value=\"people-manage\" aria-describedby=\"plan-people-manage\" checked> I will do this</label>"));
    assert!(
        html.contains("value=\"direction-lead\" aria-describedby=\"plan-direction-lead\" checked>")
    );
    assert_eq!(html.matches(" checked>").count(), 2);
}

#[test]
fn the_scenarios_are_debriefed_when_taken() {
    use radar_core::bank::Form;
    let t = common::texts();
    let session = common::run(Form::Full, true).pop().unwrap();
    let html = document(&t, &session);
    assert_eq!(html.matches("<details class=\"debrief\"").count(), 8);
    assert!(html.contains("<h2 id=\"debrief-heading\">The scenarios, one by one</h2>"));
    for (scenario, pick) in t.bank.scenarios.iter().zip(&session.responses.picks) {
        let matched = pick.best == Some(scenario.best_option() as u8);
        assert!(html.contains(&format!(
            "data-scenario=\"{}\" data-matched=\"{matched}\"><summary>{}</summary>",
            scenario.id, scenario.title
        )));
    }
    assert!(html.contains("<p class=\"debrief-why\">In a crisis people need stability first"));
    // A stage the answers predate (a version 1 result code) is left out, not shown empty.
    let mut older = session.clone();
    older.responses.picks[7] = radar_core::responses::Pick::default();
    let html = document(&t, &older);
    assert_eq!(html.matches("<details class=\"debrief\"").count(), 7);
    assert!(!html.contains("data-scenario=\"new-initiative-b\""));
    // Skipped scenarios: no debrief.
    let skipped = common::run(Form::Short, false).pop().unwrap();
    assert!(!document(&t, &skipped).contains("scenario-debrief"));
}

#[test]
fn the_agility_card_names_each_scenario_where_hats_were_switched() {
    use radar_core::bank::Form;
    use radar_core::responses::Pick;
    let t = common::texts();
    let mut session = common::run(Form::Full, true).pop().unwrap();
    // Every stage as the key favours: both two-stage scenarios switch hats.
    for (pick, scenario) in session.responses.picks.iter_mut().zip(t.bank.scenarios) {
        *pick = Pick {
            best: Some(scenario.best_option() as u8),
            least: Some(scenario.worst_option() as u8),
        };
    }
    let html = document(&t, &session);
    assert_eq!(html.matches("class=\"switched-hats\"").count(), 2);
    assert!(html.contains("<p class=\"switched-hats\">In “Key client lost”, your first move changed when the situation did"));
    assert!(html.contains("<p class=\"switched-hats\">In “No playbook”, your first move"));
    // Leading in the crisis as well as in the recovery: only the new initiative's switch is named.
    let crisis = &t.bank.scenarios[0];
    let lead = crisis
        .options
        .iter()
        .position(|o| o.hat == radar_core::bank::Hat::Lead);
    session.responses.picks[0] = Pick {
        best: lead.map(|o| o as u8),
        least: Some(crisis.worst_option() as u8),
    };
    let html = document(&t, &session);
    assert_eq!(html.matches("class=\"switched-hats\"").count(), 1);
    assert!(!html.contains("Key client lost”, your first move"));
}

#[test]
fn the_summary_opens_with_the_pattern_the_radar_and_the_priorities() {
    use radar_core::priorities::Chosen;
    use radar_core::report::document_choosing;
    let t = common::texts();
    let session = short_session();
    let parts = document_choosing(&t, &session, &Chosen::default());
    for part in [&parts.pattern, &parts.radar, &parts.priorities] {
        assert_balanced(part);
    }
    // One sentence: the pattern and the rule that named it.
    assert_eq!(
        parts.pattern,
        "<p class=\"summary-pattern\">Your pattern: Vision Without Traction. Leadership index at or above 62.5, management index below 62.5.</p>"
    );
    // The first two priorities with their actions, the sides the plan starts with (it has a third).
    let items: Vec<&str> = parts
        .priorities
        .split("<li data-dimension=\"")
        .skip(1)
        .map(|li| li.split('"').next().unwrap())
        .collect();
    assert_eq!(items, ["direction", "change"]);
    assert!(parts
        .details
        .contains("<li class=\"plan-action\" data-dimension=\"people\""));
    assert!(parts
        .priorities
        .contains("<strong>Goals &amp; Plans (Direction): 50</strong> Set SMART goals"));
    // The radar's labels are HTML beside the plot, one per axis, hidden from assistive technology
    // (the chart's description says it all).
    assert_eq!(parts.radar.matches("class=\"radar-label\"").count(), 8);
    assert!(parts.radar.contains(
        "<span class=\"radar-label\" data-axis=\"6\" aria-hidden=\"true\">Accountability</span>"
    ));
    assert!(!parts.radar.contains("axis-label"));
    // The reader's document joins the same parts, summary first.
    let joined = document(&t, &session);
    assert!(joined.starts_with(
        "<div class=\"summary\"><div class=\"summary-pattern-area\"><p class=\"summary-pattern\">"
    ));
    assert!(joined.find("radar-label") < joined.find("development-plan"));
}

#[test]
fn the_radar_names_its_line_and_its_rings_and_says_how_to_read_it() {
    let html = document(&common::texts(), &short_session());
    // The rings' values up the top axis, and the 62.5 line (radius 120 x 0.625 = 75) drawn.
    for value in ["25", "50", "75", "100"] {
        assert!(html.contains(&format!("\">{value}</text>")), "{value}");
    }
    assert!(html.contains("<polygon class=\"ring-line\" data-line=\"62.5\" points=\"0.0,-75.0 "));
    assert!(html.contains("62.5: the line between the patterns</span>"));
    assert!(html.contains("<p class=\"radar-caption\">Further out means more often;"));
}

#[test]
fn equal_poles_show_both_markers_side_by_side() {
    use radar_core::report::radar::marker_points;
    // Equal on every axis, apart by 20 points on none: the markers step apart across each axis.
    let equal = [Some(75.0); 8];
    let (lead, manage) = marker_points(&equal, &equal);
    for axis in 0..8 {
        let (l, g) = (lead[axis].unwrap(), manage[axis].unwrap());
        let apart = (l.0 - g.0).hypot(l.1 - g.1);
        assert!((apart - 12.0).abs() < 1e-9, "axis {axis}: {apart}");
        // Across the axis: the middle of the two is the score's point.
        let point = radar_core::geometry::point(axis, 75.0);
        assert!(((l.0 + g.0) / 2.0 - point.0).abs() < 1e-9);
        assert!(((l.1 + g.1) / 2.0 - point.1).abs() < 1e-9);
    }
    // Far apart: each marker on its own score.
    let (lead, manage) = marker_points(&[Some(100.0); 8], &[Some(50.0); 8]);
    assert_eq!(lead[2], Some((120.0, 0.0)));
    assert_eq!(manage[2], Some((60.0, 0.0)));
    // A missing pole has no marker.
    let (lead, _) = marker_points(&[None; 8], &[Some(50.0); 8]);
    assert!(lead.iter().all(Option::is_none));
}

#[test]
fn a_short_run_with_no_opportunity_wherever_offered_still_reads() {
    // Nine of the short form's sixteen statements describe situations; someone whose work never
    // brings them answers "No opportunity" to each, and the rest "Often".
    let b = bank();
    let mut s = Session::new(b)
        .apply(b, Action::Start(Form::Short))
        .unwrap();
    let mut missing = 0;
    for position in 0..16 {
        let item = &b.items[s.sequence[position]];
        let answer = if item.no_opportunity {
            missing += 1;
            Answer::NoOpportunity
        } else {
            Answer::Scale(4)
        };
        s = s.apply(b, Action::Answer(position, answer)).unwrap();
    }
    assert_eq!(missing, 9);
    s = s.apply(b, Action::SkipScenarios).unwrap();
    s = s.apply(b, Action::ShowResults).unwrap();
    let html = document(&common::texts(), &s);
    assert_balanced(&html);
    // Each unanswered side shows "no score" in the table rather than a number, and the plan still
    // offers priorities among the sides that were rated.
    assert_eq!(html.matches(">not enough answers</td>").count(), 9);
    assert!(html.contains("<ol class=\"plan-priorities\"><li"));
}

#[test]
fn how_to_read_links_to_the_technical_note_and_the_facilitator_guide() {
    let t = common::texts();
    let html = document(&t, &short_session());
    let card = &html[html
        .find("<section class=\"card honesty\"")
        .expect("the card")..];
    let card = &card[..card.find("</section>").unwrap()];
    assert!(
        card.contains(
            "<p class=\"doc-links-lead\">For L&amp;D teams and facilitators (in English):</p>"
        ),
        "{card}"
    );
    for (page, text) in [
        (
            "technical-note.html",
            "Technical note: what it measures, how it scores, and its limits",
        ),
        (
            "facilitator-guide.html",
            "Facilitator guide: running a debrief and a team session",
        ),
    ] {
        assert!(
            card.contains(&format!(
                "<li><a href=\"docs/{page}\" target=\"_blank\" rel=\"noopener\" hreflang=\"en\">{text}</a></li>"
            )),
            "{card}"
        );
    }
}

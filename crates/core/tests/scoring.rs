#![cfg(not(target_arch = "wasm32"))]
//! Scoring: hand-computed worked examples, boundaries, agility and randomized properties.

mod common;
use common::{bank, dimension_ids, Rng};

use radar_core::bank::{Bank, Form, Hat, Keying, Pole};
use radar_core::priorities::{self, Overuse, Tie};
use radar_core::responses::{Answer, Pick, Responses};
use radar_core::scoring::{
    agility, pole_score, round_to_5, scenario_score, score, Archetype, DimensionScore, Lean,
    PoleRef, Report,
};

const TOLERANCE: f64 = 1e-9;

/// The index of the item with this id.
fn item(bank: &Bank, id: &str) -> usize {
    bank.items
        .iter()
        .position(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

/// The index of the scenario with this id.
fn scenario(bank: &Bank, id: &str) -> usize {
    bank.scenarios
        .iter()
        .position(|s| s.id == id)
        .unwrap_or_else(|| panic!("no scenario {id}"))
}

fn dim(id: &str) -> usize {
    dimension_ids().iter().position(|d| *d == id).unwrap()
}

fn set(responses: &mut Responses, bank: &Bank, id: &str, value: u8) {
    responses.answers[item(bank, id)] = Some(Answer::scale(value).expect("1 to 5"));
}

fn assert_close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a score");
    assert!(
        (actual - expected).abs() < TOLERANCE,
        "expected {expected}, got {actual}"
    );
}

/// Short form: sets the one short item of a pole so that its score is `score` (0, 25, 50, 75 or 100).
fn set_short_pole(responses: &mut Responses, bank: &Bank, d: usize, pole: Pole, score: u32) {
    assert_eq!(score % 25, 0);
    let id = format!("{}-{}-1", dimension_ids()[d], pole.id());
    assert!(bank.items[item(bank, &id)].short);
    set(responses, bank, &id, (score / 25 + 1) as u8);
}

/// Short-form responses from 8 lead and 8 manage pole scores (None leaves the pole unanswered).
fn short_responses(lead: [Option<u32>; 8], manage: [Option<u32>; 8]) -> Responses {
    let b = bank();
    let mut r = Responses::empty(b);
    for d in 0..8 {
        if let Some(s) = lead[d] {
            set_short_pole(&mut r, b, d, Pole::Lead, s);
        }
        if let Some(s) = manage[d] {
            set_short_pole(&mut r, b, d, Pole::Manage, s);
        }
    }
    r
}

fn all(score: u32) -> [Option<u32>; 8] {
    [Some(score); 8]
}

fn short_report(lead: [Option<u32>; 8], manage: [Option<u32>; 8]) -> Report {
    score(bank(), Form::Short, &short_responses(lead, manage), false)
}

#[test]
fn item_helper_and_keying_match_the_bank() {
    let b = bank();
    let i = item(b, "direction-lead-3");
    assert_eq!(b.items[i].id, "direction-lead-3");
    assert_eq!(b.items[i].keying, Keying::Reverse);
    assert_eq!(b.items[item(b, "change-manage-3")].keying, Keying::Reverse);
    assert_eq!(
        b.items[item(b, "direction-lead-1")].keying,
        Keying::Positive
    );
    assert!(b.items[item(b, "people-manage-2")].no_opportunity);
    assert!(b.items[item(b, "development-manage-2")].no_opportunity);
    assert!(b.items[item(b, "development-manage-3")].no_opportunity);
}

// ---------------------------------------------------------------- pole scores

#[test]
fn full_pole_with_reverse_key() {
    let b = bank();
    let mut r = Responses::empty(b);
    // direction lead: answers 4, 5, reverse 2 -> 6-2=4; sum 13, mean 13/3; 100*(13/3-1)/4 = 250/3 = 83.33
    set(&mut r, b, "direction-lead-1", 4);
    set(&mut r, b, "direction-lead-2", 5);
    set(&mut r, b, "direction-lead-3", 2);
    assert_close(
        pole_score(b, &r, Form::Full, dim("direction"), Pole::Lead),
        250.0 / 3.0,
    );
    // The other pole is untouched.
    assert_eq!(
        pole_score(b, &r, Form::Full, dim("direction"), Pole::Manage),
        None
    );
    // direction manage: 1, 1, reverse 5 -> 1; mean 1; 100*(1-1)/4 = 0
    set(&mut r, b, "direction-manage-1", 1);
    set(&mut r, b, "direction-manage-2", 1);
    set(&mut r, b, "direction-manage-3", 5);
    assert_close(
        pole_score(b, &r, Form::Full, dim("direction"), Pole::Manage),
        0.0,
    );
    // direction manage: 5, 5, reverse 1 -> 5; mean 5; 100*(5-1)/4 = 100
    set(&mut r, b, "direction-manage-1", 5);
    set(&mut r, b, "direction-manage-2", 5);
    set(&mut r, b, "direction-manage-3", 1);
    assert_close(
        pole_score(b, &r, Form::Full, dim("direction"), Pole::Manage),
        100.0,
    );
}

#[test]
fn full_pole_with_two_of_three_answered_is_scored() {
    let b = bank();
    let mut r = Responses::empty(b);
    // change manage: 3 and reverse 1 -> 5 (item 2 unanswered); mean 8/2 = 4; 100*(4-1)/4 = 75
    set(&mut r, b, "change-manage-1", 3);
    set(&mut r, b, "change-manage-3", 1);
    assert_close(
        pole_score(b, &r, Form::Full, dim("change"), Pole::Manage),
        75.0,
    );
    // change lead: 2 and 3 (reverse unanswered); mean 2.5; 100*(2.5-1)/4 = 37.5
    set(&mut r, b, "change-lead-1", 2);
    set(&mut r, b, "change-lead-2", 3);
    assert_close(
        pole_score(b, &r, Form::Full, dim("change"), Pole::Lead),
        37.5,
    );
}

#[test]
fn full_pole_with_one_of_three_answered_is_not_scored() {
    let b = bank();
    let mut r = Responses::empty(b);
    set(&mut r, b, "change-lead-2", 5);
    assert_eq!(
        pole_score(b, &r, Form::Full, dim("change"), Pole::Lead),
        None
    );
    set(&mut r, b, "change-lead-3", 5);
    // 5 and reverse 5 -> 1; mean 3; 100*(3-1)/4 = 50
    assert_close(
        pole_score(b, &r, Form::Full, dim("change"), Pole::Lead),
        50.0,
    );
}

#[test]
fn no_opportunity_is_missing_not_never() {
    let b = bank();
    let mut r = Responses::empty(b);
    // people manage: 5, No opportunity, reverse 2 -> 4; mean over the 2 answered = 4.5;
    // 100*(4.5-1)/4 = 87.5 (as "Never" it would be (5+1+4)/3 = 10/3 -> 58.33)
    set(&mut r, b, "people-manage-1", 5);
    r.answers[item(b, "people-manage-2")] = Some(Answer::NoOpportunity);
    set(&mut r, b, "people-manage-3", 2);
    assert_close(
        pole_score(b, &r, Form::Full, dim("people"), Pole::Manage),
        87.5,
    );
    // development manage: 4 plus two No opportunity -> only 1 answered item -> no score
    set(&mut r, b, "development-manage-1", 4);
    r.answers[item(b, "development-manage-2")] = Some(Answer::NoOpportunity);
    r.answers[item(b, "development-manage-3")] = Some(Answer::NoOpportunity);
    assert_eq!(
        pole_score(b, &r, Form::Full, dim("development"), Pole::Manage),
        None
    );
}

#[test]
fn short_form_pole_is_scored_from_one_item() {
    let b = bank();
    let mut r = Responses::empty(b);
    // decisions lead: short item 4 -> 100*(4-1)/4 = 75
    set(&mut r, b, "decisions-lead-1", 4);
    assert_close(
        pole_score(b, &r, Form::Short, dim("decisions"), Pole::Lead),
        75.0,
    );
    // Answers to items outside the short form do not count in it.
    set(&mut r, b, "decisions-lead-2", 1);
    set(&mut r, b, "decisions-lead-3", 5);
    assert_close(
        pole_score(b, &r, Form::Short, dim("decisions"), Pole::Lead),
        75.0,
    );
    // ...but do in the full form: 4, 1, reverse 5 -> 1; mean 2; 100*(2-1)/4 = 25
    assert_close(
        pole_score(b, &r, Form::Full, dim("decisions"), Pole::Lead),
        25.0,
    );
    // A non-short item alone gives no short-form score.
    let mut r = Responses::empty(b);
    set(&mut r, b, "decisions-manage-2", 5);
    assert_eq!(
        pole_score(b, &r, Form::Short, dim("decisions"), Pole::Manage),
        None
    );
    // Short form, a single answer of 1 -> 0.
    set(&mut r, b, "decisions-manage-1", 1);
    assert_close(
        pole_score(b, &r, Form::Short, dim("decisions"), Pole::Manage),
        0.0,
    );
}

// ---------------------------------------------------------------- indices, tilt, balance, lean

#[test]
fn indices_are_means_of_the_eight_poles() {
    // Lead answers 5,4,3,2,1,5,4,3 -> 100,75,50,25,0,100,75,50; sum 475; LI = 475/8 = 59.375
    // Manage answers 2,2,2,2,3,3,3,3 -> 25*4 + 50*4 = 300; MI = 300/8 = 37.5
    let lead = [100, 75, 50, 25, 0, 100, 75, 50].map(Some);
    let manage = [25, 25, 25, 25, 50, 50, 50, 50].map(Some);
    let report = short_report(lead, manage);
    assert_close(report.leadership, 59.375);
    assert_close(report.management, 37.5);
    for (d, scores) in report.dimensions.iter().enumerate() {
        assert_close(scores.lead, lead[d].unwrap() as f64);
        assert_close(scores.manage, manage[d].unwrap() as f64);
    }
    // tilt = 59.375 - 37.5 = 21.875; balance = 100 - 21.875 = 78.125; leans leading
    assert_close(report.tilt(), 21.875);
    assert_close(report.balance(), 78.125);
    assert_eq!(report.lean(), Some(Lean::Leading));
    // both below 62.5 -> Foundations in Progress
    assert_eq!(report.archetype, Some(Archetype::FoundationBuilder));
}

#[test]
fn index_uses_only_scored_poles_and_needs_four() {
    // Lead: only 4 poles answered: 100, 100, 0, 0 -> LI = 200/4 = 50
    let lead = [
        Some(100),
        Some(100),
        Some(0),
        Some(0),
        None,
        None,
        None,
        None,
    ];
    let report = short_report(lead, all(50));
    assert_close(report.leadership, 50.0);
    // Only 3 poles answered -> no index, no archetype, no tilt
    let lead = [Some(100), Some(100), Some(0), None, None, None, None, None];
    let report = short_report(lead, all(50));
    assert_eq!(report.leadership, None);
    assert_close(report.management, 50.0);
    assert_eq!(report.archetype, None);
    assert_eq!(report.tilt(), None);
    assert_eq!(report.balance(), None);
    assert_eq!(report.lean(), None);
    assert!(!report.near_line);
}

#[test]
fn lean_boundary_is_ten_points() {
    // Lead: 5 poles 25,25,25,50,50 -> 175/5 = 35; Manage: 8 poles of 25 -> 25; tilt exactly 10 -> Leading
    let five = [
        Some(25),
        Some(25),
        Some(25),
        Some(50),
        Some(50),
        None,
        None,
        None,
    ];
    let report = short_report(five, all(25));
    assert_close(report.tilt(), 10.0);
    assert_close(report.balance(), 90.0);
    assert_eq!(report.lean(), Some(Lean::Leading));
    // Mirror: Manage 35, Lead 25 -> tilt -10 -> Managing
    let report = short_report(all(25), five);
    assert_close(report.tilt(), -10.0);
    assert_close(report.balance(), 90.0);
    assert_eq!(report.lean(), Some(Lean::Managing));
    // Manage 7x25 + 50 = 225/8 = 28.125; tilt 35 - 28.125 = 6.875 < 10 -> Balanced
    let manage = [25, 25, 25, 25, 25, 25, 25, 50].map(Some);
    let report = short_report(five, manage);
    assert_close(report.tilt(), 6.875);
    assert_eq!(report.lean(), Some(Lean::Balanced));
    // Equal indices -> tilt 0, balance 100, Balanced
    let report = short_report(all(75), all(75));
    assert_close(report.tilt(), 0.0);
    assert_close(report.balance(), 100.0);
    assert_eq!(report.lean(), Some(Lean::Balanced));
}

#[test]
fn lean_on_hand_built_reports_near_the_boundary() {
    let base = short_report(all(50), all(50));
    let with = |l: f64, m: f64| Report {
        leadership: Some(l),
        management: Some(m),
        ..base.clone()
    };
    assert_eq!(with(72.5, 62.5).lean(), Some(Lean::Leading));
    assert_eq!(with(62.5, 72.5).lean(), Some(Lean::Managing));
    assert_eq!(with(72.4, 62.5).lean(), Some(Lean::Balanced));
    assert_eq!(with(62.5, 72.4).lean(), Some(Lean::Balanced));
    // 0.1 * 3 = 0.30000000000000004: floating-point noise around a tilt of 10 still counts as 10.
    let noisy = 0.1 + 0.2;
    assert_eq!(with(10.0 + noisy, noisy).lean(), Some(Lean::Leading));
    assert_close(with(80.0, 30.0).balance(), 50.0);
    assert_close(with(30.0, 80.0).balance(), 50.0);
}

// ---------------------------------------------------------------- archetypes, near the line

/// Pole scores whose mean is exactly 62.5: 100+100+6*50 = 500; 500/8 = 62.5
const AT_LINE: [u32; 8] = [100, 100, 50, 50, 50, 50, 50, 50];
/// Pole scores whose mean is just below: 100+75+6*50 = 475; 475/8 = 59.375
const BELOW_LINE: [u32; 8] = [100, 75, 50, 50, 50, 50, 50, 50];

#[test]
fn archetype_in_each_quadrant_with_62_5_counting_as_high() {
    let at = AT_LINE.map(Some);
    let below = BELOW_LINE.map(Some);
    let cases = [
        (at, at, Archetype::LeadingManager),
        (at, below, Archetype::VisionaryWithoutTraction),
        (below, at, Archetype::SteadyOperator),
        (below, below, Archetype::FoundationBuilder),
    ];
    for (lead, manage, expected) in cases {
        let report = short_report(lead, manage);
        assert_eq!(report.archetype, Some(expected), "{lead:?} / {manage:?}");
    }
    let report = short_report(at, at);
    assert_close(report.leadership, 62.5);
    assert_close(report.management, 62.5);
    // Clear cases far from the line.
    assert_eq!(
        short_report(all(100), all(0)).archetype,
        Some(Archetype::VisionaryWithoutTraction)
    );
    assert_eq!(
        short_report(all(0), all(100)).archetype,
        Some(Archetype::SteadyOperator)
    );
}

#[test]
fn archetype_boundary_in_the_full_form() {
    // Every pole: 3, 4 and the reverse unanswered -> mean 3.5 -> 100*2.5/4 = 62.5 exactly (high)
    let b = bank();
    let mut r = Responses::empty(b);
    for d in dimension_ids() {
        for pole in ["lead", "manage"] {
            set(&mut r, b, &format!("{d}-{pole}-1"), 3);
            set(&mut r, b, &format!("{d}-{pole}-2"), 4);
        }
    }
    let report = score(b, Form::Full, &r, false);
    assert_close(report.leadership, 62.5);
    assert_close(report.management, 62.5);
    assert_eq!(report.archetype, Some(Archetype::LeadingManager));
    // Lower every management pole by answering its reverse item "Always" -> 3, 4, 1: mean 8/3 -> 41.67
    for d in dimension_ids() {
        set(&mut r, b, &format!("{d}-manage-3"), 5);
    }
    let report = score(b, Form::Full, &r, false);
    assert_close(report.management, 100.0 * (8.0 / 3.0 - 1.0) / 4.0);
    assert_eq!(report.archetype, Some(Archetype::VisionaryWithoutTraction));
}

#[test]
fn near_line_band() {
    // Lead over 5 poles: 100+4*50 = 300; 300/5 = 60 (in 57.5..67.5); Manage 100 -> near the line
    let sixty = [
        Some(100),
        Some(50),
        Some(50),
        Some(50),
        Some(50),
        None,
        None,
        None,
    ];
    let report = short_report(sixty, all(100));
    assert_close(report.leadership, 60.0);
    assert!(report.near_line);
    // Lead: 100+100+3*50 = 350; 350/5 = 70 -> not near; Manage 100 -> not near
    let seventy = [
        Some(100),
        Some(100),
        Some(50),
        Some(50),
        Some(50),
        None,
        None,
        None,
    ];
    let report = short_report(seventy, all(100));
    assert_close(report.leadership, 70.0);
    assert!(!report.near_line);
    // Both 50 -> not near
    let report = short_report(all(50), all(0));
    assert_close(report.leadership, 50.0);
    assert!(!report.near_line);
    // Management 60, leadership 0 -> near (either index counts)
    let report = short_report(all(0), sixty);
    assert_close(report.management, 60.0);
    assert!(report.near_line);
    // Just inside the band's upper edge 67.5, in the full form.
    let b = bank();
    let mut r = Responses::empty(b);
    // Every lead pole: 3 and 4 -> 62.5, except 4 poles at 4 and 4 -> 75: (4*62.5 + 4*75)/8 = 68.75 (outside)
    // Every manage pole 2 and 4 -> mean 3 -> 50; then index 50 (outside)
    for (k, d) in dimension_ids().iter().enumerate() {
        set(&mut r, b, &format!("{d}-lead-1"), if k < 4 { 4 } else { 3 });
        set(&mut r, b, &format!("{d}-lead-2"), 4);
        set(&mut r, b, &format!("{d}-manage-1"), 2);
        set(&mut r, b, &format!("{d}-manage-2"), 4);
    }
    let report = score(b, Form::Full, &r, false);
    assert_close(report.leadership, 68.75);
    assert_close(report.management, 50.0);
    assert!(!report.near_line);
    // Lower one of the 75 lead poles to 62.5: (5*62.5 + 3*75)/8 = 537.5/8 = 67.1875 (inside)
    set(&mut r, b, "direction-lead-1", 3);
    let report = score(b, Form::Full, &r, false);
    assert_close(report.leadership, 67.1875);
    assert!(report.near_line);
}

// ---------------------------------------------------------------- biggest tilt, focus, plan

#[test]
fn biggest_tilt_picks_the_largest_gap_first_dimension_on_ties() {
    // D2: lead 100, manage 50 (gap 50); D5: lead 50, manage 100 (gap 50); others equal -> tie -> D2
    let mut lead = all(50);
    let mut manage = all(50);
    lead[2] = Some(100);
    manage[5] = Some(100);
    assert_eq!(short_report(lead, manage).biggest_tilt, Some(2));
    // D6 gap 75 (25 vs 100) beats both -> D6
    lead[6] = Some(25);
    manage[6] = Some(100);
    assert_eq!(short_report(lead, manage).biggest_tilt, Some(6));
    // A dimension with one unscored pole has no tilt: D7 lead 100, manage missing
    let mut lead = all(50);
    let mut manage = all(50);
    lead[7] = Some(100);
    manage[7] = None;
    lead[3] = Some(75);
    assert_eq!(short_report(lead, manage).biggest_tilt, Some(3));
    // All equal -> None
    assert_eq!(short_report(all(75), all(75)).biggest_tilt, None);
    let varied = [0, 25, 50, 75, 100, 75, 50, 25].map(Some);
    assert_eq!(short_report(varied, varied).biggest_tilt, None);
}

fn pole(dimension: usize, pole: Pole) -> PoleRef {
    PoleRef { dimension, pole }
}

// ---------------------------------------------------------------- the plan's priorities

/// Dimension scores given directly (0 to 100, `None` for an unscored side).
fn scores(lead: [Option<f64>; 8], manage: [Option<f64>; 8]) -> Vec<DimensionScore> {
    (0..8)
        .map(|d| DimensionScore {
            lead: lead[d],
            manage: manage[d],
        })
        .collect()
}

#[test]
fn everyone_gets_two_priorities_even_when_every_side_is_high() {
    // "Often" on every short-form statement: every side 75, a tie across all 16. The plan still
    // starts with two sides, managing first, in the radar's order, and says why.
    let report = short_report(all(75), all(75));
    let p = &report.priorities();
    assert_eq!(p.sides, vec![pole(0, Pole::Manage), pole(1, Pole::Manage)]);
    assert_close(p.average, 75.0);
    assert_eq!(
        p.tie,
        Some(Tie {
            score: 75,
            sides: 16
        })
    );
    assert_eq!(p.overuse, None);
    // All "Always": the same, at 100.
    let p = short_report(all(100), all(100)).priorities();
    assert_eq!(p.sides.len(), 2);
    assert_eq!(
        p.tie,
        Some(Tie {
            score: 100,
            sides: 16
        })
    );
}

#[test]
fn priorities_are_the_lowest_sides_against_the_own_average() {
    // Every side 100 except D3 manage 25, D1 lead 50, D5 lead 50, D6 manage 50, D0 manage 75.
    // Average (11 x 100 + 25 + 3 x 50 + 75) / 16 = 84.375; five sides are below it, so three are
    // taken: 25 (D3 manage), then the 50s with managing first (D6 manage), then radar order (D1 lead).
    let mut lead = all(100);
    let mut manage = all(100);
    manage[3] = Some(25);
    lead[1] = Some(50);
    lead[5] = Some(50);
    manage[6] = Some(50);
    manage[0] = Some(75);
    let p = short_report(lead, manage).priorities();
    assert_close(p.average, 84.375);
    assert_eq!(
        p.sides,
        vec![
            pole(3, Pole::Manage),
            pole(6, Pole::Manage),
            pole(1, Pole::Lead)
        ]
    );
    // D5 lead (50) is left out of a tie at 50: three sides share it.
    assert_eq!(
        p.tie,
        Some(Tie {
            score: 50,
            sides: 3
        })
    );

    // One side below the average still gives two priorities: the next lowest joins it.
    let mut lead = all(100);
    lead[7] = Some(0);
    let mut manage = all(100);
    manage[2] = Some(75);
    let p = short_report(lead, manage).priorities();
    assert_eq!(p.sides, vec![pole(7, Pole::Lead), pole(2, Pole::Manage)]);
    assert_eq!(p.tie, None);

    // Two below and a clear gap: two, no tie.
    let mut lead = all(75);
    lead[7] = Some(50);
    let mut manage = all(75);
    manage[0] = Some(0);
    let p = short_report(lead, manage).priorities();
    assert_eq!(p.sides, vec![pole(0, Pole::Manage), pole(7, Pole::Lead)]);
    assert_eq!(p.tie, None);
}

#[test]
fn priorities_compare_scores_as_the_page_shows_them() {
    // 71 and 72 both show as 70: a tie, broken by the stated rule (managing first), not by decimals.
    let mut lead = [Some(100.0); 8];
    let mut manage = [Some(100.0); 8];
    lead[0] = Some(71.0);
    manage[4] = Some(72.0);
    let p = priorities::choose(&scores(lead, manage));
    assert_eq!(p.sides, vec![pole(4, Pole::Manage), pole(0, Pole::Lead)]);
    assert_eq!(p.tie, None, "both tied sides are taken: nothing left out");
    // Unscored sides are not counted; with none scored there is nothing to choose.
    let p = priorities::choose(&scores([None; 8], [None; 8]));
    assert_eq!(
        (p.sides.len(), p.average, p.tie, p.overuse),
        (0, None, None, None)
    );
    let mut lead = [None; 8];
    lead[2] = Some(40.0);
    let p = priorities::choose(&scores(lead, [None; 8]));
    assert_eq!(p.sides, vec![pole(2, Pole::Lead)]);
}

#[test]
fn the_overuse_note_names_a_strong_side_well_ahead_of_its_partner() {
    // D4 manage (Directing) 100 with lead (Empowering) 50: gap 50. D1 lead 75 with manage 50: gap 25.
    let mut lead = all(75);
    let mut manage = all(75);
    manage[4] = Some(100);
    lead[4] = Some(50);
    manage[1] = Some(50);
    let p = short_report(lead, manage).priorities();
    assert_eq!(
        p.overuse,
        Some(Overuse {
            dimension: 4,
            strong: Pole::Manage
        })
    );
    // A gap of exactly 25 from a strong side of 75 counts; the first in radar order on equal gaps.
    let mut lead = all(50);
    let manage = all(50);
    lead[6] = Some(75);
    lead[2] = Some(75);
    let p = short_report(lead, manage).priorities();
    assert_eq!(
        p.overuse,
        Some(Overuse {
            dimension: 2,
            strong: Pole::Lead
        })
    );
    // A strong side of 70 (shown) is not strong enough, however large the gap.
    let mut lead = [Some(50.0); 8];
    lead[3] = Some(70.0);
    assert_eq!(
        priorities::choose(&scores(lead, [Some(20.0); 8])).overuse,
        None
    );
    // Equal sides, or one side unscored: no note.
    assert_eq!(short_report(all(50), all(50)).priorities().overuse, None);
    let mut lead = all(50);
    lead[6] = Some(100);
    let mut manage = all(50);
    manage[6] = None;
    assert_eq!(short_report(lead, manage).priorities().overuse, None);
}

#[test]
fn round_to_5_rounds_halves_away_from_zero() {
    assert_eq!(round_to_5(62.5), 65);
    assert_eq!(round_to_5(57.4), 55);
    assert_eq!(round_to_5(57.5), 60);
    assert_eq!(round_to_5(-12.5), -15);
    assert_eq!(round_to_5(-12.4), -10);
    assert_eq!(round_to_5(0.0), 0);
    assert_eq!(round_to_5(2.4), 0);
    assert_eq!(round_to_5(100.0), 100);
    assert_eq!(round_to_5(250.0 / 3.0), 85);
    assert_eq!(round_to_5(59.375), 60);
    assert_eq!(round_to_5(21.875), 20);
    // A half just below 7.5 through floating-point noise still rounds up.
    assert_eq!(round_to_5(7.5 - 1e-12), 10);
}

// ---------------------------------------------------------------- agility

/// Option index of a letter a..d.
fn opt(letter: char) -> u8 {
    letter as u8 - b'a'
}

fn picks(letters: &[(char, char)]) -> Responses {
    let b = bank();
    assert_eq!(letters.len(), b.scenarios.len());
    let mut r = Responses::empty(b);
    for (s, &(best, least)) in letters.iter().enumerate() {
        r.picks[s] = Pick {
            best: Some(opt(best)),
            least: Some(opt(least)),
        };
    }
    r
}

fn key_of(s: usize, letter: char) -> i8 {
    bank().scenarios[s].options[usize::from(opt(letter))].key
}

#[test]
fn scenario_score_is_best_key_plus_one_for_the_worst_as_least() {
    let b = bank();
    let a = scenario(b, "client-lost-a");
    // client-lost-a: a is -1, b +1, c +2, d 0
    assert_eq!(
        [
            key_of(a, 'a'),
            key_of(a, 'b'),
            key_of(a, 'c'),
            key_of(a, 'd')
        ],
        [-1, 1, 2, 0]
    );
    let mut r = Responses::empty(b);
    let mut check = |best: char, least: char, expected: i32| {
        r.picks[a] = Pick {
            best: Some(opt(best)),
            least: Some(opt(least)),
        };
        assert_eq!(
            scenario_score(b, &r, a),
            Some(expected),
            "best {best}, least {least}"
        );
    };
    check('c', 'a', 3); // 2 + 1
    check('c', 'd', 2); // 2 + 0
    check('b', 'a', 2); // 1 + 1
    check('d', 'a', 1); // 0 + 1
    check('a', 'c', -1); // -1 + 0
    check('a', 'd', -1);
    // Incomplete picks have no score.
    r.picks[a] = Pick {
        best: Some(0),
        least: None,
    };
    assert_eq!(scenario_score(b, &r, a), None);
    r.picks[a] = Pick::default();
    assert_eq!(scenario_score(b, &r, a), None);
    // Out of range scenario.
    assert_eq!(scenario_score(b, &r, b.scenarios.len()), None);
}

fn best_and_worst_letters(s: usize) -> (char, char) {
    let sc = &bank().scenarios[s];
    (
        (b'a' + sc.best_option() as u8) as char,
        (b'a' + sc.worst_option() as u8) as char,
    )
}

#[test]
fn agility_is_100_when_every_pick_is_right() {
    let b = bank();
    let letters: Vec<(char, char)> = (0..b.scenarios.len()).map(best_and_worst_letters).collect();
    let r = picks(&letters);
    // 8 stages x 3 = 24 = the maximum -> 100
    let a = agility(b, &r).expect("complete");
    assert!((a.score - 100.0).abs() < TOLERANCE, "{}", a.score);
    let report = score(b, Form::Short, &r, true);
    assert!((report.agility.unwrap().score - 100.0).abs() < TOLERANCE);
}

#[test]
fn agility_is_0_when_every_best_is_the_worst_and_least_misses_it() {
    let b = bank();
    // best = keyed worst (-1), least = keyed best (so never the worst): each stage -1;
    // sum -8 = the minimum -> 0
    let letters: Vec<(char, char)> = (0..b.scenarios.len())
        .map(|s| {
            let (best, worst) = best_and_worst_letters(s);
            (worst, best)
        })
        .collect();
    let a = agility(b, &picks(&letters)).expect("complete");
    assert!(a.score.abs() < TOLERANCE, "{}", a.score);
    assert!(!a.switched_hats());
}

#[test]
fn agility_mixed_case() {
    let b = bank();
    // stage                best (key)  least (key)  score
    // client-lost-a        c (2)       a (-1)       2+1 = 3
    // client-lost-b        b (1)       d (0)        1
    // new-operating-model  a (1)       b (-1)       1+1 = 2
    // new-starter          a (0)       c (1)        0
    // better-method        b (-1)      a (2)        -1
    // rising-errors        a (1)       d (-1)       1+1 = 2
    // new-initiative-a     d (1)       c (0)        1
    // new-initiative-b     d (2)       a (1)        2
    // sum 3+1+2+0-1+2+1+2 = 10; range -8..24; 100*(10+8)/32 = 56.25
    let ids = [
        "client-lost-a",
        "client-lost-b",
        "new-operating-model",
        "new-starter",
        "better-method",
        "rising-errors",
        "new-initiative-a",
        "new-initiative-b",
    ];
    for (s, id) in ids.iter().enumerate() {
        assert_eq!(b.scenarios[s].id, *id);
    }
    let letters = [
        ('c', 'a'),
        ('b', 'd'),
        ('a', 'b'),
        ('a', 'c'),
        ('b', 'a'),
        ('a', 'd'),
        ('d', 'c'),
        ('d', 'a'),
    ];
    let keys: Vec<(i8, i8)> = letters
        .iter()
        .enumerate()
        .map(|(s, &(best, least))| (key_of(s, best), key_of(s, least)))
        .collect();
    assert_eq!(
        keys,
        vec![
            (2, -1),
            (1, 0),
            (1, -1),
            (0, 1),
            (-1, 2),
            (1, -1),
            (1, 0),
            (2, 1)
        ]
    );
    let r = picks(&letters);
    let per: Vec<i32> = (0..8).map(|s| scenario_score(b, &r, s).unwrap()).collect();
    assert_eq!(per, vec![3, 1, 2, 0, -1, 2, 1, 2]);
    let a = agility(b, &r).unwrap();
    assert!((a.score - 56.25).abs() < TOLERANCE, "{}", a.score);
    // The crisis managed (c), the recovery led (b); the new initiative led (d, +1), its growth
    // managed (d): hats switched in both two-stage scenarios, named by their first stages.
    assert_eq!(a.switched, vec![0, 6]);
}

#[test]
fn agility_rests_on_the_answered_stages_and_is_none_while_one_is_half_answered() {
    let b = bank();
    let letters: Vec<(char, char)> = (0..b.scenarios.len()).map(best_and_worst_letters).collect();
    let complete = picks(&letters);
    assert!(agility(b, &complete).is_some());
    // Skipped: score() ignores the picks.
    assert_eq!(score(b, Form::Short, &complete, false).agility, None);
    for s in 0..b.scenarios.len() {
        // A best without a least (or the reverse) -> None.
        let mut r = complete.clone();
        r.picks[s].least = None;
        assert_eq!(agility(b, &r), None, "scenario {s} without least");
        assert_eq!(score(b, Form::Full, &r, true).agility, None);
        let mut r = complete.clone();
        r.picks[s].best = None;
        assert_eq!(agility(b, &r), None, "scenario {s} without best");
        // A stage never answered (a version 1 code's eighth) -> the rest, here all right: 100.
        let mut r = complete.clone();
        r.picks[s] = Pick::default();
        let a = agility(b, &r).expect("the other stages");
        assert!(
            (a.score - 100.0).abs() < TOLERANCE,
            "scenario {s} unanswered"
        );
    }
    // Nothing answered -> None.
    assert_eq!(agility(b, &Responses::empty(b)), None);
    // best == least is incomplete.
    let mut r = complete.clone();
    r.picks[3] = Pick {
        best: Some(1),
        least: Some(1),
    };
    assert_eq!(agility(b, &r), None);
}

#[test]
fn switched_hats_needs_the_favoured_hat_in_both_stages() {
    let b = bank();
    let base: Vec<(char, char)> = (0..b.scenarios.len()).map(best_and_worst_letters).collect();
    let hat = |s: usize, l: char| b.scenarios[s].options[usize::from(opt(l))].hat;
    for (pair, first_hat, second_hat) in [
        ("client-lost", Hat::Manage, Hat::Lead),
        ("new-initiative", Hat::Lead, Hat::Manage),
    ] {
        let a = scenario(b, &format!("{pair}-a"));
        let bb = scenario(b, &format!("{pair}-b"));
        assert_eq!(bb, a + 1);
        assert_eq!(
            (b.scenarios[a].hat, b.scenarios[bb].hat),
            (first_hat, second_hat)
        );
        let switched = |best_a: char, best_b: char| {
            let mut letters = base.clone();
            // least: an option other than best (the worst unless best is the worst)
            let least = |s: usize, best: char| {
                let worst = best_and_worst_letters(s).1;
                if best == worst {
                    if best == 'a' {
                        'b'
                    } else {
                        'a'
                    }
                } else {
                    worst
                }
            };
            letters[a] = (best_a, least(a, best_a));
            letters[bb] = (best_b, least(bb, best_b));
            agility(b, &picks(&letters)).unwrap().switched.contains(&a)
        };
        let mut seen = 0;
        for best_a in ['a', 'b', 'c', 'd'] {
            for best_b in ['a', 'b', 'c', 'd'] {
                let expected = hat(a, best_a) == first_hat && hat(bb, best_b) == second_hat;
                seen += usize::from(expected);
                assert_eq!(
                    switched(best_a, best_b),
                    expected,
                    "{pair}: first {best_a}, second {best_b}"
                );
            }
        }
        // Each stage has two moves of its favoured hat: four combinations switch.
        assert_eq!(seen, 4, "{pair}");
    }
}

// ---------------------------------------------------------------- properties

/// Random responses: most items answered 1..5, some missing, some No opportunity where offered;
/// scenario picks random (sometimes incomplete).
fn random_responses(rng: &mut Rng, form: Form) -> Responses {
    let b = bank();
    let mut r = Responses::empty(b);
    let sparse = rng.below(4) == 0;
    for i in b.sequence(form) {
        let roll = rng.below(20);
        r.answers[i] = if sparse && roll < 6 {
            None
        } else if b.items[i].no_opportunity && roll < 9 {
            Some(Answer::NoOpportunity)
        } else {
            Some(Answer::Scale(1 + rng.below(5) as u8))
        };
    }
    for p in r.picks.iter_mut() {
        let best = rng.below(4) as u8;
        let least = (best + 1 + rng.below(3) as u8) % 4;
        *p = if rng.below(30) == 0 {
            Pick {
                best: Some(best),
                least: None,
            }
        } else {
            Pick {
                best: Some(best),
                least: Some(least),
            }
        };
    }
    r
}

/// An independent implementation of the pole score, for cross-checking.
fn reference_pole_score(r: &Responses, form: Form, d: usize, pole: Pole) -> Option<f64> {
    let b = bank();
    let mut values = Vec::new();
    for (i, it) in b.items.iter().enumerate() {
        if it.dimension != d || it.pole != pole || (form == Form::Short && !it.short) {
            continue;
        }
        if let Some(Answer::Scale(x)) = r.answers[i] {
            values.push(if it.keying == Keying::Reverse {
                6 - x
            } else {
                x
            } as f64);
        }
    }
    let needed = if form == Form::Short { 1 } else { 2 };
    if values.len() < needed {
        return None;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    Some(100.0 * (mean - 1.0) / 4.0)
}

const CASES: usize = 2_500;

fn in_range(x: f64) -> bool {
    (-TOLERANCE..=100.0 + TOLERANCE).contains(&x)
}

#[test]
fn property_everything_stays_within_0_to_100() {
    let b = bank();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut agility_seen = 0;
    let mut no_opportunity_seen = 0;
    for case in 0..CASES {
        let form = if case % 2 == 0 {
            Form::Full
        } else {
            Form::Short
        };
        let r = random_responses(&mut rng, form);
        no_opportunity_seen += r
            .answers
            .iter()
            .filter(|a| **a == Some(Answer::NoOpportunity))
            .count();
        let report = score(b, form, &r, case % 3 != 0);
        for (d, scores) in report.dimensions.iter().enumerate() {
            for p in Pole::BOTH {
                let s = scores.pole(p);
                let reference = reference_pole_score(&r, form, d, p);
                assert_eq!(s.is_some(), reference.is_some(), "case {case}");
                if let (Some(s), Some(reference)) = (s, reference) {
                    assert!(in_range(s), "case {case}: pole {s}");
                    assert!(
                        (s - reference).abs() < TOLERANCE,
                        "case {case}: {s} vs {reference}"
                    );
                }
            }
        }
        for index in [report.leadership, report.management].into_iter().flatten() {
            assert!(in_range(index), "case {case}: index {index}");
        }
        if let Some(balance) = report.balance() {
            assert!(in_range(balance), "case {case}: balance {balance}");
        }
        if let Some(a) = &report.agility {
            assert!(in_range(a.score), "case {case}: agility {}", a.score);
            agility_seen += 1;
        }
        for s in 0..b.scenarios.len() {
            if let Some(x) = scenario_score(b, &r, s) {
                assert!((-1..=3).contains(&x));
            }
        }
        // Two or three priorities whenever two sides are scored, each with its score.
        let p = &report.priorities();
        let scored = report
            .dimensions
            .iter()
            .flat_map(|d| [d.lead, d.manage])
            .flatten()
            .count();
        assert!(p.sides.len() <= 3, "case {case}");
        assert!(p.sides.len() >= scored.min(2), "case {case}");
        for side in &p.sides {
            assert!(report.dimensions[side.dimension].pole(side.pole).is_some());
        }
    }
    assert!(
        agility_seen > CASES / 4,
        "agility computed in {agility_seen} cases"
    );
    assert!(
        no_opportunity_seen > 100,
        "No opportunity used {no_opportunity_seen} times"
    );
}

#[test]
fn property_raising_a_positive_answer_never_lowers_its_pole() {
    let b = bank();
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut raised = 0;
    for case in 0..CASES {
        let form = if case % 2 == 0 {
            Form::Full
        } else {
            Form::Short
        };
        let r = random_responses(&mut rng, form);
        let sequence = b.sequence(form);
        let i = sequence[rng.below(sequence.len())];
        let it = &b.items[i];
        let Some(Answer::Scale(x)) = r.answers[i] else {
            continue;
        };
        if it.keying != Keying::Positive || x == 5 {
            continue;
        }
        let before = pole_score(b, &r, form, it.dimension, it.pole);
        let mut higher = r.clone();
        higher.answers[i] = Some(Answer::Scale(x + 1));
        let after = pole_score(b, &higher, form, it.dimension, it.pole);
        match (before, after) {
            (Some(before), Some(after)) => assert!(
                after > before - TOLERANCE,
                "case {case}: {before} -> {after}"
            ),
            (None, None) => {}
            other => panic!("case {case}: scored-ness changed: {other:?}"),
        }
        raised += 1;
    }
    assert!(raised > 500, "only {raised} raises tried");
}

#[test]
fn property_raising_a_reverse_answer_never_raises_its_pole() {
    let b = bank();
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    for _ in 0..CASES {
        let r = random_responses(&mut rng, Form::Full);
        let reverse: Vec<usize> = (0..b.items.len())
            .filter(|&i| b.items[i].keying == Keying::Reverse)
            .collect();
        let i = reverse[rng.below(reverse.len())];
        let Some(Answer::Scale(x)) = r.answers[i] else {
            continue;
        };
        if x == 5 {
            continue;
        }
        let it = &b.items[i];
        let before = pole_score(b, &r, Form::Full, it.dimension, it.pole);
        let mut higher = r.clone();
        higher.answers[i] = Some(Answer::Scale(x + 1));
        let after = pole_score(b, &higher, Form::Full, it.dimension, it.pole);
        if let (Some(before), Some(after)) = (before, after) {
            assert!(after < before + TOLERANCE);
        }
    }
}

#[test]
fn property_mirrored_answers_mirror_every_pole() {
    let b = bank();
    let mut rng = Rng(0xA076_1D64_78BD_642F);
    for case in 0..CASES {
        let form = if case % 2 == 0 {
            Form::Full
        } else {
            Form::Short
        };
        let r = random_responses(&mut rng, form);
        let mut mirrored = r.clone();
        for a in mirrored.answers.iter_mut() {
            *a = a.map(Answer::mirrored);
        }
        // No opportunity stays missing, and unanswered stays unanswered.
        for (x, y) in r.answers.iter().zip(&mirrored.answers) {
            assert_eq!(x.is_none(), y.is_none());
            assert_eq!(
                *x == Some(Answer::NoOpportunity),
                *y == Some(Answer::NoOpportunity)
            );
        }
        let report = score(b, form, &r, false);
        let mirror = score(b, form, &mirrored, false);
        for d in 0..8 {
            for p in Pole::BOTH {
                match (report.dimensions[d].pole(p), mirror.dimensions[d].pole(p)) {
                    (Some(s), Some(m)) => assert!(
                        (m - (100.0 - s)).abs() < TOLERANCE,
                        "case {case}: {s} vs {m}"
                    ),
                    (None, None) => {}
                    other => panic!("case {case}: {other:?}"),
                }
            }
        }
        if let (Some(l), Some(m)) = (report.leadership, mirror.leadership) {
            assert!((m - (100.0 - l)).abs() < TOLERANCE);
        }
        // Mirroring flips the tilt.
        if let (Some(t), Some(u)) = (report.tilt(), mirror.tilt()) {
            assert!((t + u).abs() < 1e-6, "case {case}: tilt {t} vs {u}");
        }
    }
}

#[test]
fn answer_helpers() {
    assert_eq!(Answer::scale(0), None);
    assert_eq!(Answer::scale(6), None);
    assert_eq!(Answer::scale(3), Some(Answer::Scale(3)));
    assert_eq!(Answer::Scale(1).mirrored(), Answer::Scale(5));
    assert_eq!(Answer::Scale(3).mirrored(), Answer::Scale(3));
    assert_eq!(Answer::NoOpportunity.mirrored(), Answer::NoOpportunity);
    let p = Pick::default().with_best(1).with_least(2);
    assert!(p.is_complete());
    assert_eq!(
        p.with_least(1),
        Pick {
            best: None,
            least: Some(1)
        }
    );
    assert_eq!(
        p.with_best(2),
        Pick {
            best: Some(2),
            least: None
        }
    );
}

#[test]
fn shown_gaps_are_differences_of_the_shown_scores() {
    // 71.9 shows as 70 and 84.4 as 85: the page says 15 apart, not round(12.5) = 15 by luck.
    assert_eq!(radar_core::scoring::shown_gap(71.9, 84.4), 15);
    // 67.4 shows as 65 and 80.1 as 80: 15 apart on the page, though the exact gap (12.7) rounds to 15 too.
    assert_eq!(radar_core::scoring::shown_gap(67.4, 80.1), 15);
    // 62.4 shows as 60 and 72.6 as 75: 15 apart, where the exact gap 10.2 would round to 10.
    assert_eq!(radar_core::scoring::shown_gap(62.4, 72.6), 15);
    assert_eq!(radar_core::scoring::shown_gap(50.0, 50.0), 0);
}

/// Picks, in every scenario, the best option of one hat as most effective and the avoidant option
/// as least effective: someone who always wears that hat.
fn one_hat_picks(hat: radar_core::bank::Hat) -> Responses {
    let b = bank();
    let mut r = Responses::empty(b);
    for (s, scenario) in b.scenarios.iter().enumerate() {
        let best = (0..4)
            .filter(|&o| scenario.options[o].hat == hat)
            .max_by_key(|&o| scenario.options[o].key)
            .expect("every scenario has an option of each hat");
        let avoid = (0..4)
            .find(|&o| scenario.options[o].hat == radar_core::bank::Hat::Avoid)
            .expect("every scenario has an avoidant option");
        r.picks[s] = radar_core::responses::Pick {
            best: Some(best as u8),
            least: Some(avoid as u8),
        };
    }
    r
}

#[test]
fn one_hat_worn_throughout_scores_the_same_either_way_in_the_middle_band() {
    use radar_core::bank::Hat;
    let b = bank();
    let texts = &common::texts().interpretation.agility;
    // As many stages call for managing first as for leading first (four each), so one hat worn
    // throughout scores the same either way: its four stages 2 + 1 = 3, the other four offer one
    // move of that hat keyed 0, so 0 + 1 = 1. Sum 4*3 + 4*1 = 16; agility = 100*(16 + 8)/32 = 75.
    let manage = agility(b, &one_hat_picks(Hat::Manage)).unwrap();
    let lead = agility(b, &one_hat_picks(Hat::Lead)).unwrap();
    for result in [&manage, &lead] {
        assert!((result.score - 75.0).abs() < TOLERANCE, "{}", result.score);
    }
    // Switching as the key favours scores more than either.
    let right: Vec<(char, char)> = (0..b.scenarios.len()).map(best_and_worst_letters).collect();
    assert!(agility(b, &picks(&right)).unwrap().score > lead.score);
    // Neither earns the "switches hats" wording, and neither sets the switched-hats flag.
    for result in [manage, lead] {
        assert_eq!(texts.for_score(result.score), texts.middle);
        assert!(!result.switched_hats());
    }
}

#[test]
fn chosen_actions_read_back_and_stop_at_two() {
    use radar_core::priorities::{Chosen, MAX_CHOSEN};
    let b = bank();
    let mut chosen = Chosen::default();
    assert!(chosen.set(pole(4, Pole::Lead), true));
    assert!(chosen.set(pole(0, Pole::Manage), true));
    assert_eq!(MAX_CHOSEN, 2);
    assert!(!chosen.set(pole(1, Pole::Lead), true), "a third is refused");
    assert_eq!(chosen.write(b), "decisions-lead direction-manage");
    assert_eq!(Chosen::parse(b, &chosen.write(b)), chosen);
    assert!(chosen.set(pole(4, Pole::Lead), false));
    assert!(chosen.set(pole(1, Pole::Lead), true));
    assert_eq!(chosen.write(b), "direction-manage change-lead");
    // A kept note is not trusted: unknown, repeated and extra ids are dropped, a long one refused.
    assert_eq!(
        Chosen::parse(
            b,
            "nonsense direction-manage direction-manage change-leading problems-lead people-lead"
        ),
        Chosen(vec![pole(0, Pole::Manage), pole(7, Pole::Lead)])
    );
    assert_eq!(
        Chosen::parse(b, &"direction-lead ".repeat(20)),
        Chosen::default()
    );
    assert_eq!(Chosen::parse(b, ""), Chosen::default());
}

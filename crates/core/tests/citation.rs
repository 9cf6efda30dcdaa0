#![cfg(not(target_arch = "wasm32"))]
//! Sources as a reader reads them: no internal ids, no doubled quotation marks, the works listed.

mod common;

use radar_core::citation::{readable, Reference};

const REFERENCES: &[Reference] = &[
    Reference {
        id: "001",
        cite: "The Real Difference",
        entry: "“The Real Difference.” Web article.",
    },
    Reference {
        id: "003",
        cite: "Are they the same thing?",
        entry: "“Are they the same thing?” Web article.",
    },
    Reference {
        id: "S1",
        cite: "1990",
        entry: "Kotter (1990).",
    },
    Reference {
        id: "S6",
        cite: "Avolio, Bass & Jung 1999",
        entry: "Avolio, Bass & Jung (1999).",
    },
    Reference {
        id: "S9",
        cite: "research on self–other rating agreement",
        entry: "Self–other agreement.",
    },
];

#[test]
fn a_seed_quotation_names_its_article() {
    let (text, cited) = readable(
        "[001] \"Rewrite team objectives in plain language\"",
        REFERENCES,
    );
    assert_eq!(
        text,
        "“Rewrite team objectives in plain language” (The Real Difference)"
    );
    assert_eq!(cited, [0]);
}

#[test]
fn a_quotation_of_a_quotation_keeps_one_pair_of_marks() {
    let (text, _) = readable("[003] \"“how might we…”\"", REFERENCES);
    assert_eq!(text, "“how might we…” (Are they the same thing?)");
}

#[test]
fn a_quotation_holding_a_quotation_takes_it_in_single_marks() {
    let (text, _) = readable(
        "[001] \"You coach: “Here’s how you can get better.”\"",
        REFERENCES,
    );
    assert_eq!(
        text,
        "“You coach: ‘Here’s how you can get better.’” (The Real Difference)"
    );
}

#[test]
fn a_named_work_reads_as_its_year_or_authors() {
    let (text, cited) = readable(
        "Kotter (S1): planning and budgeting; MLQ idealized influence vs management-by-exception active (S6, S9); [001] \"You stabilize as a manager; you re-energize as a leader.\"",
        REFERENCES,
    );
    assert_eq!(
        text,
        "Kotter (1990): planning and budgeting; MLQ idealized influence vs management-by-exception active (Avolio, Bass & Jung 1999; research on self–other rating agreement); “You stabilize as a manager; you re-energize as a leader.” (The Real Difference)"
    );
    assert_eq!(cited, [2, 3, 4, 0]);
}

#[test]
fn an_unknown_id_or_a_bracket_that_is_no_citation_is_left_as_it_is() {
    let (text, cited) = readable("[009] \"x\"; Someone (S99); (see below) [a]", REFERENCES);
    assert_eq!(text, "[009] \"x\"; Someone (S99); (see below) [a]");
    assert!(cited.is_empty());
}

#[test]
fn every_content_source_reads_without_an_id_and_cites_known_works() {
    let texts = common::texts();
    let references = texts.interpretation.references;
    let bank = texts.bank;
    let mut sources: Vec<&str> = Vec::new();
    sources.extend(bank.dimensions.iter().map(|d| d.source));
    sources.extend(bank.items.iter().map(|i| i.source));
    sources.extend(bank.scenarios.iter().map(|s| s.source));
    let interpretation = texts.interpretation;
    sources.extend(interpretation.archetypes.iter().map(|a| a.source));
    sources.extend(interpretation.actions.iter().flatten().map(|a| a.source));
    sources.push(interpretation.agility.source);
    assert_eq!(sources.len(), 8 + 48 + 8 + 4 + 16 + 1);
    for source in sources {
        let (text, cited) = readable(source, references);
        assert!(!cited.is_empty(), "{source}");
        for id in ["[00", "(S", "\"", "““", "””"] {
            assert!(!text.contains(id), "{id} in {text}");
        }
    }
}

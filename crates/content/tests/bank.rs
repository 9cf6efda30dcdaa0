#![cfg(not(target_arch = "wasm32"))]
//! The built-in question bank (data/bank.toml with the English texts of data/locales/en.ftl): its
//! structure, its order, its wording rules and its sources. The readers' refusals are tested with
//! them, in crates/source/tests/sources.rs.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use radar_content::bank;
use radar_core::bank::{Bank, Form, Keying, Pole};

/// The dimension ids in radar order, as the content model lists them.
const DIMENSION_IDS: [&str; 8] = [
    "direction",
    "change",
    "people",
    "motivation",
    "decisions",
    "development",
    "accountability",
    "problems",
];

// ---------------------------------------------------------------- structure

#[test]
fn has_eight_dimensions_in_radar_order() {
    let ids: Vec<&str> = bank().dimensions.iter().map(|d| d.id).collect();
    assert_eq!(ids, DIMENSION_IDS);
}

#[test]
fn has_48_items_with_unique_ids() {
    let b = bank();
    assert_eq!(b.items.len(), 48);
    let mut ids = HashSet::new();
    for item in b.items {
        assert!(ids.insert(item.id), "duplicate item id {}", item.id);
    }
    let mut all = HashSet::new();
    for id in b
        .dimensions
        .iter()
        .map(|d| &d.id)
        .chain(b.items.iter().map(|i| &i.id))
        .chain(b.scenarios.iter().map(|s| &s.id))
    {
        assert!(all.insert(id), "id {id} used twice across the bank");
    }
}

#[test]
fn item_ids_name_their_dimension_and_pole() {
    let b = bank();
    for item in b.items {
        let prefix = format!("{}-{}-", b.dimensions[item.dimension].id, item.pole.id());
        assert!(
            item.id.starts_with(&prefix),
            "{} should start with {prefix}",
            item.id
        );
    }
}

#[test]
fn every_pole_has_two_positive_and_one_reverse_item() {
    let b = bank();
    for d in 0..b.dimensions.len() {
        for pole in Pole::BOTH {
            let items: Vec<usize> = b.pole_items(d, pole).collect();
            assert_eq!(items.len(), 3, "{} {:?}", b.dimensions[d].id, pole);
            let positive = items
                .iter()
                .filter(|&&i| b.items[i].keying == Keying::Positive)
                .count();
            let reverse = items
                .iter()
                .filter(|&&i| b.items[i].keying == Keying::Reverse)
                .count();
            assert_eq!(
                (positive, reverse),
                (2, 1),
                "{} {:?}",
                b.dimensions[d].id,
                pole
            );
        }
    }
    let reverse_total = b
        .items
        .iter()
        .filter(|i| i.keying == Keying::Reverse)
        .count();
    assert_eq!(reverse_total, 16);
}

#[test]
fn every_pole_has_exactly_one_positive_short_item() {
    let b = bank();
    for d in 0..b.dimensions.len() {
        for pole in Pole::BOTH {
            let short: Vec<usize> = b
                .pole_items(d, pole)
                .filter(|&i| b.items[i].short)
                .collect();
            assert_eq!(short.len(), 1, "{} {:?}", b.dimensions[d].id, pole);
            assert_eq!(
                b.items[short[0]].keying,
                Keying::Positive,
                "{}",
                b.items[short[0]].id
            );
        }
    }
    assert_eq!(b.items.iter().filter(|i| i.short).count(), 16);
}

/// How a statement that describes a situation starts (English): "When a target is set, …".
const CONDITIONS: [&str; 7] = [
    "When ",
    "After ",
    "Once ",
    "During ",
    "Before ",
    "Soon after ",
    "For tasks where ",
];

#[test]
fn every_statement_about_a_situation_offers_no_opportunity() {
    // Leadership is not a title: a person whose work never brings the situation must not be
    // pushed to "Never", which lowers a pole, or on a reverse-keyed statement scores as the best
    // answer. In both forms: the short one too rests on such statements.
    let b = bank();
    let conditional: Vec<&str> = b
        .items
        .iter()
        .filter(|i| CONDITIONS.iter().any(|c| i.text.starts_with(c)))
        .map(|i| i.id)
        .collect();
    assert_eq!(conditional.len(), 27, "{conditional:?}");
    for item in b.items.iter().filter(|i| conditional.contains(&i.id)) {
        assert!(
            item.no_opportunity,
            "{} opens with a situation: {}",
            item.id, item.text
        );
    }
    // So do the statements that need work to hand out or people to supervise.
    for id in [
        "people-manage-3",
        "decisions-manage-3",
        "development-manage-2",
        "development-manage-3",
    ] {
        let item = b.items.iter().find(|i| i.id == id).expect(id);
        assert!(item.no_opportunity, "{id} needs a team: {}", item.text);
    }
    // Everyday habits anyone can rate do not.
    let direction = b
        .items
        .iter()
        .find(|i| i.id == "direction-manage-1")
        .unwrap();
    assert!(!direction.no_opportunity);
}

// ---------------------------------------------------------------- sequences

fn assert_no_neighbour_shares_a_dimension(b: &Bank, sequence: &[usize]) {
    for pair in sequence.windows(2) {
        assert_ne!(
            b.items[pair[0]].dimension, b.items[pair[1]].dimension,
            "{} is followed by {}",
            b.items[pair[0]].id, b.items[pair[1]].id
        );
    }
}

#[test]
fn full_sequence_covers_every_item_once() {
    let b = bank();
    let sequence = b.sequence(Form::Full);
    assert_eq!(sequence.len(), 48);
    let distinct: HashSet<usize> = sequence.iter().copied().collect();
    assert_eq!(distinct.len(), 48);
    assert_eq!(distinct, (0..b.items.len()).collect::<HashSet<usize>>());
    assert_no_neighbour_shares_a_dimension(b, &sequence);
}

#[test]
fn short_sequence_covers_exactly_the_short_items() {
    let b = bank();
    let sequence = b.sequence(Form::Short);
    assert_eq!(sequence.len(), 16);
    let distinct: HashSet<usize> = sequence.iter().copied().collect();
    assert_eq!(distinct.len(), 16);
    let short: HashSet<usize> = (0..b.items.len()).filter(|&i| b.items[i].short).collect();
    assert_eq!(distinct, short);
    assert_no_neighbour_shares_a_dimension(b, &sequence);
}

#[test]
fn sequences_are_stable() {
    let b = bank();
    assert_eq!(b.sequence(Form::Full), b.sequence(Form::Full));
    assert_eq!(b.sequence(Form::Short), b.sequence(Form::Short));
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let sources = radar_source::EnglishSources::read(&data).expect("readable");
    let reread = radar_source::english(sources).expect("reads").bank;
    assert_eq!(reread.sequence(Form::Full), b.sequence(Form::Full));
}

#[test]
fn full_sequence_spreads_reverse_items() {
    // Reverse-keyed items are spread out: each round of 16 presented items holds 4 to 6 of them,
    // and at most one pair of them is presented back to back (where one round of the
    // interleaving meets the next: problems-manage-3 then direction-lead-3).
    let b = bank();
    let sequence = b.sequence(Form::Full);
    let reverse = |i: usize| b.items[i].keying == Keying::Reverse;
    for chunk in sequence.chunks(16) {
        let count = chunk.iter().filter(|&&i| reverse(i)).count();
        assert!(
            (4..=6).contains(&count),
            "{count} reverse items in one round"
        );
    }
    let adjacent: Vec<(&str, &str)> = sequence
        .windows(2)
        .filter(|pair| reverse(pair[0]) && reverse(pair[1]))
        .map(|pair| (b.items[pair[0]].id, b.items[pair[1]].id))
        .collect();
    assert!(
        adjacent.len() <= 1,
        "reverse items back to back: {adjacent:?}"
    );
    assert!(
        !sequence.windows(3).any(|w| w.iter().all(|&i| reverse(i))),
        "three reverse items in a row"
    );
}

// ---------------------------------------------------------------- scenarios

#[test]
fn six_scenarios_two_of_them_in_two_stages() {
    let b = bank();
    assert_eq!(b.scenarios.len(), 8);
    assert_eq!(b.scenario_count(), 6);
    let numbers: Vec<(usize, Option<u8>)> = (0..b.scenarios.len())
        .map(|i| b.scenario_number(i))
        .collect();
    assert_eq!(
        numbers,
        vec![
            (1, Some(1)),
            (1, Some(2)),
            (2, None),
            (3, None),
            (4, None),
            (5, None),
            (6, Some(1)),
            (6, Some(2))
        ]
    );
    let ids: Vec<&str> = b.scenarios.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "client-lost-a",
            "client-lost-b",
            "new-operating-model",
            "new-starter",
            "better-method",
            "rising-errors",
            "new-initiative-a",
            "new-initiative-b"
        ]
    );
}

#[test]
fn every_scenario_has_four_options_one_best_one_worst() {
    for s in bank().scenarios {
        assert_eq!(s.options.len(), 4, "{}", s.id);
        let count = |k: i8| s.options.iter().filter(|o| o.key == k).count();
        assert_eq!(count(2), 1, "{}: one option keyed 2", s.id);
        assert_eq!(count(-1), 1, "{}: one option keyed -1", s.id);
        assert!(
            s.options.iter().all(|o| (-1..=2).contains(&o.key)),
            "{}",
            s.id
        );
        assert_eq!(s.options[s.best_option()].key, 2);
        assert_eq!(s.options[s.worst_option()].key, -1);
        assert_ne!(s.best_option(), s.worst_option());
    }
}

#[test]
fn as_many_stages_call_for_managing_first_as_for_leading_first() {
    use radar_core::bank::Hat;
    let b = bank();
    let manage = b.scenarios.iter().filter(|s| s.hat == Hat::Manage).count();
    let lead = b.scenarios.iter().filter(|s| s.hat == Hat::Lead).count();
    // Each stage of a pair counts on its own (the crisis manage-first, its recovery lead-first;
    // the new initiative lead-first, its growth manage-first), so one hat worn throughout scores
    // the same either way (crates/core/tests/scoring.rs works it out).
    assert_eq!((manage, lead), (4, 4));
    for s in b.scenarios {
        // The keyed best option wears the scenario's hat; every stage offers a move of each hat
        // and one avoidant move, keyed as the content model says.
        assert_eq!(s.options[s.best_option()].hat, s.hat, "{}", s.id);
        for o in s.options {
            let expected = match o.hat {
                Hat::Avoid => -1..=-1,
                hat if hat == s.hat => 1..=2,
                _ => 0..=0,
            };
            assert!(
                expected.contains(&o.key),
                "{}: {:?} keyed {}",
                s.id,
                o.hat,
                o.key
            );
        }
    }
}

/// The words of a text, as a reader counts them.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn within_a_stage_no_option_gives_itself_away_by_its_length() {
    for s in bank().scenarios {
        let counts: Vec<usize> = s.options.iter().map(|o| words(o.text)).collect();
        let (min, max) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(max - min <= 3, "{}: option lengths {counts:?} words", s.id);
    }
    // Nor across the stages: the best is the longest alone, and the worst the shortest alone, in
    // at most a quarter of them (before: in every stage).
    let b = bank();
    let alone = |s: &radar_core::bank::Scenario, index: usize, longest: bool| {
        let n = words(s.options[index].text);
        s.options.iter().enumerate().all(|(i, o)| {
            i == index
                || if longest {
                    words(o.text) < n
                } else {
                    words(o.text) > n
                }
        })
    };
    let best_longest = b
        .scenarios
        .iter()
        .filter(|s| alone(s, s.best_option(), true))
        .count();
    let worst_shortest = b
        .scenarios
        .iter()
        .filter(|s| alone(s, s.worst_option(), false))
        .count();
    assert!(
        best_longest <= b.scenarios.len() / 4,
        "best longest in {best_longest}"
    );
    assert!(
        worst_shortest <= b.scenarios.len() / 4,
        "worst shortest in {worst_shortest}"
    );
}

#[test]
fn neither_the_best_nor_the_worst_move_keeps_to_one_place() {
    let b = bank();
    for (what, place) in [
        (
            "best",
            b.scenarios
                .iter()
                .map(|s| s.best_option())
                .collect::<Vec<_>>(),
        ),
        (
            "worst",
            b.scenarios.iter().map(|s| s.worst_option()).collect(),
        ),
    ] {
        for option in 0..4 {
            let n = place.iter().filter(|&&p| p == option).count();
            assert_eq!(
                n, 2,
                "the {what} move is option {option} in {n} stages: {place:?}"
            );
        }
    }
}

#[test]
fn no_option_carries_an_absolute_and_no_move_is_plainly_passive() {
    // Absolutes make a move easy to rule out ("leave plans unchanged", "the decision is final",
    // "no limits on ideas"); a worst move that says "do nothing" is a free point. The avoidant
    // move is a delay with a reason, so it needs one: "so", "since", "because", "when", "until".
    const ABSOLUTES: [&str; 14] = [
        "all",
        "always",
        "never",
        "nothing",
        "every",
        "everyone",
        "everything",
        "final",
        "unchanged",
        "whole",
        "no",
        "exactly",
        "fixed",
        "scratch",
    ];
    for s in bank().scenarios {
        for (o, letter) in s.options.iter().zip('a'..) {
            for word in o
                .text
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            {
                let word = word.to_lowercase();
                assert!(
                    !ABSOLUTES.contains(&word.as_str()),
                    "{} option {letter} says \"{word}\": {}",
                    s.id,
                    o.text
                );
            }
        }
        let worst = s.options[s.worst_option()].text.to_lowercase();
        assert!(
            [
                " so ",
                " since ",
                " because ",
                " when",
                " until ",
                " before ",
                "; "
            ]
            .iter()
            .any(|reason| worst.contains(reason)),
            "{}: the avoidant move gives no reason: {worst}",
            s.id
        );
    }
}

// ---------------------------------------------------------------- texts

#[test]
fn no_text_is_empty() {
    let b = bank();
    let nonempty = |what: &str, text: &str| assert!(!text.trim().is_empty(), "{what} is empty");
    for d in b.dimensions {
        for (field, text) in [
            ("name", &d.name),
            ("lead", &d.lead),
            ("manage", &d.manage),
            ("lead_about", &d.lead_about),
            ("manage_about", &d.manage_about),
            ("source", &d.source),
        ] {
            nonempty(&format!("dimension {} {field}", d.id), text);
        }
    }
    for item in b.items {
        nonempty(&format!("item {} text", item.id), item.text);
        nonempty(&format!("item {} source", item.id), item.source);
    }
    for s in b.scenarios {
        nonempty(&format!("scenario {} title", s.id), s.title);
        nonempty(&format!("scenario {} prompt", s.id), s.prompt);
        nonempty(&format!("scenario {} source", s.id), s.source);
        for (i, o) in s.options.iter().enumerate() {
            nonempty(&format!("scenario {} option {i}", s.id), o.text);
        }
    }
}

#[test]
fn item_texts_are_8_to_20_words() {
    for item in bank().items {
        let words = item.text.split_whitespace().count();
        assert!(
            (8..=20).contains(&words),
            "{} has {words} words: {}",
            item.id,
            item.text
        );
    }
}

#[test]
fn item_texts_avoid_role_labels() {
    for item in bank().items {
        let lower = item.text.to_lowercase();
        for word in lower.split(|c: char| !c.is_alphabetic()) {
            for banned in ["leader", "manager", "leadership", "management"] {
                // Plurals count too ("leaders", "managers").
                assert!(
                    word != banned && word != format!("{banned}s"),
                    "{} uses `{word}`: {}",
                    item.id,
                    item.text
                );
            }
        }
    }
}

/// The words of an English statement, lower case, without punctuation ("week's" stays one word).
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn no_two_items_share_a_phrase_of_five_words() {
    // Issue 18, part 3: statements of different poles said the same thing in the same words, so
    // the answer to one was partly the answer to the other. Checked on the person's own English
    // statements, and on the colleagues' versions with "this person", which every one of them
    // must say, taken as a break between phrases rather than as words they share.
    let b = bank();
    for observer in [false, true] {
        let mut seen: HashMap<Vec<String>, &str> = HashMap::new();
        let mut shared = Vec::new();
        for item in b.items {
            let text = if observer { item.observer } else { item.text }.to_lowercase();
            let phrases: HashSet<Vec<String>> = text
                .split("this person")
                .flat_map(|part| {
                    let words = words_of(part);
                    words.windows(5).map(<[String]>::to_vec).collect::<Vec<_>>()
                })
                .collect();
            for phrase in phrases {
                if let Some(other) = seen.insert(phrase.clone(), item.id) {
                    shared.push(format!("{other} and {}: \"{}\"", item.id, phrase.join(" ")));
                }
            }
        }
        assert!(
            shared.is_empty(),
            "{} statements share a phrase:\n{}",
            if observer { "observer" } else { "self" },
            shared.join("\n")
        );
    }
}

/// Words that push towards one answer, or echo the scale's own anchors ("Always", "Never").
const LEADING_WORDS: [&str; 12] = [
    "simply",
    "just",
    "obviously",
    "of course",
    "clearly",
    "again and again",
    "over and over",
    "has to be done",
    "have to",
    "must",
    "always",
    "never",
];

#[test]
fn item_texts_use_no_leading_words() {
    for item in bank().items {
        for (version, text) in [("self", item.text), ("observer", item.observer)] {
            let padded = format!(" {} ", words_of(text).join(" "));
            for phrase in LEADING_WORDS {
                assert!(
                    !padded.contains(&format!(" {phrase} ")),
                    "{} ({version}) uses `{phrase}`: {text}",
                    item.id
                );
            }
        }
    }
}

/// Every "and" and "or" in an English statement, reviewed: each joins two parts of one thing (the
/// parts of one goal or one instruction, alternatives that fit different workplaces), never two
/// behaviours of which a person could do one and not the other. A statement that gains an "and"
/// or an "or", or changes the words around one, fails here until someone reads it and lists it.
/// This is a review held in place, not a parser: it cannot tell two verbs from two nouns itself.
const REVIEWED_CONJUNCTIONS: [(&str, &str); 9] = [
    // the time span of one conversation about direction
    ("direction-lead-2", "the next year or two"),
    // the two parts of one well-formed goal
    ("direction-manage-1", "an owner and a deadline"),
    ("direction-manage-3", "the owner and date of a goal"),
    // one allocation, three kinds of resource
    ("people-manage-1", "the time, people and materials"),
    // whoever the target matters to in a given workplace
    ("motivation-lead-2", "customers or colleagues"),
    // the intent and its boundaries, agreed together
    ("decisions-lead-1", "the outcome and limits"),
    // the three parts of one instruction
    ("decisions-manage-1", "what to do, how, and by when"),
    // whoever the blame is pointed at
    ("accountability-lead-3", "other people or circumstances"),
    // whatever lies behind a recurring problem
    ("problems-lead-2", "the system or habit"),
];

#[test]
fn every_and_or_in_a_statement_was_reviewed() {
    let b = bank();
    for item in b.items {
        let allowed: Vec<&str> = REVIEWED_CONJUNCTIONS
            .iter()
            .filter(|(id, _)| *id == item.id)
            .map(|(_, phrase)| *phrase)
            .collect();
        for phrase in &allowed {
            assert!(
                item.text.contains(phrase),
                "{}: the reviewed phrase `{phrase}` is gone; review the statement again: {}",
                item.id,
                item.text
            );
        }
        // Blank out the reviewed phrases; no "and" or "or" may remain.
        let rest = allowed.iter().fold(item.text.to_string(), |text, phrase| {
            text.replace(phrase, " ")
        });
        let words = words_of(&rest);
        assert!(
            !words.iter().any(|w| w == "and" || w == "or"),
            "{} joins two things with and/or; one behaviour per statement, or review it and \
             list it in REVIEWED_CONJUNCTIONS: {}",
            item.id,
            item.text
        );
    }
    for (id, _) in REVIEWED_CONJUNCTIONS {
        assert!(b.items.iter().any(|i| i.id == id), "no item {id}");
    }
}

#[test]
fn the_bigger_picture_is_said_only_by_direction() {
    // Issue 18, part 3: statements of Direction, People system and Motivation each explained how
    // the work connects to the bigger picture, so two other poles partly measured Vision &
    // Purpose again. The words for it stay with Direction; a paraphrase is left to review.
    let b = bank();
    for item in b.items {
        let dimension = b.dimensions[item.dimension].id;
        if dimension == "direction" {
            continue;
        }
        for word in words_of(item.text) {
            assert!(
                !["bigger", "whole", "wider", "picture", "purpose", "vision"]
                    .contains(&word.as_str()),
                "{} ({dimension}) speaks of the bigger picture with `{word}`: {}",
                item.id,
                item.text
            );
        }
    }
}

// ---------------------------------------------------------------- traceability

const FRAMEWORKS: [&str; 6] = ["Kotter", "Bennis", "Zaleznik", "MLQ", "Hersey", "Bass"];

fn cites_framework(source: &str) -> bool {
    FRAMEWORKS.iter().any(|f| source.contains(f))
        || (1..=13).any(|n| source.contains(&format!("S{n}")))
}

/// Every `[NNN] "fragment"` citation in a source, as (seed number, fragment).
/// Panics when a `[NNN]` is not followed by a quoted fragment.
fn seed_citations(source: &str) -> Vec<(String, String)> {
    let mut citations = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    while let Some(offset) = source[i..].find('[') {
        let start = i + offset;
        let is_tag = bytes.len() >= start + 5
            && bytes[start + 1..start + 4].iter().all(u8::is_ascii_digit)
            && bytes[start + 4] == b']';
        if !is_tag {
            i = start + 1;
            continue;
        }
        let number = source[start + 1..start + 4].to_string();
        let rest = &source[start + 5..];
        let quoted = rest
            .strip_prefix(" \"")
            .unwrap_or_else(|| panic!("[{number}] without a quoted fragment in: {source}"));
        let end = quoted
            .find('"')
            .unwrap_or_else(|| panic!("[{number}] fragment not closed in: {source}"));
        let fragment = &quoted[..end];
        assert!(
            !fragment.trim().is_empty(),
            "empty fragment for [{number}] in: {source}"
        );
        citations.push((number, fragment.to_string()));
        i = start + 5 + 2 + end + 1;
    }
    citations
}

fn all_sources() -> Vec<(String, String)> {
    let b = bank();
    let mut sources = Vec::new();
    for d in b.dimensions {
        sources.push((format!("dimension {}", d.id), d.source.to_string()));
    }
    for item in b.items {
        sources.push((format!("item {}", item.id), item.source.to_string()));
    }
    for s in b.scenarios {
        sources.push((format!("scenario {}", s.id), s.source.to_string()));
    }
    let texts = radar_content::english_texts().interpretation;
    for (archetype, text) in radar_core::scoring::Archetype::ALL
        .iter()
        .zip(texts.archetypes)
    {
        sources.push((
            format!("archetype {}", archetype.id()),
            text.source.to_string(),
        ));
    }
    for (d, pair) in texts.actions.iter().enumerate() {
        for (pole, action) in Pole::BOTH.iter().zip(pair) {
            sources.push((
                format!("action {}-{}", b.dimensions[d].id, pole.id()),
                action.source.to_string(),
            ));
        }
    }
    sources.push(("agility info".to_string(), texts.agility.source.to_string()));
    sources
}

#[test]
fn citation_parser_reads_fragments() {
    let citations = seed_citations("Kotter (S1); [001] \"a “b” c\"; [004] \"d\"");
    assert_eq!(
        citations,
        vec![
            ("001".to_string(), "a “b” c".to_string()),
            ("004".to_string(), "d".to_string())
        ]
    );
    assert!(seed_citations("MLQ (S6)").is_empty());
    assert!(cites_framework("Hersey–Blanchard (S8)"));
    assert!(!cites_framework("a blog post"));
}

#[test]
fn every_source_cites_a_framework_or_a_seed() {
    let sources = all_sources();
    // 8 dimensions + 48 items + 8 scenario stages + 4 archetypes + 16 actions + agility.
    assert_eq!(sources.len(), 8 + 48 + 8 + 4 + 16 + 1);
    for (what, source) in &sources {
        assert!(
            cites_framework(source) || !seed_citations(source).is_empty(),
            "{what} cites neither a framework nor a seed: {source}"
        );
    }
}

fn seed_file(dir: &Path, number: &str) -> PathBuf {
    let prefix = format!("{number}_");
    let mut matches: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("seeds directory is readable")
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".txt"))
        })
        .collect();
    assert_eq!(
        matches.len(),
        1,
        "exactly one seed file for [{number}]: {matches:?}"
    );
    matches.remove(0)
}

#[test]
fn every_seed_fragment_occurs_verbatim_in_its_seed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !dir.is_dir() {
        println!("skipping: {} does not exist", dir.display());
        return;
    }
    let mut checked = 0;
    let mut missing = Vec::new();
    for (what, source) in all_sources() {
        for (number, fragment) in seed_citations(&source) {
            let seed =
                std::fs::read_to_string(seed_file(&dir, &number)).expect("seed is UTF-8 text");
            if !seed.contains(&fragment) {
                missing.push(format!("{what}: [{number}] \"{fragment}\""));
            }
            checked += 1;
        }
    }
    assert!(
        missing.is_empty(),
        "fragments not found verbatim:\n{}",
        missing.join("\n")
    );
    assert!(checked > 60, "only {checked} seed citations found");
}

// ---------------------------------------------------------------- observer statements

#[test]
fn every_item_has_an_observer_statement_about_this_person() {
    for item in bank().items {
        let observer = item.observer.to_ascii_lowercase();
        assert!(
            observer.contains("this person"),
            "{}: {}",
            item.id,
            item.observer
        );
        assert_ne!(item.observer, item.text, "{}", item.id);
        assert!(item.observer.ends_with('.'), "{}", item.id);
    }
    let unique: HashSet<&str> = bank().items.iter().map(|i| i.observer).collect();
    assert_eq!(unique.len(), bank().items.len());
}

// ---------------------------------------------------------------- the technical note

#[test]
fn the_technical_note_maps_every_item_as_the_bank_does() {
    // docs/technical-note.md, section 3: one row per item, in bank order.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/technical-note.md");
    let note = std::fs::read_to_string(&path).expect("docs/technical-note.md");
    let rows: Vec<Vec<&str>> = note
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| line.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    let b = bank();
    assert_eq!(rows.len(), b.items.len(), "one row per item");
    for (row, item) in rows.iter().zip(b.items) {
        let expected = [
            format!("`{}`", item.id),
            b.dimensions[item.dimension].id.to_string(),
            item.pole.id().to_string(),
            match item.keying {
                Keying::Positive => "positive",
                Keying::Reverse => "reverse",
            }
            .to_string(),
            if item.short { "short, full" } else { "full" }.to_string(),
            if item.no_opportunity { "yes" } else { "no" }.to_string(),
            item.text.to_string(),
        ];
        assert_eq!(
            row,
            &expected.iter().map(String::as_str).collect::<Vec<_>>(),
            "{}",
            item.id
        );
    }
}

//! Helpers shared by the translations' tests: each language's file, read as the build reads it
//! and in the compact form, and its texts in a fixed order.
#![allow(dead_code)]

use std::fs;

use radar_content::compact;
use radar_core::bank::Form;
use radar_core::flow::{Opening, Session};
use radar_core::locale::{Lang, Locale};
use radar_core::responses::Answer;

/// The text of `lang`'s Fluent file.
pub fn file_of(lang: Lang) -> String {
    let path = format!("data/{}", radar_source::locale_file(lang));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A translation read from its Fluent text, as the build reads it.
pub fn parse(lang: Lang, text: &str) -> Result<Locale, radar_source::SourceError> {
    radar_source::translation(lang, text, &radar_content::english_texts())
}

/// The compact form the browser fetches, as the build writes it.
pub fn compact_of(lang: Lang) -> String {
    let locale = parse(lang, &file_of(lang)).unwrap_or_else(|e| panic!("{e}"));
    compact::write(&locale).expect("no text holds a line break")
}

/// The languages other than English.
pub fn translations() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&lang| lang != Lang::En)
}

/// Every text of a full locale as (where, text), in a fixed order.
pub fn all_texts(locale: &Locale) -> Vec<(String, &'static str)> {
    let texts = locale
        .report
        .expect("a full parse keeps the report's texts");
    let mut all: Vec<(String, &'static str)> = Vec::new();
    all.extend(
        locale
            .ui
            .entries()
            .into_iter()
            .map(|(k, v)| (format!("ui.{k}"), v)),
    );
    all.extend(
        texts
            .report
            .entries()
            .into_iter()
            .map(|(k, v)| (format!("report.{k}"), v)),
    );
    all.extend(
        texts
            .screens
            .entries()
            .into_iter()
            .map(|(k, v)| (format!("ui.{k}"), v)),
    );
    for d in locale.bank.dimensions {
        all.push((format!("{}.name", d.id), d.name));
        all.push((format!("{}.lead", d.id), d.lead));
        all.push((format!("{}.manage", d.id), d.manage));
    }
    for (item, observer) in locale.bank.items.iter().zip(texts.observer) {
        all.push((format!("{}.text", item.id), item.text));
        all.push((format!("{}.observer", item.id), observer));
    }
    for s in locale.bank.scenarios {
        all.push((format!("{}.title", s.id), s.title));
        all.push((format!("{}.prompt", s.id), s.prompt));
        for (i, o) in s.options.iter().enumerate() {
            all.push((format!("{}.option{i}", s.id), o.text));
        }
    }
    let interpretation = &texts.interpretation;
    for (i, a) in interpretation.archetypes.iter().enumerate() {
        for (key, text) in [
            ("name", a.name),
            ("when", a.when),
            ("summary", a.summary),
            ("next", a.next),
        ] {
            all.push((format!("archetype{i}.{key}"), text));
        }
    }
    for (d, pair) in interpretation.actions.iter().enumerate() {
        for (p, action) in pair.iter().enumerate() {
            all.push((format!("action{d}.{p}.suggests"), action.suggests));
            all.push((format!("action{d}.{p}.action"), action.action));
        }
    }
    let agility = &interpretation.agility;
    for (key, text) in [
        ("high", agility.high),
        ("middle", agility.middle),
        ("low", agility.low),
        ("switched", agility.switched),
        ("skipped", agility.skipped),
    ] {
        all.push((format!("agility.{key}"), text));
    }
    all
}

/// English as a full locale, from the compiled-in texts.
pub fn english() -> Locale {
    Locale {
        report: Some(&radar_content::ENGLISH_REPORT),
        ..radar_content::ENGLISH
    }
}

/// English in the same shape as [`all_texts`] gives a translation.
pub fn english_texts() -> Vec<(String, &'static str)> {
    all_texts(&english())
}

/// A short form answered throughout (every third statement "Always", the rest "Sometimes").
pub fn finished_session() -> Session {
    let bank = radar_content::bank();
    let mut session = Session::opening(bank, Opening::Form(Form::Short));
    for item in 0..bank.items.len() {
        session.responses.answers[item] = Some(Answer::Scale(if item % 3 == 0 { 5 } else { 3 }));
    }
    session
}

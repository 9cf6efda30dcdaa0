#![cfg(not(target_arch = "wasm32"))]
//! The app's current language (`src/texts.rs`): the active locale writes the screens and the
//! results, each translation is parsed once, and English comes back whole.

use std::fs;

use leadership_radar::texts;
use radar_content::compact;
use radar_core::locale::Lang;

/// The compact form the browser fetches, as the build writes it.
fn compact_of(lang: Lang) -> String {
    let path = format!("crates/content/data/{}", radar_source::locale_file(lang));
    let file = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let locale = radar_source::translation(lang, &file, &radar_content::english_texts())
        .unwrap_or_else(|e| panic!("{e}"));
    compact::write(&locale).expect("no text holds a line break")
}

#[test]
fn the_active_locale_writes_the_screens_and_the_results() {
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        let locale = texts::load(lang, &compact_of(lang)).expect("reads");
        texts::activate(locale);
        assert_eq!(texts::ui().next(), locale.ui.next());
        assert_eq!(texts::bank().items[0].text, locale.bank.items[0].text);
        assert_eq!(
            texts::all().report.plan_heading(),
            locale
                .report
                .expect("a whole translation")
                .report
                .plan_heading()
        );
        assert_ne!(
            texts::all().report.plan_heading(),
            radar_content::english_texts().report.plan_heading(),
            "{}",
            lang.code()
        );
        assert!(
            std::ptr::eq(texts::loaded(lang).expect("kept"), locale),
            "parsed once"
        );
        assert!(
            std::ptr::eq(texts::load(lang, "").expect("kept"), locale),
            "not parsed again"
        );
    }
    texts::activate(&radar_content::ENGLISH);
    assert_eq!(texts::ui(), radar_content::english_texts().ui);
}

#[test]
fn a_translation_read_for_the_screens_alone_writes_the_report_in_english() {
    let locale = texts::load_screens(Lang::De, &compact_of(Lang::De)).expect("reads");
    texts::activate(locale);
    assert_eq!(texts::ui().next(), locale.ui.next());
    assert_eq!(
        texts::all().report.plan_heading(),
        radar_content::english_texts().report.plan_heading()
    );
    texts::activate(&radar_content::ENGLISH);
}

//! Numbers as each language writes them for people: the one formatter of a decimal on the page.
//!
//! French, German and Spanish write a decimal comma ("62,5"); English writes a point ("62.5"), and
//! so does Arabic: the app writes Arabic with Western digits (0–9, its choice since the start, as
//! in much Arabic business writing), and CLDR's symbols for Arabic in those digits (`ar` with
//! `latn` numbers) put a point between them. No number the app shows reaches 1,000 (scores are 0 to
//! 100, a team view reads at most [`crate::team::MAX_CODES`] codes), so none needs a grouping
//! separator, and a whole number is written alike in all five languages.
//!
//! What machines read (the JSON, CSV cells, data attributes, SCORM) keeps the point whatever the
//! language: [`crate::json::score_text`].

use super::json;
use super::lang::Lang;

/// The sign between the whole part and the fraction in `lang`.
pub fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::En | Lang::Ar => '.',
        Lang::Fr | Lang::De | Lang::Es => ',',
    }
}

/// `value` written for people in `lang`, to one decimal as every score is (`62,5` in French,
/// `60` for a whole number).
pub fn written(lang: Lang, value: f64) -> String {
    // The machine form's rounding and digits, with the language's separator.
    let machine = json::score_text(Some(value));
    match decimal_separator(lang) {
        '.' => machine,
        separator => machine.replace('.', separator.encode_utf8(&mut [0; 4])),
    }
}

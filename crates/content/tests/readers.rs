#![cfg(not(target_arch = "wasm32"))]
//! The translation readers under random damage: a Fluent file (the build's reader, radar-source)
//! and its compact form (the browser's reader) with lines dropped, repeated, swapped and pieces of
//! Fluent syntax or noise inserted. Neither panics; a refusal names a line within the text; and
//! every text of what is read fills its placeholders, plural selects included, without a panic.

mod common;
use common::{all_texts, compact_of, file_of, parse};

use radar_content::compact;
use radar_core::locale::{Lang, Locale};
use radar_core::text::{fill, placeholders};

/// A tiny deterministic xorshift64* generator, as in the core's tests.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

const PIECES: [&str; 18] = [
    "{",
    "}",
    "{ $n }",
    "{ $points ->",
    "{points -> [one]a[other]b}",
    "[one] x",
    "*[other] y",
    "[",
    "]",
    "->",
    "=",
    "-term",
    "# ",
    " ",
    "\u{0}",
    "\u{202e}",
    "é",
    "{ $n -> *[other] {",
];

/// `text` with one to four random changes to its lines.
fn damaged(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    for _ in 0..=rng.below(4) {
        let at = rng.below(lines.len());
        match rng.below(5) {
            0 if lines.len() > 1 => {
                lines.remove(at);
            }
            1 => {
                let copy = lines[rng.below(lines.len())].clone();
                lines.insert(at, copy);
            }
            2 => {
                let other = rng.below(lines.len());
                lines.swap(at, other);
            }
            _ => {
                let line = &mut lines[at];
                let bounds: Vec<usize> = (0..=line.len())
                    .filter(|&i| line.is_char_boundary(i))
                    .collect();
                let cut = bounds[rng.below(bounds.len())];
                line.insert_str(cut, PIECES[rng.below(PIECES.len())]);
            }
        }
    }
    lines.join("\n")
}

/// Every text of `locale` filled with a number for each of its placeholders, in its language.
fn fill_everything(lang: Lang, locale: &Locale) {
    for (_, template) in all_texts(locale) {
        for n in ["0", "1", "2", "3", "11", "100", "2.5"] {
            let values: Vec<(&str, &str)> =
                placeholders(template).into_iter().map(|p| (p, n)).collect();
            let _ = fill(lang, template, &values);
        }
    }
}

#[test]
fn damaged_fluent_files_are_refused_with_a_line_or_read_whole() {
    let mut rng = Rng(0x0f1e_e7ed);
    let (mut read, mut refused) = (0, 0);
    for lang in [Lang::Fr, Lang::Ar] {
        let file = file_of(lang);
        for _ in 0..300 {
            let text = damaged(&mut rng, &file);
            match parse(lang, &text) {
                Ok(locale) => {
                    read += 1;
                    fill_everything(lang, &locale);
                }
                Err(error) => {
                    refused += 1;
                    assert!(error.line <= text.lines().count() + 1, "{error}");
                    assert!(!error.message.is_empty());
                }
            }
        }
    }
    assert!(read > 10 && refused > 100, "{read} read, {refused} refused");
}

#[test]
fn damaged_compact_translations_are_refused_with_a_line_or_read_whole() {
    let mut rng = Rng(0x00c0_3ac7);
    let (mut read, mut refused) = (0, 0);
    for lang in [Lang::De, Lang::Ar] {
        let good = compact_of(lang);
        for round in 0..300 {
            let text = damaged(&mut rng, &good);
            let result = match round % 2 {
                0 => compact::read(lang, &text),
                _ => compact::read_screens(lang, &text),
            };
            match result {
                Ok(locale) => {
                    read += 1;
                    if locale.report.is_some() {
                        fill_everything(lang, &locale);
                    }
                }
                Err(error) => {
                    refused += 1;
                    assert!(error.line <= text.lines().count() + 1, "{error}");
                }
            }
        }
    }
    assert!(
        read > 100 && refused > 100,
        "{read} read, {refused} refused"
    );
}

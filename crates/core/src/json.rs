//! JSON helpers: a string escaped (for the facts written into the page's scripts), and scores to one
//! decimal, in JSON written by serde ([`Score`]) and as text (CSV cells, data attributes). The JSON
//! that crosses the product's boundary (host messages, the results file) is written with serde.

use std::fmt::Write;

use serde::{Serialize, Serializer};
use serde_json::ser::{CharEscape, Formatter};

/// A JSON string literal with every character that needs it escaped.
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A score in tenths, rounded: the one rounding every written score shares.
fn tenths(value: f64) -> i64 {
    (value * 10.0).round() as i64
}

/// A score to one decimal as text (for CSV cells and data attributes), or empty when there is none.
pub fn score_text(value: Option<f64>) -> String {
    let mut text = String::new();
    if let Some(tenths) = value.filter(|v| v.is_finite()).map(tenths) {
        if tenths < 0 && tenths > -10 {
            text.push('-');
        }
        let _ = write!(text, "{}", tenths / 10);
        if tenths % 10 != 0 {
            let _ = write!(text, ".{}", (tenths % 10).abs());
        }
    }
    text
}

/// A score as JSON, to one decimal: a whole number without one (`50`, not `50.0`); `null` when it
/// is not a number.
pub struct Score(pub f64);

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !self.0.is_finite() {
            return serializer.serialize_none();
        }
        let tenths = tenths(self.0);
        if tenths % 10 == 0 {
            serializer.serialize_i64(tenths / 10)
        } else {
            serializer.serialize_f64(tenths as f64 / 10.0)
        }
    }
}

/// A value as compact JSON, with every control character escaped as `\u00XX` (as [`string`]
/// does, and as the documented messages always had them).
pub fn to_string(value: &impl Serialize) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Escapes);
    // Writing plain values into memory cannot fail, and what serde_json writes is UTF-8.
    if value.serialize(&mut serializer).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's compact form (the trait's defaults), with control characters escaped by their code
/// alone.
struct Escapes;

impl Formatter for Escapes {
    fn write_char_escape<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        char_escape: CharEscape,
    ) -> std::io::Result<()> {
        let code = match char_escape {
            CharEscape::Quote => return writer.write_all(b"\\\""),
            CharEscape::ReverseSolidus => return writer.write_all(b"\\\\"),
            CharEscape::Solidus => return writer.write_all(b"/"),
            CharEscape::Backspace => 0x08,
            CharEscape::FormFeed => 0x0c,
            CharEscape::LineFeed => 0x0a,
            CharEscape::CarriageReturn => 0x0d,
            CharEscape::Tab => 0x09,
            CharEscape::AsciiControl(byte) => byte,
        };
        write!(writer, "\\u{code:04x}")
    }
}

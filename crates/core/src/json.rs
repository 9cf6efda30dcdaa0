//! A few JSON writing helpers: strings escaped, scores to one decimal. The app writes JSON (host
//! messages, exports) but never needs a general serializer.

use std::fmt::Write;

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

/// A string, or `null` when there is none.
pub fn optional_string(out: &mut String, text: Option<&str>) {
    match text {
        Some(text) => string(out, text),
        None => out.push_str("null"),
    }
}

/// `true`, `false`, or `null` when there is no answer.
pub fn optional_bool(out: &mut String, value: Option<bool>) {
    out.push_str(match value {
        Some(true) => "true",
        Some(false) => "false",
        None => "null",
    });
}

/// A score to one decimal, or `null` when there is none.
pub fn score(out: &mut String, value: Option<f64>) {
    match value {
        Some(v) if v.is_finite() => {
            let tenths = (v * 10.0).round() as i64;
            if tenths < 0 && tenths > -10 {
                out.push('-');
            }
            let _ = write!(out, "{}", tenths / 10);
            if tenths % 10 != 0 {
                let _ = write!(out, ".{}", (tenths % 10).abs());
            }
        }
        _ => out.push_str("null"),
    }
}

/// A score to one decimal as text (for CSV cells and data attributes), or empty when there is none.
pub fn score_text(value: Option<f64>) -> String {
    let mut text = String::new();
    if value.is_some_and(f64::is_finite) {
        score(&mut text, value);
    }
    text
}

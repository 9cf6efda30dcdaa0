//! QR codes as SVG markup, for a phone to open a link (the assessment's for the room, a rater
//! link for colleagues): encoded by Nayuki's `qrcodegen`, drawn as one path of dark modules on a
//! light square with the standard four-module quiet zone. Geometry only: colours come from the
//! stylesheet's classes, so the markup passes a strict CSP.

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

/// The longest text encoded (a rater link is under 300 bytes; a QR code holds at most 2,331
/// bytes at this error correction): anything longer gets no code rather than an unreadable one.
pub const MAX_QR_TEXT: usize = 1_000;

/// The light margin around the modules, in modules (the standard asks for four).
pub const QUIET_ZONE: i32 = 4;

/// The modules of `text`'s QR code (medium error correction), row by row, `true` for dark; with
/// its side in modules. `None` for an empty or over-long text.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    if text.is_empty() || text.len() > MAX_QR_TEXT {
        return None;
    }
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let cells = (0..size)
        .flat_map(|y| (0..size).map(move |x| (x, y)))
        .map(|(x, y)| qr.get_module(x, y))
        .collect();
    Some((usize::try_from(size).ok()?, cells))
}

/// `text`'s QR code as an `<svg>` element named `label` (escaped by the caller's rules: `label`
/// is written as an attribute, with `&`, `<`, `>` and `"` escaped here). `None` as [`modules`].
pub fn svg(text: &str, label: &str) -> Option<String> {
    let (size, cells) = modules(text)?;
    let side = size + 2 * QUIET_ZONE as usize;
    let mut path = String::with_capacity(cells.len() * 4);
    for (i, _) in cells.iter().enumerate().filter(|(_, dark)| **dark) {
        let (x, y) = (i % size, i / size);
        let _ = write!(
            path,
            "M{} {}h1v1h-1z",
            x + QUIET_ZONE as usize,
            y + QUIET_ZONE as usize
        );
    }
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    Some(format!(
        "<svg class=\"qr-svg\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{label}\" \
         data-modules=\"{size}\" shape-rendering=\"crispEdges\"><rect class=\"qr-light\" \
         width=\"{side}\" height=\"{side}\"/><path class=\"qr-dark\" d=\"{path}\"/></svg>"
    ))
}

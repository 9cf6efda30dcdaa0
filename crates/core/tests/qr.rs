#![cfg(not(target_arch = "wasm32"))]
//! QR codes: the SVG's path draws exactly the encoder's dark modules inside the quiet zone, the
//! label is escaped, and empty or over-long texts get no code.

use radar_core::qr::{modules, svg, MAX_QR_TEXT, QUIET_ZONE};

#[test]
fn the_svg_draws_the_modules() {
    let link = "https://quiz.example.org/app/#rate=I1abcDEF-_0123456789";
    let (size, cells) = modules(link).expect("encoded");
    assert_eq!(cells.len(), size * size);
    assert!((21..=177).contains(&size) && (size - 21) % 4 == 0);
    let svg = svg(link, "QR code \"of\" <the> link & more").unwrap();
    let side = size + 2 * QUIET_ZONE as usize;
    assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
    assert!(svg.contains(&format!("data-modules=\"{size}\"")));
    assert!(svg.contains("aria-label=\"QR code &quot;of&quot; &lt;the&gt; link &amp; more\""));
    // Every dark module once, at its place past the quiet zone.
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let drawn: Vec<(usize, usize)> = path
        .split('M')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let xy: Vec<usize> = s
                .trim_end_matches("h1v1h-1z")
                .split(' ')
                .map(|n| n.parse().unwrap())
                .collect();
            (xy[0] - QUIET_ZONE as usize, xy[1] - QUIET_ZONE as usize)
        })
        .collect();
    let dark: Vec<(usize, usize)> = (0..cells.len())
        .filter(|&i| cells[i])
        .map(|i| (i % size, i / size))
        .collect();
    assert_eq!(drawn, dark);
    // The three finder patterns' corners are dark.
    for (x, y) in [(0, 0), (size - 1, 0), (0, size - 1)] {
        assert!(cells[y * size + x]);
    }
}

#[test]
fn empty_and_over_long_texts_get_no_code() {
    assert!(svg("", "x").is_none());
    assert!(svg(&"a".repeat(MAX_QR_TEXT + 1), "x").is_none());
    assert!(svg(&"a".repeat(MAX_QR_TEXT), "x").is_some());
}

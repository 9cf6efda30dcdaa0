//! The note on the answers themselves (see [`crate::quality`]): said gently, before the plan, and
//! only when there is something to say.

use super::markup::Markup;
use crate::locale::Texts;
use crate::quality::Quality;
use crate::text::fill;

/// Writes the note, when `quality` has anything to say.
pub fn write(m: &mut Markup, t: &Texts, quality: &Quality) {
    if quality.is_clean() {
        return;
    }
    let ui = t.report;
    m.raw("<section class=\"card quality\" aria-labelledby=\"quality-heading\"><h2 id=\"quality-heading\">")
        .text(ui.quality_heading())
        .raw("</h2>");
    if let Some(value) = quality.same_answer {
        let answer = scale_label(t, value);
        m.element(
            "p",
            "quality-same",
            &fill(t.lang, ui.quality_same(), &[("answer", answer)]),
        );
    }
    if !quality.contradictions.is_empty() {
        let sides = quality
            .contradictions
            .iter()
            .map(|side| {
                let dimension = &t.bank.dimensions[side.dimension];
                format!("{} ({})", dimension.pole_name(side.pole), dimension.name)
            })
            .collect::<Vec<_>>()
            .join(", ");
        m.element(
            "p",
            "quality-two-ways",
            &fill(t.lang, ui.quality_two_ways(), &[("sides", &sides)]),
        );
    }
    m.raw("</section>");
}

/// The scale's word for `value` (1 Never … 5 Always).
fn scale_label(t: &Texts, value: u8) -> &'static str {
    let ui = t.ui;
    match value {
        1 => ui.scale_1(),
        2 => ui.scale_2(),
        3 => ui.scale_3(),
        4 => ui.scale_4(),
        _ => ui.scale_5(),
    }
}

//! Self versus others, as in 360 practice but without a server: a rater link (`#rate=<invite>`)
//! carries an invitation; each colleague answers the observer form and sends back a rater code;
//! the person pastes the codes and sees others' average next to their own scores, with the
//! largest gaps. Others' scores are shown only as an average of at least [`MIN_RATERS`] codes.

use super::bank::{Bank, Form, Pole, DIMENSIONS};
use super::flow::Session;
use super::locale::Texts;
use super::result_code::{self, base64url, from_base64url, CodeError, Kind};
use super::scoring::{dimension_scores, DimensionScore};
use super::team::Spread;

/// Others' scores appear only once this many distinct rater codes are in (rater anonymity).
pub const MIN_RATERS: usize = 3;
/// A gap smaller than this (in points) is not listed: within the noise of a few answers.
pub const MIN_GAP: f64 = 10.0;
/// The longest first name an invitation carries.
pub const MAX_NAME_CHARS: usize = 40;

/// What a rater link carries: the form to rate, a request number that ties the rater codes to this
/// request, and optionally the first name the person typed (nothing else personal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The form the person took, so colleagues answer the same statements.
    pub form: Form,
    /// A random number chosen when the link is made.
    pub request: u32,
    /// The person's first name, as they typed it, or empty.
    pub name: String,
}

/// A first name fit for a link: trimmed, at most [`MAX_NAME_CHARS`] characters of letters,
/// spaces, hyphens, apostrophes and full stops; `None` for anything else.
pub fn clean_name(input: &str) -> Option<String> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let ok = name.chars().count() <= MAX_NAME_CHARS
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | '’'));
    ok.then_some(name)
}

const INVITE_PREFIX: &str = "I1";

impl Invite {
    /// The invitation as URL-safe text: `I1` and the percent-free base64url of form, request, name.
    pub fn encode(&self) -> String {
        let mut bytes = vec![u8::from(self.form == Form::Full)];
        bytes.extend(self.request.to_be_bytes());
        bytes.extend(self.name.as_bytes());
        // Fletcher-16, as in saved records: an invitation is short and only needs typo detection.
        let check = super::record::fletcher16(&bytes);
        bytes.extend(check.to_be_bytes());
        format!("{INVITE_PREFIX}{}", base64url(&bytes))
    }

    /// Reads an invitation; anything altered, cut short or foreign is refused.
    pub fn decode(text: &str) -> Result<Invite, CodeError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(CodeError::Empty);
        }
        if text.len() > 200 {
            return Err(CodeError::Unrecognised);
        }
        let payload = text
            .strip_prefix(INVITE_PREFIX)
            .ok_or(CodeError::Unrecognised)?;
        let bytes = from_base64url(payload)?;
        let Some((body, check)) = bytes.split_last_chunk::<2>() else {
            return Err(CodeError::Damaged);
        };
        if super::record::fletcher16(body) != u16::from_be_bytes(*check) {
            return Err(CodeError::Damaged);
        }
        let [form, r0, r1, r2, r3, name @ ..] = body else {
            return Err(CodeError::Damaged);
        };
        let form = match form {
            0 => Form::Short,
            1 => Form::Full,
            _ => return Err(CodeError::Invalid("an unknown form")),
        };
        let name = std::str::from_utf8(name)
            .ok()
            .and_then(clean_name)
            .filter(|clean| clean.as_bytes() == name)
            .ok_or(CodeError::Invalid("a name that is not a first name"))?;
        Ok(Invite {
            form,
            request: u32::from_be_bytes([*r0, *r1, *r2, *r3]),
            name,
        })
    }
}

/// Why a rater link's invitation was refused, in words of its own (not a result link's).
pub fn explain_invite_error(t: &Texts, error: CodeError) -> &'static str {
    let ui = t.report;
    match error {
        CodeError::Empty => ui.invite_error_empty(),
        CodeError::BadCharacters | CodeError::Damaged => ui.invite_error_damaged(),
        CodeError::Invalid(_) => ui.invite_error_invalid(),
        _ => ui.invite_error_unrecognised(),
    }
}

/// Why a pasted rater code was not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not readable as a code at all.
    Code(CodeError),
    /// A person's own results, not a colleague's rater code.
    NotARaterCode,
    /// A rater code answering someone else's request.
    OtherRequest,
    /// A rater code for the other form.
    OtherForm,
}

/// Where one pole's self and others' scores differ by at least [`MIN_GAP`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// The dimension's index.
    pub dimension: usize,
    /// The pole.
    pub pole: Pole,
    /// The person's own score.
    pub own: f64,
    /// Others' average.
    pub others: f64,
}

impl Gap {
    /// Others minus self: negative is a blind spot, positive a hidden strength.
    pub fn difference(&self) -> f64 {
        self.others - self.own
    }
}

/// The person's own scores next to what their colleagues' codes say.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The person's own pole scores.
    pub own: Vec<DimensionScore>,
    /// Distinct rater codes counted.
    pub raters: usize,
    /// Codes not counted, with why (the code shortened).
    pub refused: Vec<(String, Refusal)>,
    /// Codes pasted more than once, counted once.
    pub duplicates: usize,
    /// Others' average per pole; `None` below [`MIN_RATERS`].
    pub others: Option<Vec<DimensionScore>>,
}

impl Comparison {
    /// Reads the rater codes in `text` for the person whose finished session is `own`, who sent
    /// the invitation `invite`.
    pub fn new(bank: &Bank, own: &Session, invite: &Invite, text: &str) -> Comparison {
        let own_scores = dimension_scores(bank, own.form, &own.responses);
        let found = super::team::distinct_codes(text);
        let mut raters: Vec<Vec<DimensionScore>> = Vec::new();
        let mut refused = Vec::new();
        for code in found.codes {
            let refusal = match result_code::decode(bank, code) {
                Err(error) => Some(Refusal::Code(error)),
                Ok((Kind::SelfRating, _)) => Some(Refusal::NotARaterCode),
                Ok((Kind::Observer { request, .. }, _)) if request != invite.request => {
                    Some(Refusal::OtherRequest)
                }
                Ok((Kind::Observer { .. }, session)) if session.form != invite.form => {
                    Some(Refusal::OtherForm)
                }
                Ok((Kind::Observer { .. }, session)) => {
                    raters.push(dimension_scores(bank, session.form, &session.responses));
                    None
                }
            };
            if let Some(refusal) = refusal {
                refused.push((super::team::shorten(code), refusal));
            }
        }
        let others = (raters.len() >= MIN_RATERS).then(|| {
            (0..DIMENSIONS)
                .map(|d| DimensionScore {
                    lead: Spread::of(raters.iter().map(|r| r[d].lead)).mean,
                    manage: Spread::of(raters.iter().map(|r| r[d].manage)).mean,
                })
                .collect()
        });
        Comparison {
            own: own_scores,
            raters: raters.len(),
            refused,
            duplicates: found.duplicates,
            others,
        }
    }

    /// How many more rater codes are needed before others' scores show.
    pub fn still_needed(&self) -> usize {
        MIN_RATERS.saturating_sub(self.raters)
    }

    /// Blind spots (others lower) and hidden strengths (others higher): poles where the two differ
    /// by at least [`MIN_GAP`], largest first.
    pub fn gaps(&self) -> (Vec<Gap>, Vec<Gap>) {
        let Some(others) = &self.others else {
            return (Vec::new(), Vec::new());
        };
        let mut gaps: Vec<Gap> = Vec::new();
        for (d, (own, other)) in self.own.iter().zip(others).enumerate() {
            for pole in Pole::BOTH {
                if let (Some(own), Some(others)) = (own.pole(pole), other.pole(pole)) {
                    if (others - own).abs() >= MIN_GAP - 1e-9 {
                        gaps.push(Gap {
                            dimension: d,
                            pole,
                            own,
                            others,
                        });
                    }
                }
            }
        }
        // Largest first; a stable insertion sort keeps radar order among equal gaps.
        for i in 1..gaps.len() {
            let mut j = i;
            while j > 0 && gaps[j - 1].difference().abs() < gaps[j].difference().abs() {
                gaps.swap(j - 1, j);
                j -= 1;
            }
        }
        gaps.into_iter().partition(|g| g.difference() < 0.0)
    }
}

impl Comparison {
    /// The comparison as an HTML document: the count, any refusals, then (from three raters) a
    /// radar per side with the person's and others' polygons, and the gaps.
    pub fn document(&self, t: &Texts) -> String {
        use super::geometry::polygon_points;
        use super::report::markup::Markup;
        use super::report::radar;
        use super::report::table::shown;
        use super::text::fill;

        let (ui, bank) = (t.report, t.bank);
        let mut m = Markup::new();
        let count = self.raters.to_string();
        m.raw("<p class=\"compare-count\" data-raters=\"")
            .raw(&count)
            .raw("\">")
            .text(&fill(t.lang, ui.compare_count(), &[("n", &count)]))
            .raw("</p>");
        if !self.refused.is_empty() || self.duplicates > 0 {
            m.raw("<div class=\"team-problems\" role=\"note\"><ul>");
            for (code, refusal) in &self.refused {
                let text = match refusal {
                    Refusal::OtherRequest => {
                        fill(t.lang, ui.compare_other_request(), &[("code", code)])
                    }
                    Refusal::NotARaterCode => {
                        fill(t.lang, ui.compare_not_rater(), &[("code", code)])
                    }
                    Refusal::OtherForm => fill(t.lang, ui.compare_other_form(), &[("code", code)]),
                    Refusal::Code(error) => fill(
                        t.lang,
                        ui.team_rejected(),
                        &[
                            ("code", code),
                            ("why", super::report::explain_code_error(t, *error)),
                        ],
                    ),
                };
                m.raw("<li data-refused=\"true\">").text(&text).raw("</li>");
            }
            if self.duplicates > 0 {
                m.element(
                    "li",
                    "",
                    &fill(
                        t.lang,
                        ui.team_duplicates(),
                        &[("n", &self.duplicates.to_string())],
                    ),
                );
            }
            m.raw("</ul></div>");
        }
        let Some(others) = &self.others else {
            m.raw("<p class=\"compare-needed\" data-needed=\"")
                .raw(&self.still_needed().to_string())
                .raw("\">")
                .text(&fill(
                    t.lang,
                    ui.compare_needed(),
                    &[
                        ("n", &self.still_needed().to_string()),
                        ("min", &MIN_RATERS.to_string()),
                    ],
                ))
                .raw("</p>");
            return m.finish();
        };
        m.raw("<div class=\"compare-charts\">");
        for (pole, title, side) in [
            (Pole::Lead, ui.compare_lead_title(), "lead"),
            (Pole::Manage, ui.compare_manage_title(), "manage"),
        ] {
            let own: Vec<Option<f64>> = self.own.iter().map(|d| d.pole(pole)).collect();
            let theirs: Vec<Option<f64>> = others.iter().map(|d| d.pole(pole)).collect();
            let describe = |scores: &[Option<f64>]| {
                bank.dimensions
                    .iter()
                    .zip(scores)
                    .map(|(d, s)| format!("{} {}", d.name, shown(ui, *s)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let summary = format!(
                "{}: {}. {}: {}.",
                ui.compare_you(),
                describe(&own),
                fill(t.lang, ui.compare_others(), &[("n", &count)]),
                describe(&theirs)
            );
            let mut aria = Markup::new();
            aria.raw("aria-label=\"").text(title).raw("\"");
            radar::open(&mut m, "radar compare-radar", &aria.finish());
            m.raw("<desc>").text(&summary).raw("</desc>");
            radar::grid(&mut m, false);
            m.raw("<polygon class=\"series series-you\" data-series=\"you-")
                .raw(side)
                .raw("\" points=\"")
                .raw(&polygon_points(&own))
                .raw("\"/><polygon class=\"series series-others\" data-series=\"others-")
                .raw(side)
                .raw("\" points=\"")
                .raw(&polygon_points(&theirs))
                .raw("\"/>");
            radar::close(&mut m, t);
            m.raw("<figcaption>")
                .element("span", "compare-title", title)
                .element("span", "legend-item legend-you", ui.compare_you())
                .element(
                    "span",
                    "legend-item legend-others",
                    &fill(t.lang, ui.compare_others(), &[("n", &count)]),
                )
                .element("span", "legend-item legend-line", &radar::line_name(t))
                .raw("</figcaption></figure>");
        }
        m.raw("</div>");
        let (blind, hidden) = self.gaps();
        for (heading, gaps, kind) in [
            (ui.compare_blind_heading(), &blind, "blind"),
            (ui.compare_hidden_heading(), &hidden, "hidden"),
        ] {
            m.raw("<section class=\"card compare-gaps\" data-gaps=\"")
                .raw(kind)
                .raw("\"><h3>")
                .text(heading)
                .raw("</h3>");
            if gaps.is_empty() {
                m.element("p", "", ui.compare_gaps_none());
            } else {
                m.raw("<ul>");
                for gap in gaps {
                    let d = &bank.dimensions[gap.dimension];
                    let pole_name = match gap.pole {
                        Pole::Lead => d.lead,
                        Pole::Manage => d.manage,
                    };
                    m.raw("<li data-gap-dimension=\"")
                        .raw(d.id)
                        .raw("\" data-gap-pole=\"")
                        .raw(gap.pole.id())
                        .raw("\">")
                        .text(&fill(
                            t.lang,
                            ui.compare_gap(),
                            &[
                                ("dimension", d.name),
                                ("pole", pole_name),
                                ("own", &shown(ui, Some(gap.own))),
                                ("others", &shown(ui, Some(gap.others))),
                            ],
                        ))
                        .raw("</li>");
                }
                m.raw("</ul>");
            }
            m.raw("</section>");
        }
        m.finish()
    }
}

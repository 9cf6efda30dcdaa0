//! Self versus others, as in 360 practice but without a server: a rater link (`#rate=<invite>`)
//! carries an invitation; each colleague answers the observer form and sends back a rater code;
//! the person pastes the codes and sees others' average next to their own scores, with the
//! largest gaps. Others' scores are shown only as an average of at least [`MIN_RATERS`] codes.
//!
//! Two ways to collect the codes. Direct: colleagues send their codes to the person, who could,
//! by answering their own rater link with known answers, work out one colleague's answers from
//! the average; the rater form says so. Pooled: colleagues send their codes to someone who pools
//! them ([`crate::pooled`]) and the person gets one pooled code; the person's results refuse a
//! rater code meant for a pool, so anonymity holds as long as the pooler keeps the codes.

use super::bank::{Bank, Form, Pole};
use super::flow::Session;
use super::group::Group;
use super::locale::Texts;
use super::pooled::{self, RaterScores};
use super::result_code::{self, base64url, from_base64url, CodeError, Kind, Pooled};
use super::scoring::{dimension_scores, DimensionScore};

pub use super::group::MIN_RATERS;
/// How many of the largest differences between self and others become places to focus.
pub const FOCUS_GAPS: usize = 3;
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
    /// Whether colleagues send their codes to someone who pools them, not to the person.
    pub pooled: bool,
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
        // The first byte: bit 0 the form, bit 1 pooled.
        let mut bytes = vec![u8::from(self.form == Form::Full) | u8::from(self.pooled) << 1];
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
        let (form, pooled) = match form {
            0 => (Form::Short, false),
            1 => (Form::Full, false),
            2 => (Form::Short, true),
            3 => (Form::Full, true),
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
            pooled,
        })
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
    /// A colleague's code meant for a pool, not for the person.
    ForThePool,
    /// A rater code beside a pooled code: set beside an average, it could show one colleague's answers.
    AfterPool,
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
    /// Colleagues counted: distinct rater codes, or the raters of a pooled code.
    pub raters: usize,
    /// How many of them in each group, in [`Group::ALL`]'s order.
    pub groups: [usize; 4],
    /// Whether others' view comes from a pooled code.
    pub from_pool: bool,
    /// Codes not counted, with why (the code shortened).
    pub refused: Vec<(String, Refusal)>,
    /// Codes pasted more than once, counted once.
    pub duplicates: usize,
    /// Others' averages, overall and per group of [`MIN_RATERS`] or more; `None` below
    /// [`MIN_RATERS`].
    pub others: Option<Pooled>,
}

impl Comparison {
    /// Reads the rater codes, or a pooled code, in `text` for the person whose finished session is
    /// `own`, who sent the invitation `invite`. A pooled code for this request stands alone: any
    /// rater code beside it is refused, as is a rater code meant for a pool.
    pub fn new(bank: &Bank, own: &Session, invite: &Invite, text: &str) -> Comparison {
        let own_scores = dimension_scores(bank, own.form, &own.responses);
        let found = super::team::distinct_codes(text);
        let mut raters: Vec<(String, RaterScores)> = Vec::new();
        let mut pool: Option<Pooled> = None;
        let mut refused = Vec::new();
        for code in found.codes {
            let refusal = match result_code::decode(bank, code) {
                Err(CodeError::PooledCode) => match result_code::decode_pooled(code) {
                    Err(error) => Some(Refusal::Code(error)),
                    Ok(p) if p.request != invite.request => Some(Refusal::OtherRequest),
                    Ok(p) if p.form != invite.form => Some(Refusal::OtherForm),
                    // Of two pooled codes, the one of more colleagues.
                    Ok(p) => {
                        if pool.as_ref().is_none_or(|q| p.raters > q.raters) {
                            pool = Some(p);
                        }
                        None
                    }
                },
                Err(error) => Some(Refusal::Code(error)),
                Ok((Kind::SelfRating, _)) => Some(Refusal::NotARaterCode),
                Ok((Kind::Observer { request, .. }, _)) if request != invite.request => {
                    Some(Refusal::OtherRequest)
                }
                Ok((Kind::Observer { .. }, session)) if session.form != invite.form => {
                    Some(Refusal::OtherForm)
                }
                Ok((Kind::Observer { pooled: true, .. }, _)) => Some(Refusal::ForThePool),
                Ok((Kind::Observer { group, .. }, session)) => {
                    raters.push((
                        super::team::shorten(code),
                        RaterScores {
                            group,
                            scores: dimension_scores(bank, session.form, &session.responses),
                        },
                    ));
                    None
                }
            };
            if let Some(refusal) = refusal {
                refused.push((super::team::shorten(code), refusal));
            }
        }
        let (count, groups, others, from_pool) = match pool {
            Some(p) => {
                refused.extend(
                    raters
                        .into_iter()
                        .map(|(code, _)| (code, Refusal::AfterPool)),
                );
                (p.raters, p.groups, Some(p), true)
            }
            None => {
                let scores: Vec<RaterScores> = raters.into_iter().map(|(_, r)| r).collect();
                let mut groups = [0usize; 4];
                for r in &scores {
                    groups[r.group.unwrap_or(Group::Other).index()] += 1;
                }
                let others = pooled::average(invite.form, invite.request, &scores);
                (scores.len(), groups, others, false)
            }
        };
        Comparison {
            own: own_scores,
            raters: count,
            groups,
            from_pool,
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
        let Some(others) = self.others.as_ref().map(|p| &p.overall) else {
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
        let count_text = if self.from_pool {
            ui.compare_pooled_count()
        } else {
            ui.compare_count()
        };
        m.raw("<p class=\"compare-count\" data-raters=\"")
            .raw(&count)
            .raw("\" data-pooled=\"")
            .raw(if self.from_pool { "true" } else { "false" })
            .raw("\">")
            .text(&fill(t.lang, count_text, &[("n", &count)]))
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
                    Refusal::ForThePool => fill(t.lang, ui.compare_for_pool(), &[("code", code)]),
                    Refusal::AfterPool => fill(t.lang, ui.compare_after_pool(), &[("code", code)]),
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
        let Some(others) = self.others.as_ref().map(|p| &p.overall) else {
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
        self.by_group(&mut m, t);
        self.focus(&mut m, t);
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
                    m.raw("<li data-gap-dimension=\"")
                        .raw(bank.dimensions[gap.dimension].id)
                        .raw("\" data-gap-pole=\"")
                        .raw(gap.pole.id())
                        .raw("\">")
                        .text(&gap_text(t, gap))
                        .raw("</li>");
                }
                m.raw("</ul>");
            }
            m.raw("</section>");
        }
        m.finish()
    }

    /// Others' averages per group, a column for each group of [`MIN_RATERS`] or more beside all
    /// colleagues; a smaller group is only counted, never averaged.
    fn by_group(&self, m: &mut super::report::markup::Markup, t: &Texts) {
        use super::report::table::shown;
        use super::text::fill;
        let Some(others) = &self.others else {
            return;
        };
        let (ui, bank) = (t.report, t.bank);
        let names = [
            ui.group_manager(),
            ui.group_peer(),
            ui.group_direct_report(),
            ui.group_other(),
        ];
        m.raw("<section class=\"card compare-groups\" aria-labelledby=\"compare-groups-heading\"><h3 id=\"compare-groups-heading\">")
            .text(ui.compare_groups_heading())
            .raw("</h3><ul class=\"compare-group-counts\">");
        for group in Group::ALL {
            let n = self.groups[group.index()];
            if n == 0 {
                continue;
            }
            let text = if n >= MIN_RATERS {
                ui.compare_group_count()
            } else {
                ui.compare_group_hidden()
            };
            m.raw("<li data-group=\"")
                .raw(group.id())
                .raw("\" data-raters=\"")
                .raw(&n.to_string())
                .raw("\">")
                .text(&fill(
                    t.lang,
                    text,
                    &[
                        ("group", names[group.index()]),
                        ("n", &n.to_string()),
                        ("min", &MIN_RATERS.to_string()),
                    ],
                ))
                .raw("</li>");
        }
        m.raw("</ul>");
        let shown_groups: Vec<Group> = Group::ALL
            .into_iter()
            .filter(|g| others.by_group[g.index()].is_some())
            .collect();
        if !shown_groups.is_empty() {
            m.raw("<div class=\"table-scroll\"><table class=\"compare-group-table\"><thead><tr><th scope=\"col\">")
                .text(ui.compare_side())
                .raw("</th><th scope=\"col\">")
                .text(ui.compare_all_colleagues())
                .raw("</th>");
            for g in &shown_groups {
                m.raw("<th scope=\"col\" data-group=\"")
                    .raw(g.id())
                    .raw("\">")
                    .text(names[g.index()])
                    .raw("</th>");
            }
            m.raw("</tr></thead><tbody>");
            for (d, dimension) in bank.dimensions.iter().enumerate() {
                for pole in Pole::BOTH {
                    let name = dimension.pole_name(pole);
                    m.raw("<tr><th scope=\"row\">")
                        .text(name)
                        .raw("</th><td>")
                        .text(&shown(ui, others.overall.get(d).and_then(|s| s.pole(pole))));
                    m.raw("</td>");
                    for g in &shown_groups {
                        let score = others.by_group[g.index()]
                            .as_ref()
                            .and_then(|scores| scores.get(d))
                            .and_then(|s| s.pole(pole));
                        m.raw("<td data-group=\"")
                            .raw(g.id())
                            .raw("\">")
                            .text(&shown(ui, score))
                            .raw("</td>");
                    }
                    m.raw("</tr>");
                }
            }
            m.raw("</tbody></table></div>");
        }
        m.raw("</section>");
    }

    /// The [`FOCUS_GAPS`] largest differences between self and others, blind spots first, as
    /// places to focus, each with its action from the plan.
    pub fn focus_gaps(&self) -> Vec<Gap> {
        let (blind, hidden) = self.gaps();
        blind.into_iter().chain(hidden).take(FOCUS_GAPS).collect()
    }

    /// Writes [`Comparison::focus_gaps`] with their actions, when there are any.
    fn focus(&self, m: &mut super::report::markup::Markup, t: &Texts) {
        let gaps = self.focus_gaps();
        if gaps.is_empty() {
            return;
        }
        let ui = t.report;
        m.raw("<section class=\"card compare-focus\" aria-labelledby=\"compare-focus-heading\"><h3 id=\"compare-focus-heading\">")
            .text(ui.compare_focus_heading())
            .raw("</h3>")
            .element("p", "", ui.compare_focus_lead())
            .raw("<ol>");
        for gap in gaps {
            m.raw("<li data-focus-dimension=\"")
                .raw(t.bank.dimensions[gap.dimension].id)
                .raw("\" data-focus-pole=\"")
                .raw(gap.pole.id())
                .raw("\"><strong>")
                .text(&gap_text(t, &gap))
                .raw("</strong> ");
            if let Some(action) = t.interpretation.action(gap.dimension, gap.pole) {
                m.text(action.action);
            }
            m.raw("</li>");
        }
        m.raw("</ol></section>");
    }
}

/// One gap in words: "Direction, Vision & Purpose: you 50, others 75".
fn gap_text(t: &Texts, gap: &Gap) -> String {
    let d = &t.bank.dimensions[gap.dimension];
    super::text::fill(
        t.lang,
        t.report.compare_gap(),
        &[
            ("dimension", d.name),
            ("pole", d.pole_name(gap.pole)),
            ("own", &super::report::table::shown(t.report, Some(gap.own))),
            (
                "others",
                &super::report::table::shown(t.report, Some(gap.others)),
            ),
        ],
    )
}

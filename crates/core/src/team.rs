//! The team view: many result codes pasted or imported by a facilitator, scored one by one and
//! summarised (average, minimum and maximum per pole, indices, the spread of archetypes), as an
//! HTML document (with the team map of [`super::team_map`]) and a CSV table. Everything is
//! computed from the answers in the codes.

use std::collections::HashSet;
use std::fmt::Write;

use super::bank::{Bank, Form};
use super::export::csv_field;
use super::flow::Scenarios;
use super::geometry::polygon_points;
use super::json;
use super::locale::Texts;
use super::report::markup::Markup;
use super::report::radar;
use super::result_code::{self, CodeError};
use super::scoring::{score, Archetype, Report};
use super::team_map;
use super::text::fill;

/// The most codes one team view reads (far beyond any team; it bounds the work a paste can cause).
pub const MAX_CODES: usize = 500;

/// The most text, in bytes, a team view or a comparison reads (an export is about 3 KB, a result
/// link under 200 B, so 500 links fit): a larger paste or file is cut here, and the page says so.
pub const MAX_TEXT: usize = 100_000;

/// The beginning of `text` a team view reads: all of it when shorter than [`MAX_TEXT`], else cut
/// before the last code that the limit would split. The flag says whether the limit was reached
/// (text of exactly [`MAX_TEXT`] bytes, as a field with that `maxlength` leaves it, counts as cut).
pub fn capped(text: &str) -> (&str, bool) {
    if text.len() < MAX_TEXT {
        return (text, false);
    }
    let mut end = MAX_TEXT.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    // A code cut in two would be refused as damaged: drop its first part.
    let keep = head.rfind(|c: char| !is_code_char(c)).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    (&head[..keep], true)
}

/// Whether `c` can be part of a result code.
fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Mean, minimum and maximum of the scores that exist.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Spread {
    /// How many members had a score.
    pub n: usize,
    /// Their mean.
    pub mean: Option<f64>,
    /// The lowest.
    pub min: Option<f64>,
    /// The highest.
    pub max: Option<f64>,
}

impl Spread {
    /// The spread of the scores that exist among `values`.
    pub fn of(values: impl Iterator<Item = Option<f64>>) -> Spread {
        let values: Vec<f64> = values.flatten().collect();
        if values.is_empty() {
            return Spread::default();
        }
        let fold = |f: fn(f64, f64) -> f64| values.iter().copied().reduce(f);
        Spread {
            n: values.len(),
            mean: Some(values.iter().sum::<f64>() / values.len() as f64),
            min: fold(f64::min),
            max: fold(f64::max),
        }
    }
}

/// A code that was not counted, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The code as found (shortened when long).
    pub code: String,
    /// Why it was not counted.
    pub error: CodeError,
}

/// The team's results.
#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    /// Each member's scored results, in the order the codes came.
    pub members: Vec<Report>,
    /// Codes that could not be read.
    pub rejected: Vec<Rejected>,
    /// Codes found more than once, counted once.
    pub duplicates: usize,
    /// Codes beyond [`MAX_CODES`], not read.
    pub ignored: usize,
    /// Whether the text reached [`MAX_TEXT`], so its end was not read.
    pub cut: bool,
}

/// The result codes in any text: pasted codes, result links (`…#r=R1…`), or exported JSON files
/// (`"resultCode":"R1…"`), separated by anything that cannot be part of a code.
pub fn find_codes(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_code_char(c))
        .flat_map(|token| {
            // A link's fragment "r=R1…" splits at "=", leaving the code; "#r" and "r" fall away.
            token.strip_prefix('R').map(|_| token)
        })
        .filter(|token| token.len() >= 4 && token.as_bytes()[1].is_ascii_digit())
        .collect()
}

/// The distinct codes in a text, at most [`MAX_CODES`] of them, with how many were repeats and
/// how many were left unread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistinctCodes<'a> {
    /// Each code once, in the order first found.
    pub codes: Vec<&'a str>,
    /// Codes found again after their first time (beyond [`MAX_CODES`] too).
    pub duplicates: usize,
    /// Distinct new codes beyond [`MAX_CODES`].
    pub ignored: usize,
    /// Whether the text reached [`MAX_TEXT`] and its end was not read (see [`capped`]).
    pub cut: bool,
}

/// Finds the codes in the first [`MAX_TEXT`] bytes of `text` (see [`capped`] and [`find_codes`]);
/// the same code twice counts once. A set remembers the codes seen, so the work grows with the
/// text, not with the text times the codes kept.
pub fn distinct_codes(text: &str) -> DistinctCodes<'_> {
    let (text, cut) = capped(text);
    let mut found = DistinctCodes {
        codes: Vec::new(),
        duplicates: 0,
        ignored: 0,
        cut,
    };
    let mut seen = HashSet::new();
    for code in find_codes(text) {
        if !seen.insert(code) {
            found.duplicates += 1;
        } else if found.codes.len() == MAX_CODES {
            found.ignored += 1;
        } else {
            found.codes.push(code);
        }
    }
    found
}

impl Team {
    /// Reads every code in `text` (see [`distinct_codes`]).
    pub fn from_text(bank: &Bank, text: &str) -> Team {
        let found = distinct_codes(text);
        let mut team = Team {
            members: Vec::new(),
            rejected: Vec::new(),
            duplicates: found.duplicates,
            ignored: found.ignored,
            cut: found.cut,
        };
        for code in found.codes {
            match result_code::decode_self(bank, code) {
                Ok(session) => team.members.push(score(
                    bank,
                    session.form,
                    &session.responses,
                    session.scenarios == Scenarios::Taken,
                )),
                Err(error) => team.rejected.push(Rejected {
                    code: shorten(code),
                    error,
                }),
            }
        }
        team
    }

    /// The spread of one pole of one dimension.
    pub fn pole(&self, dimension: usize, lead: bool) -> Spread {
        Spread::of(self.members.iter().map(|m| {
            m.dimensions
                .get(dimension)
                .and_then(|d| if lead { d.lead } else { d.manage })
        }))
    }

    /// The spread of the Leadership Index.
    pub fn leadership(&self) -> Spread {
        Spread::of(self.members.iter().map(|m| m.leadership))
    }

    /// The spread of the Management Index.
    pub fn management(&self) -> Spread {
        Spread::of(self.members.iter().map(|m| m.management))
    }

    /// The spread of agility, among members who took the scenarios.
    pub fn agility(&self) -> Spread {
        Spread::of(
            self.members
                .iter()
                .map(|m| m.agility.as_ref().map(|a| a.score)),
        )
    }

    /// How many members have each archetype, in the content model's order.
    pub fn archetypes(&self) -> [(Archetype, usize); 4] {
        Archetype::ALL.map(|a| {
            (
                a,
                self.members
                    .iter()
                    .filter(|m| m.archetype == Some(a))
                    .count(),
            )
        })
    }

    /// The team table as CSV (RFC 4180, CRLF): a row per pole, then the indices and archetypes.
    pub fn csv(&self, t: &Texts) -> String {
        let bank = t.bank;
        let mut out = String::from("Measure,Side,Members,Mean,Minimum,Maximum\r\n");
        let mut row = |measure: &str, side: &str, s: Spread| {
            let _ = write!(
                out,
                "{},{},{},{},{},{}\r\n",
                csv_field(measure),
                csv_field(side),
                s.n,
                json::score_text(s.mean),
                json::score_text(s.min),
                json::score_text(s.max)
            );
        };
        for (i, d) in bank.dimensions.iter().enumerate() {
            row(d.name, d.lead, self.pole(i, true));
            row(d.name, d.manage, self.pole(i, false));
        }
        row("Leadership index", "", self.leadership());
        row("Management index", "", self.management());
        row("Situational agility", "", self.agility());
        let names = t.interpretation;
        for (archetype, count) in self.archetypes() {
            let _ = write!(
                out,
                "Archetype,{},{count},,,\r\n",
                csv_field(names.archetype(archetype).name)
            );
        }
        out
    }

    /// The team view as an HTML document (escaped text, SVG geometry as attributes).
    pub fn document(&self, t: &Texts) -> String {
        let ui = t.report;
        let mut m = Markup::new();
        let count = self.members.len().to_string();
        m.raw("<p class=\"team-count\" data-members=\"")
            .raw(&count)
            .raw("\">")
            .text(&fill(t.lang, ui.team_count(), &[("n", &count)]))
            .raw("</p>");
        self.problems(&mut m, t);
        if self.members.is_empty() {
            return m.finish();
        }
        self.forms_line(&mut m, t);
        self.agility_line(&mut m, t);
        m.raw("<div class=\"results-chart\"><div class=\"results-visual\">");
        self.radar(&mut m, t);
        self.archetype_list(&mut m, t);
        m.raw("</div>");
        self.table(&mut m, t);
        m.raw("</div>");
        team_map::write_map(&mut m, t, &self.members);
        team_map::write_strips(&mut m, t, &self.members);
        m.finish()
    }

    /// How many short and full forms (short first).
    pub fn forms(&self) -> (usize, usize) {
        let short = self
            .members
            .iter()
            .filter(|m| m.form == Form::Short)
            .count();
        (short, self.members.len() - short)
    }

    /// Whether short and full forms are averaged together.
    pub fn mixed_forms(&self) -> bool {
        let (short, full) = self.forms();
        short > 0 && full > 0
    }

    /// The form mix, and a note when short and full forms are averaged together.
    fn forms_line(&self, m: &mut Markup, t: &Texts) {
        let ui = t.report;
        let (short, full) = self.forms();
        m.raw("<p class=\"team-forms\" data-short=\"")
            .raw(&short.to_string())
            .raw("\" data-full=\"")
            .raw(&full.to_string())
            .raw("\">")
            .text(&fill(
                t.lang,
                ui.team_forms(),
                &[("short", &short.to_string()), ("full", &full.to_string())],
            ))
            .raw("</p>");
        if self.mixed_forms() {
            m.raw("<p class=\"team-forms-mixed\" data-forms=\"mixed\">")
                .text(ui.team_forms_mixed())
                .raw("</p>");
        }
    }

    /// Agility's average and spread among those who took the scenarios, or why there is none.
    fn agility_line(&self, m: &mut Markup, t: &Texts) {
        let ui = t.report;
        let s = self.agility();
        if s.n == 0 {
            m.element("p", "team-agility", ui.team_agility_none());
            return;
        }
        m.raw("<p class=\"team-agility\" data-agility-n=\"")
            .raw(&s.n.to_string())
            .raw("\"");
        spread_attributes(m, s);
        m.raw(">")
            .text(&fill(
                t.lang,
                ui.team_agility(),
                &[
                    ("n", &s.n.to_string()),
                    ("average", &shown(s.mean)),
                    ("min", &shown(s.min)),
                    ("max", &shown(s.max)),
                ],
            ))
            .raw("</p>");
    }

    fn problems(&self, m: &mut Markup, t: &Texts) {
        let ui = t.report;
        if self.rejected.is_empty() && self.duplicates == 0 && self.ignored == 0 && !self.cut {
            return;
        }
        m.raw("<div class=\"team-problems\" role=\"note\"><ul>");
        if self.cut {
            m.raw("<li data-cut=\"true\">")
                .text(ui.team_cut())
                .raw("</li>");
        }
        for rejected in &self.rejected {
            let why = super::report::explain_code_error(t, rejected.error);
            m.raw("<li data-rejected=\"true\">")
                .text(&fill(
                    t.lang,
                    ui.team_rejected(),
                    &[("code", &rejected.code), ("why", why)],
                ))
                .raw("</li>");
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
        if self.ignored > 0 {
            m.element(
                "li",
                "",
                &fill(
                    t.lang,
                    ui.team_ignored(),
                    &[
                        ("n", &self.ignored.to_string()),
                        ("max", &MAX_CODES.to_string()),
                    ],
                ),
            );
        }
        m.raw("</ul></div>");
    }

    /// The average polygons over the min–max bands (an even-odd ring between the two polygons).
    fn radar(&self, m: &mut Markup, t: &Texts) {
        let (ui, bank) = (t.report, t.bank);
        let spreads: Vec<(Spread, Spread)> = (0..bank.dimensions.len())
            .map(|d| (self.pole(d, true), self.pole(d, false)))
            .collect();
        let summary = bank
            .dimensions
            .iter()
            .zip(&spreads)
            .map(|(d, (l, g))| {
                format!(
                    "{}: {} {} ({}–{}), {} {} ({}–{}).",
                    d.name,
                    ui.legend_leading(),
                    shown(l.mean),
                    shown(l.min),
                    shown(l.max),
                    ui.legend_managing(),
                    shown(g.mean),
                    shown(g.min),
                    shown(g.max)
                )
            })
            .collect::<Vec<_>>()
            .join(" ");
        radar::open(
            m,
            "radar",
            "aria-labelledby=\"team-radar-title team-radar-desc\"",
        );
        m.raw("<title id=\"team-radar-title\">")
            .text(ui.team_radar_title())
            .raw("</title><desc id=\"team-radar-desc\">")
            .text(&summary)
            .raw("</desc>");
        radar::grid(m, true);
        for (series, lead) in [("managing", false), ("leading", true)] {
            let pick = |f: fn(&Spread) -> Option<f64>| -> Vec<Option<f64>> {
                spreads
                    .iter()
                    .map(|(l, g)| f(if lead { l } else { g }))
                    .collect()
            };
            let (min, max, mean) = (pick(|s| s.min), pick(|s| s.max), pick(|s| s.mean));
            m.raw("<path class=\"band band-")
                .raw(series)
                .raw("\" data-band=\"")
                .raw(series)
                .raw("\" fill-rule=\"evenodd\" d=\"M")
                .raw(&polygon_points(&max))
                .raw("Z M")
                .raw(&polygon_points(&min))
                .raw("Z\"/><polygon class=\"series series-")
                .raw(series)
                .raw("\" data-series=\"")
                .raw(series)
                .raw("\" points=\"")
                .raw(&polygon_points(&mean))
                .raw("\"/>");
        }
        radar::close(m, t);
        m.raw("<figcaption class=\"legend\">")
            .element(
                "span",
                "legend-item legend-leading",
                ui.team_legend_leading(),
            )
            .element(
                "span",
                "legend-item legend-managing",
                ui.team_legend_managing(),
            )
            .element("span", "legend-item legend-band", ui.team_legend_band())
            .element("span", "legend-item legend-line", &radar::line_name(t));
        if self.mixed_forms() {
            m.element(
                "span",
                "legend-item team-forms-mixed",
                ui.team_forms_mixed(),
            );
        }
        m.raw("</figcaption></figure>");
    }

    fn archetype_list(&self, m: &mut Markup, t: &Texts) {
        let (ui, names) = (t.report, t.interpretation);
        m.raw("<section class=\"card team-archetypes\" aria-labelledby=\"team-archetypes-heading\"><h2 id=\"team-archetypes-heading\">")
            .text(ui.team_archetypes_heading())
            .raw("</h2><ul>");
        let total = self.members.len().max(1);
        for (archetype, count) in self.archetypes() {
            let percent = (count * 100 + total / 2) / total;
            m.raw("<li data-archetype-count=\"")
                .raw(archetype.id())
                .raw("\"><span class=\"team-archetype-name\">")
                .text(names.archetype(archetype).name)
                .raw("</span> <span class=\"team-archetype-count\">")
                .raw(&count.to_string())
                .raw("</span><svg class=\"team-bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"team-bar-track\" width=\"100\" height=\"6\"/><rect class=\"team-bar-fill\" width=\"")
                .raw(&percent.to_string())
                .raw("\" height=\"6\"/></svg></li>");
        }
        m.raw("</ul></section>");
    }

    fn table(&self, m: &mut Markup, t: &Texts) {
        let ui = t.report;
        m.raw("<table class=\"score-table team-table\"><caption>")
            .text(ui.team_table_caption());
        if self.mixed_forms() {
            m.raw(" <span class=\"team-forms-mixed\" data-forms=\"mixed\">")
                .text(ui.team_forms_mixed())
                .raw("</span>");
        }
        m.raw("</caption><thead><tr>")
            .element("th", "", ui.column_dimension())
            .element("th", "", ui.column_leading())
            .element("th", "", ui.column_managing())
            .raw("</tr></thead><tbody>");
        let cell = |m: &mut Markup, s: Spread, pole: &str| {
            m.raw("<td data-pole=\"").raw(pole).raw("\"");
            spread_attributes(m, s);
            m.raw("><span class=\"team-mean\">")
                .text(&shown(s.mean))
                .raw("</span> <span class=\"team-range\">")
                .text(&fill(
                    t.lang,
                    ui.team_range(),
                    &[("min", &shown(s.min)), ("max", &shown(s.max))],
                ))
                .raw("</span></td>");
        };
        for (i, d) in t.bank.dimensions.iter().enumerate() {
            m.raw("<tr data-dimension=\"")
                .raw(d.id)
                .raw("\"><th scope=\"row\">")
                .text(d.name)
                .raw("</th>");
            cell(m, self.pole(i, true), "lead");
            cell(m, self.pole(i, false), "manage");
            m.raw("</tr>");
        }
        m.raw("<tr data-index=\"indices\"><th scope=\"row\">")
            .text(ui.team_indices())
            .raw("</th>");
        cell(m, self.leadership(), "lead");
        cell(m, self.management(), "manage");
        m.raw("</tr></tbody></table>");
    }
}

/// A score as the team table shows it: a whole number, or a dash.
fn shown(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{}", v.round() as i64))
}

/// A code as a message quotes it: cut to 15 characters and an ellipsis when longer.
pub(crate) fn shorten(code: &str) -> String {
    if code.chars().count() > 16 {
        format!("{}…", code.chars().take(15).collect::<String>())
    } else {
        code.to_string()
    }
}

/// A spread's figures as data attributes (` data-mean="…" data-min="…" data-max="…"`), to one
/// decimal as the exports write them, for the page's tests and scripts.
fn spread_attributes(m: &mut Markup, s: Spread) {
    m.raw(" data-mean=\"")
        .raw(&json::score_text(s.mean))
        .raw("\" data-min=\"")
        .raw(&json::score_text(s.min))
        .raw("\" data-max=\"")
        .raw(&json::score_text(s.max))
        .raw("\"");
}

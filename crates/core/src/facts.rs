//! The names and grammar that the page's JavaScript (`early.js`, `boot.js`) shares with Rust: the
//! storage keys, the languages, the fragments that open another page than the assessment, and what
//! makes a page hosted. Rust uses these constants; the build writes them into the JavaScript
//! ([`javascript`], run by `scripts/postbuild.sh`), so nothing is copied by hand.

use super::config::{LMS_PARAMETER, PARENT_ORIGIN_PARAMETER, SCORM12};
use super::json;
use super::locale::Lang;

/// Where the saved record is kept (`localStorage`, else `sessionStorage`); an embedded copy adds
/// `@<host origins>`.
pub const SESSION_KEY: &str = "leadership-radar.session";
/// The language picked in the switcher.
pub const LANGUAGE_KEY: &str = "leadership-radar.lang";
/// `off` when the number keys were turned off (WCAG 2.1.4).
pub const NUMBER_KEYS_KEY: &str = "leadership-radar.number-keys";
/// Written and removed at once, to learn whether storage can be written.
pub const PROBE_KEY: &str = "leadership-radar.probe";

/// The fragment of a result link, before the result code.
pub const RESULT_FRAGMENT: &str = "#r=";
/// The fragment of a rater link, before the invitation.
pub const RATE_FRAGMENT: &str = "#rate=";
/// The fragment of the facilitator's team view.
pub const TEAM_FRAGMENT: &str = "#team";
/// The fragment of a check-in reminder's link, before the earlier result code: the same form
/// taken again, compared with that code at the end (the full module's).
pub const RETAKE_FRAGMENT: &str = "#retake=";
/// The skip link's fragment: still the assessment.
pub const MAIN_FRAGMENT: &str = "#main";

/// What the page's fragment asks for, outside the person's own assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elsewhere {
    /// A result link (`#r=<code>`): those results, read-only.
    Shared(String),
    /// The facilitator's team view (`#team`).
    Team,
    /// A colleague's observer form from a rater link (`#rate=<invite>`).
    Rate(String),
}

impl Elsewhere {
    /// Reads a page's fragment (`location.hash`); `None` for the assessment itself. The code or
    /// invitation is not checked here: the screen that shows it refuses it in words.
    pub fn of_fragment(hash: &str) -> Option<Elsewhere> {
        if let Some(code) = hash.strip_prefix(RESULT_FRAGMENT) {
            Some(Elsewhere::Shared(code.to_string()))
        } else if let Some(invite) = hash.strip_prefix(RATE_FRAGMENT) {
            Some(Elsewhere::Rate(invite.to_string()))
        } else {
            (hash == TEAM_FRAGMENT).then_some(Elsewhere::Team)
        }
    }
}

/// Every fact as one JSON object, which the build writes into the JavaScript: each `fact('name')`
/// in `early.js` and `boot.js` becomes the value of `name`.
pub fn javascript() -> String {
    let mut out = String::from("{");
    let mut field = |name: &str, value: String| {
        if out.len() > 1 {
            out.push(',');
        }
        json::string(&mut out, name);
        out.push(':');
        out.push_str(&value);
    };
    let text = |value: &str| {
        let mut out = String::new();
        json::string(&mut out, value);
        out
    };
    let list = |values: &mut dyn Iterator<Item = &str>| {
        format!("[{}]", values.map(text).collect::<Vec<_>>().join(","))
    };
    field("sessionKey", text(SESSION_KEY));
    field("languageKey", text(LANGUAGE_KEY));
    field("numberKeysKey", text(NUMBER_KEYS_KEY));
    field("probeKey", text(PROBE_KEY));
    field("languages", list(&mut Lang::ALL.iter().map(|l| l.code())));
    field(
        "rightToLeft",
        list(&mut Lang::ALL.iter().filter(|l| l.is_rtl()).map(|l| l.code())),
    );
    field("resultFragment", text(RESULT_FRAGMENT));
    field("rateFragment", text(RATE_FRAGMENT));
    field("teamFragment", text(TEAM_FRAGMENT));
    field("retakeFragment", text(RETAKE_FRAGMENT));
    field("mainFragment", text(MAIN_FRAGMENT));
    field("parentOriginParameter", text(PARENT_ORIGIN_PARAMETER));
    field("lmsParameter", text(LMS_PARAMETER));
    field("scorm12", text(SCORM12));
    out.push('}');
    out
}

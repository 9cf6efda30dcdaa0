//! Pooling colleagues' rater codes: where anonymity holds. In a pooled request colleagues send
//! their rater codes to someone the person trusts (a facilitator, HR, a colleague), who pastes them
//! into the pool page; from three or more codes for one request it makes one pooled code, the
//! colleagues' averages and nothing of any one of them, which the person pastes into their
//! results. The person never holds a colleague's code, so cannot set a real one beside codes of
//! their own making and read it back; and their results refuse a code meant for the pool.
//!
//! The same averaging serves a direct request, where the person pastes the codes themselves.

use super::bank::{Bank, Form, DIMENSIONS};
use super::group::{Group, MIN_RATERS};
use super::result_code::{self, CodeError, Kind, Pooled};
use super::scoring::{dimension_scores, DimensionScore};
use super::team::{distinct_codes, shorten, Spread};

/// One colleague's scores, with how they know the person (`None`: a code that did not say).
#[derive(Debug, Clone, PartialEq)]
pub struct RaterScores {
    /// The colleague's group.
    pub group: Option<Group>,
    /// The colleague's pole scores, per dimension.
    pub scores: Vec<DimensionScore>,
}

/// The colleagues' averages for `request` on `form`, overall and per group of [`MIN_RATERS`]
/// raters or more; `None` below [`MIN_RATERS`] raters or above 255. A code that named no group
/// counts as "other".
pub fn average(form: Form, request: u32, raters: &[RaterScores]) -> Option<Pooled> {
    if raters.len() < MIN_RATERS || raters.len() > 255 {
        return None;
    }
    let group_of = |r: &RaterScores| r.group.unwrap_or(Group::Other);
    let mean_of = |members: &[&RaterScores]| -> Vec<DimensionScore> {
        (0..DIMENSIONS)
            .map(|d| DimensionScore {
                lead: Spread::of(members.iter().map(|r| r.scores[d].lead)).mean,
                manage: Spread::of(members.iter().map(|r| r.scores[d].manage)).mean,
            })
            .collect()
    };
    let all: Vec<&RaterScores> = raters.iter().collect();
    let mut groups = [0usize; 4];
    let mut by_group: [Option<Vec<DimensionScore>>; 4] = [None, None, None, None];
    for group in Group::ALL {
        let members: Vec<&RaterScores> = raters.iter().filter(|r| group_of(r) == group).collect();
        groups[group.index()] = members.len();
        if members.len() >= MIN_RATERS {
            by_group[group.index()] = Some(mean_of(&members));
        }
    }
    Some(Pooled {
        form,
        request,
        raters: raters.len(),
        groups,
        overall: mean_of(&all),
        by_group,
    })
}

/// Why a pasted code was not pooled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolRefusal {
    /// Not readable as a code.
    Code(CodeError),
    /// A person's own results, or a pooled code: only colleagues' rater codes are pooled.
    NotARaterCode,
}

/// The codes of one request, as the pool page shows them: how many, in which groups, and the
/// pooled code once there are enough.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolRequest {
    /// The form the colleagues answered.
    pub form: Form,
    /// The rater link's request number.
    pub request: u32,
    /// How many distinct codes for it.
    pub raters: usize,
    /// How many in each group, in [`Group::ALL`]'s order (codes naming none count as "other").
    pub groups: [usize; 4],
    /// The pooled code, from [`MIN_RATERS`] codes on.
    pub code: Option<String>,
}

/// What a pool page makes of a pasted text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pool {
    /// Each request found, in the order its first code appeared.
    pub requests: Vec<PoolRequest>,
    /// Codes not pooled, shortened, with why.
    pub refused: Vec<(String, PoolRefusal)>,
    /// Codes pasted more than once, counted once.
    pub duplicates: usize,
}

/// Pools the rater codes in `text` (any text: a chat, an e-mail thread), request by request.
pub fn pool(bank: &Bank, text: &str) -> Pool {
    let found = distinct_codes(text);
    let mut requests: Vec<(Form, u32, Vec<RaterScores>)> = Vec::new();
    let mut refused = Vec::new();
    for code in found.codes {
        match result_code::decode(bank, code) {
            Ok((Kind::Observer { request, group, .. }, session)) => {
                let scores = RaterScores {
                    group,
                    scores: dimension_scores(bank, session.form, &session.responses),
                };
                match requests
                    .iter_mut()
                    .find(|(form, r, _)| *r == request && *form == session.form)
                {
                    Some((_, _, raters)) => raters.push(scores),
                    None => requests.push((session.form, request, vec![scores])),
                }
            }
            Ok((Kind::SelfRating, _)) | Err(CodeError::PooledCode) => {
                refused.push((shorten(code), PoolRefusal::NotARaterCode));
            }
            Err(error) => refused.push((shorten(code), PoolRefusal::Code(error))),
        }
    }
    Pool {
        requests: requests
            .into_iter()
            .map(|(form, request, raters)| {
                let mut groups = [0usize; 4];
                for r in &raters {
                    groups[r.group.unwrap_or(Group::Other).index()] += 1;
                }
                PoolRequest {
                    form,
                    request,
                    raters: raters.len(),
                    groups,
                    code: average(form, request, &raters)
                        .as_ref()
                        .and_then(result_code::encode_pooled),
                }
            })
            .collect(),
        refused,
        duplicates: found.duplicates,
    }
}

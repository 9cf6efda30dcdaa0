//! How a colleague knows the person they rate: 360 practice reads a manager's, peers' and direct
//! reports' views apart, since each sees different moments of the same person. And the fewest
//! colleagues any average of theirs is shown from, overall or in one group.

/// Colleagues' scores appear only as an average of at least this many of them, overall and per
/// group, so that no one's answers can be read off (rater anonymity).
pub const MIN_RATERS: usize = 3;

/// A rater's relationship to the person, as the rater says it on the rater form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// The person's manager.
    Manager,
    /// A peer: a colleague at the same level.
    Peer,
    /// Someone who reports to the person.
    DirectReport,
    /// Anyone else (a client, a colleague from another team, …).
    Other,
}

impl Group {
    /// Every group, in the order the rater form offers them and codes number them.
    pub const ALL: [Group; 4] = [
        Group::Manager,
        Group::Peer,
        Group::DirectReport,
        Group::Other,
    ];

    /// Its stable id, as in the form's values and the exports.
    pub fn id(self) -> &'static str {
        match self {
            Group::Manager => "manager",
            Group::Peer => "peer",
            Group::DirectReport => "direct-report",
            Group::Other => "other",
        }
    }

    /// Its number in a code (0 to 3).
    pub fn index(self) -> usize {
        match self {
            Group::Manager => 0,
            Group::Peer => 1,
            Group::DirectReport => 2,
            Group::Other => 3,
        }
    }

    /// The group numbered `index` in a code.
    pub fn from_index(index: usize) -> Option<Group> {
        Group::ALL.get(index).copied()
    }

    /// The group whose id is `id`.
    pub fn from_id(id: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.id() == id)
    }
}

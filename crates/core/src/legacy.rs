//! What older versions wrote, so their result codes and saved records still read: the scenario
//! stages of version 1, before the options were reordered and the eighth stage was added.

use super::responses::Pick;

/// Version 1's scenario stages, in order, each as the index today's options have for its options a
/// to d then. The moves, their hats and their keys are the same; only their places changed, so that
/// neither the best nor the worst move keeps to one place (crates/core/tests/result_code.rs reads
/// a version 1 code back with the keys it had).
const V1_OPTIONS: [[u8; 4]; 7] = [
    [2, 1, 3, 0], // client-lost-a
    [3, 0, 1, 2], // client-lost-b
    [0, 2, 3, 1], // new-operating-model
    [0, 2, 3, 1], // new-starter
    [2, 0, 3, 1], // better-method
    [1, 0, 2, 3], // rising-errors
    [1, 2, 3, 0], // new-initiative, now new-initiative-a
];

/// How many scenario stages version 1 had.
pub const V1_STAGES: usize = V1_OPTIONS.len();

/// A version 1 pick of stage `stage` (option indices as they were then) on today's options;
/// `None` for a stage version 1 did not have or an option it did not offer.
pub fn v1_pick(stage: usize, best: Option<u8>, least: Option<u8>) -> Option<Pick> {
    let map = V1_OPTIONS.get(stage)?;
    let place = |option: Option<u8>| match option {
        None => Some(None),
        Some(o) => map.get(usize::from(o)).map(|&new| Some(new)),
    };
    Some(Pick {
        best: place(best)?,
        least: place(least)?,
    })
}

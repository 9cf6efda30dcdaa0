//! Custom hooks.

pub mod use_answer_keys;

//! Custom hooks.

pub mod use_answer_keys;
pub mod use_double_click_guard;
pub mod use_locale;

//! The screens and their parts, one component per file.

pub mod ask_colleagues;
pub mod before_after;
pub mod commitment;
pub mod downloads;
pub mod intro;
pub mod item_screen;
pub mod language_switcher;
pub mod nav_buttons;
pub mod notice_banner;
pub mod progress_bar;
pub mod rater_view;
pub mod results;
pub mod resume_code;
pub mod resume_entry;
pub mod review;
pub mod scenario_intro;
pub mod scenario_screen;
pub mod share_link;
pub mod shared_results;
pub mod start_over;
pub mod team_view;

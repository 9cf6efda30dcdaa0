//! The screens and their parts, one component per file.

pub mod agility_card;
pub mod development_plan;
pub mod focus_areas;
pub mod intro;
pub mod item_screen;
pub mod nav_buttons;
pub mod notice_banner;
pub mod pattern_card;
pub mod progress_bar;
pub mod radar_chart;
pub mod results;
pub mod review;
pub mod scenario_intro;
pub mod scenario_screen;
pub mod score_table;
pub mod start_over;

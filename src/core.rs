//! The pure core: question bank, scoring, flow and saved records, with no browser dependency.

pub mod bank;
pub mod compact;
pub mod config;
pub mod content;
pub mod export;
pub mod flow;
pub mod geometry;
pub mod ini;
pub mod interpretation;
pub mod json;
pub mod locale;
pub mod prerender;
pub mod protocol;
pub mod raters;
pub mod record;
pub mod report;
pub mod responses;
pub mod result_code;
pub mod scoring;
pub mod scorm;
pub mod team;
pub mod text;

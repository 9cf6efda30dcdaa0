//! Leadership Radar's pure core: the question bank's types, scoring, the flow reducer, saved records
//! and codes, the embedding decisions (URL configuration, host protocol, SCORM), the pre-render's
//! marks, the results document, the team view and the exports.
//!
//! Plain Rust with no browser dependency and no global state: whatever is written in a language
//! takes that language's texts as a value ([`locale::Texts`]). The content itself (the bank, the
//! interpretation texts, the interface strings) is the `radar-content` crate's.

#![forbid(unsafe_code)]

pub mod bank;
pub mod before_after;
pub mod calendar;
pub mod citation;
pub mod config;
pub mod export;
pub mod facts;
pub mod flow;
pub mod geometry;
pub mod interpretation;
pub mod json;
pub mod lang;
pub mod legacy;
pub mod locale;
pub mod number;
pub mod plural;
pub mod prerender;
pub mod priorities;
pub mod protocol;
pub mod quality;
pub mod raters;
pub mod record;
pub mod report;
pub mod responses;
pub mod result_code;
pub mod scoring;
pub mod scorm;
pub mod team;
pub mod text;

//! The full module's browser edge: the host bridge (messages, sizing, H5P), the SCORM runtime,
//! downloads and rater links. It runs in the on-demand companion wasm (`src/bin/companion.rs`),
//! never in the first load, and talks to the app through boot.js's `leadershipRadarBridge`.

pub mod export;
pub mod host;
pub mod lms;
pub mod mediator;
pub mod raters;

use std::cell::RefCell;
use std::rc::Rc;

use radar_core::config;

/// Starts the bridge for a page whose query string is `query`: finds an LMS, listens to the host,
/// and reports the app's progress to both.
pub fn start(query: &str) {
    // The app has already warned about invalid parameters; the bridge reads the same ones quietly.
    let (config, _) = config::parse(query);
    let lms = lms::Lms::connect(config.lms);
    let host = Rc::new(RefCell::new(host::Host::new(config, lms)));
    host::Host::listen(&host);
}

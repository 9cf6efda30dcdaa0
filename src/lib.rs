//! Leadership Radar: an "Am I leading or managing?" self-assessment that runs entirely in the browser.
//!
//! This crate is the browser app (Yew): its components, hooks and browser edges. The pure core
//! (`radar-core`) and the content (`radar-content`) are crates of their own under `crates/`.

#![forbid(unsafe_code)]

pub mod bridge;
pub mod texts;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod effects;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod state;

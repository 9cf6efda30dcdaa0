//! Effects at the browser edge, each behind a small typed API: storage, focus and print, the panic
//! card, clipboard, the language, the pre-render's marks, the first-load module's prefetch and
//! hand-over of the page to the full module, and, in the full module, the host edge (an embedding
//! host's messages, sizing and H5P; the SCORM runtime, which reach the app through `crate::bridge`),
//! downloads and rater links.

pub mod clipboard;
pub mod dom;
pub mod export;
pub mod full_module;
pub mod host;
pub mod lms;
pub mod locale;
pub mod panic;
pub mod prerender;
pub mod raters;
pub mod storage;

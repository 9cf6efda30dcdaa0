//! Effects at the browser edge: storage, focus and print, the panic card, the report module.

pub mod dom;
pub mod panic;
pub mod report;
pub mod storage;

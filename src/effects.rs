//! Effects at the browser edge: storage, focus, printing and the panic card.

pub mod dom;
pub mod panic;
pub mod storage;

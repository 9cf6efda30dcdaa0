//! Effects at the browser edge: storage, the host bridge, clipboard, focus and print, the panic card, the pre-render's hand-over, and the companion module and the hand-over to it.

pub mod bridge;
pub mod clipboard;
pub mod dom;
pub mod locale;
pub mod panic;
pub mod prerender;
pub mod report;
pub mod storage;
pub mod take_over;

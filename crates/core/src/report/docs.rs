//! The buyer's documents, as the results' "How to read this" links to them: the technical note and
//! the facilitator guide, rendered at build time into pages beside the app (crates/docs reads the
//! page names from here, so the links and the files cannot drift apart).

use super::markup::Markup;
use crate::locale::Texts;

/// The folder beside the app's page that holds the documents' pages.
pub const DIR: &str = "docs";
/// The technical note's page in [`DIR`].
pub const TECHNICAL_NOTE: &str = "technical-note.html";
/// The facilitator guide's page in [`DIR`].
pub const FACILITATOR_GUIDE: &str = "facilitator-guide.html";

/// Writes the two links, each opening its page in a new tab; the pages are in English.
pub fn links(m: &mut Markup, t: &Texts) {
    let ui = t.report;
    m.element("p", "doc-links-lead", ui.honesty_docs())
        .raw("<ul class=\"doc-links\">");
    for (page, text) in [
        (TECHNICAL_NOTE, ui.honesty_technical_note()),
        (FACILITATOR_GUIDE, ui.honesty_facilitator_guide()),
    ] {
        m.raw("<li><a href=\"")
            .raw(DIR)
            .raw("/")
            .raw(page)
            .raw("\" target=\"_blank\" rel=\"noopener\" hreflang=\"en\">")
            .text(text)
            .raw("</a></li>");
    }
    m.raw("</ul>");
}

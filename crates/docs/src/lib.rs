//! The buyer's documents (`docs/technical-note.md`, `docs/facilitator-guide.md`) as HTML pages the
//! app serves beside itself, so the results' "How to read this" can link to them from any host
//! (a site, a portal's frame, an LMS package) without a server or a repository.
//!
//! The pages keep the app's strict content security policy: no inline script or style, one
//! stylesheet beside them. A link to another document becomes a link to its page; a link to
//! anything not shipped (the README, the sources) keeps its text and loses its target.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use radar_core::report::docs;

/// A document the build turns into a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Doc {
    /// Its Markdown file in `docs/`, such as `technical-note.md`.
    pub source: &'static str,
    /// Its page beside the app, in `docs/` too, such as `technical-note.html`.
    pub page: &'static str,
}

/// The documents shipped with the app, as the results link to them.
pub const DOCS: [Doc; 2] = [
    Doc {
        source: "technical-note.md",
        page: docs::TECHNICAL_NOTE,
    },
    Doc {
        source: "facilitator-guide.md",
        page: docs::FACILITATOR_GUIDE,
    },
];

/// The stylesheet the pages share, written beside them.
pub const STYLESHEET: &str = "docs.css";

/// The page of a Markdown document: its first heading is the title; links to the other documents
/// (`facilitator-guide.md`, `./technical-note.md#5-the-cut-off-625`) point to their pages; other
/// relative links, to files that are not shipped, are dropped with their text kept.
pub fn page(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut title = String::new();
    let mut in_title = false;
    let mut dropped_links = 0usize;
    let mut events: Vec<Event> = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        // Raw HTML in a document would bypass the policy the pages keep: shown as text.
        let event = match event {
            Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
            other => other,
        };
        match event {
            Event::Start(Tag::Heading { level, .. })
                if level == pulldown_cmark::HeadingLevel::H1 && title.is_empty() =>
            {
                in_title = true;
                events.push(event);
            }
            Event::End(TagEnd::Heading(_)) if in_title => {
                in_title = false;
                events.push(event);
            }
            Event::Text(ref text) | Event::Code(ref text) if in_title => {
                title.push_str(text);
                events.push(event);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title: link_title,
                id,
            }) => match target(&dest_url) {
                Some(href) => events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::from(href),
                    title: link_title,
                    id,
                })),
                None => dropped_links += 1,
            },
            Event::End(TagEnd::Link) if dropped_links > 0 => dropped_links -= 1,
            other => events.push(other),
        }
    }
    let mut body = String::new();
    html::push_html(&mut body, events.into_iter());
    let title = if title.is_empty() {
        "Leadership Radar".to_string()
    } else {
        escape(&title)
    };
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} · Leadership Radar</title>\n\
         <link rel=\"stylesheet\" href=\"{STYLESHEET}\">\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
}

/// Where a link of a document goes on its page: web links as they are, in-page anchors as they
/// are, another shipped document's page; `None` for a file that is not shipped.
fn target(url: &str) -> Option<String> {
    if url.starts_with("https://") || url.starts_with("http://") || url.starts_with('#') {
        return Some(url.to_string());
    }
    let (path, anchor) = url.split_once('#').map_or((url, ""), |(p, a)| (p, a));
    let file = path.strip_prefix("./").unwrap_or(path);
    let file = file.strip_prefix("docs/").unwrap_or(file);
    let doc = DOCS.iter().find(|d| d.source == file)?;
    Some(if anchor.is_empty() {
        doc.page.to_string()
    } else {
        format!("{}#{anchor}", doc.page)
    })
}

/// Text for HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

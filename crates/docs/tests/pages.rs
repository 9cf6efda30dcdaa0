//! The documents' pages: titles, tables, links between them, and nothing the app's strict content
//! security policy would block.

use std::fs;
use std::path::PathBuf;

use radar_docs::{page, DOCS, STYLESHEET};

fn docs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs")
}

#[test]
fn every_shipped_document_becomes_a_page_the_policy_allows() {
    for doc in DOCS {
        let markdown = fs::read_to_string(docs_dir().join(doc.source)).expect(doc.source);
        let html = page(&markdown);
        assert!(html.starts_with("<!doctype html>"), "{}", doc.source);
        assert!(html.contains(&format!("<link rel=\"stylesheet\" href=\"{STYLESHEET}\">")));
        assert!(html.contains("<title>Leadership Radar: "), "{}", doc.source);
        for blocked in ["<script", " style=", "<style", "javascript:"] {
            assert!(!html.contains(blocked), "{}: {blocked}", doc.source);
        }
    }
    // The technical note's item table is a table on its page.
    let note = page(&fs::read_to_string(docs_dir().join("technical-note.md")).unwrap());
    assert!(
        note.contains("<table>") && note.contains("<th>"),
        "the item table"
    );
    assert!(note.contains("direction-lead-1"));
    // The guide links to the note's page, not to its Markdown.
    let guide = page(&fs::read_to_string(docs_dir().join("facilitator-guide.md")).unwrap());
    assert!(guide.contains("<a href=\"technical-note.html\">technical note</a>"));
    assert!(!guide.contains(".md\""));
}

#[test]
fn links_go_to_pages_or_lose_their_target_and_raw_html_is_shown_as_text() {
    let html = page(
        "# A <b>title</b>\n\nSee [the note](./technical-note.md#5-the-cut-off-625), \
         [the guide](docs/facilitator-guide.md), [the README](../README.md), \
         [a site](https://example.org/) and [here](#scoring).\n\n<script>alert(1)</script>\n",
    );
    assert!(html.contains("<a href=\"technical-note.html#5-the-cut-off-625\">the note</a>"));
    assert!(html.contains("<a href=\"facilitator-guide.html\">the guide</a>"));
    assert!(html.contains(", the README, "), "{html}");
    assert!(!html.contains("README.md"));
    assert!(html.contains("<a href=\"https://example.org/\">a site</a>"));
    assert!(html.contains("<a href=\"#scoring\">here</a>"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(
        html.contains("<title>A &lt;b&gt;title&lt;/b&gt; · Leadership Radar</title>"),
        "{html}"
    );
}

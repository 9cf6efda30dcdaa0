//! Sources as a reader reads them. The content cites a seed article as `[001] "quotation"` and a
//! named work as `Kotter (S1)`; the page shows `“quotation” (short title)` and `Kotter (1990)`, and
//! lists the works it cited at its end. No internal id reaches the reader.

/// A work the sources cite (the content crate's `data/references.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The id the sources use: `000` to `004` for a seed article, `S1` to `S13` for a named work.
    pub id: &'static str,
    /// What replaces the id in a source: a seed article's short title, or a named work's year or
    /// authors (`1990`, `Avolio, Bass & Jung 1999`).
    pub cite: &'static str,
    /// The whole reference, for the list at the end of the page.
    pub entry: &'static str,
}

/// A source made readable: its text, and the references it cites (indices into `references`, in
/// order of first use). An id not in `references` is left as it is (the content's tests refuse it).
pub fn readable(source: &str, references: &[Reference]) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(source.len() + 32);
    let mut cited = Vec::new();
    let cite = |id: &str, cited: &mut Vec<usize>| -> Option<&'static str> {
        let index = references.iter().position(|r| r.id == id)?;
        if !cited.contains(&index) {
            cited.push(index);
        }
        Some(references[index].cite)
    };
    let mut rest = source;
    while !rest.is_empty() {
        if let Some((id, quote, tail)) = seed_quotation(rest) {
            if let Some(title) = cite(id, &mut cited) {
                // A quotation that is itself a quotation keeps its own marks, never doubled; one that
                // holds a quotation takes the inner one in single marks.
                if quote.starts_with('“') && quote.ends_with('”') {
                    out.push_str(quote);
                } else {
                    out.push('“');
                    out.push_str(&quote.replace('“', "‘").replace('”', "’"));
                    out.push('”');
                }
                out.push_str(" (");
                out.push_str(title);
                out.push(')');
                rest = tail;
                continue;
            }
        }
        if let Some((ids, tail)) = work_ids(rest) {
            let cites: Option<Vec<&str>> = ids.split(", ").map(|id| cite(id, &mut cited)).collect();
            if let Some(cites) = cites {
                out.push('(');
                out.push_str(&cites.join("; "));
                out.push(')');
                rest = tail;
                continue;
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    (out, cited)
}

/// `[001] "quotation"` at the start of `text`: the id, the quotation and what follows.
fn seed_quotation(text: &str) -> Option<(&str, &str, &str)> {
    let after = text.strip_prefix('[')?;
    let (id, after) = after.split_once("] \"")?;
    if id.len() != 3 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (quote, tail) = after.split_once('"')?;
    Some((id, quote, tail))
}

/// `(S1)` or `(S6, S9)` at the start of `text`: the ids and what follows.
fn work_ids(text: &str) -> Option<(&str, &str)> {
    let after = text.strip_prefix('(')?;
    let (ids, tail) = after.split_once(')')?;
    let valid = ids.split(", ").all(|id| {
        id.strip_prefix('S')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    valid.then_some((ids, tail))
}

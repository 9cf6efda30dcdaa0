//! One language's texts, read from a Fluent file (`locales/<lang>.ftl`) into a flat catalog:
//! a message's value under its id (`item-direction-lead-1`), each attribute under `id.attribute`
//! (`item-direction-lead-1.observer`).
//!
//! The app fills its texts itself, so a pattern may hold text, variables (`{ $n }`, kept as `{n}`
//! for [`radar_core::text::fill`]) and selects on a number's plural form only (`pattern.rs`);
//! a term, a function or any other select is refused with its line. A pattern written over several
//! lines is one paragraph: its line breaks become spaces, as a browser would show them.

use fluent_syntax::ast::{Entry, Pattern};
use radar_core::locale::Lang;

use super::pattern;
use super::{line_of, locale_file, SourceError};

/// The texts of one Fluent file, each taken at most once; [`Catalog::finish`] refuses any left.
#[derive(Debug)]
pub struct Catalog {
    file: String,
    entries: Vec<CatalogEntry>,
}

#[derive(Debug)]
struct CatalogEntry {
    key: String,
    text: &'static str,
    line: usize,
    taken: bool,
}

impl Catalog {
    /// Parses `source`, the text of `lang`'s file: a syntax error, a repeated message or
    /// attribute, or a construct the app does not evaluate is refused with its line.
    pub fn parse(lang: Lang, source: &str) -> Result<Catalog, SourceError> {
        let file = &locale_file(lang);
        let error = |line: usize, message: String| SourceError::new(file, line, message);
        let resource =
            fluent_syntax::parser::parse(source).map_err(|(_, errors)| match errors.first() {
                Some(first) => error(line_of(source, first.pos.start), first.kind.to_string()),
                None => error(0, "cannot read this file".into()),
            })?;
        let lines = KeyLines::of(source);
        let mut entries: Vec<CatalogEntry> = Vec::new();
        for entry in resource.body {
            let message = match entry {
                Entry::Message(message) => message,
                Entry::Term(term) => {
                    let line = lines.line(&format!("-{}", term.id.name), 0);
                    return Err(error(
                        line,
                        format!("terms (`-{}`) are not used", term.id.name),
                    ));
                }
                Entry::Junk { content } => {
                    let offset = source.find(content).unwrap_or(0);
                    return Err(error(
                        line_of(source, offset),
                        "cannot read this entry".into(),
                    ));
                }
                Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => continue,
            };
            let id = message.id.name;
            let mut texts: Vec<(String, &Pattern<&str>)> = Vec::new();
            if let Some(value) = &message.value {
                texts.push((id.to_owned(), value));
            }
            for attribute in &message.attributes {
                texts.push((format!("{id}.{}", attribute.id.name), &attribute.value));
            }
            for (key, pattern) in texts {
                let seen = entries.iter().filter(|e| e.key == key).count();
                let line = lines.line(&key, seen);
                if seen > 0 {
                    let what = if key.contains('.') {
                        "attribute"
                    } else {
                        "message"
                    };
                    return Err(error(line, format!("{what} `{key}` given twice")));
                }
                let text = pattern::text(pattern, lang).map_err(|refusal| {
                    let at = refusal
                        .at
                        .as_ref()
                        .and_then(|(what, nth)| line_of_nth(source, line, what, *nth));
                    error(at.unwrap_or(line), format!("`{key}`: {}", refusal.why))
                })?;
                if text.is_empty() {
                    return Err(error(line, format!("`{key}` is empty")));
                }
                entries.push(CatalogEntry {
                    key,
                    text: String::leak(text),
                    line,
                    taken: false,
                });
            }
        }
        Ok(Catalog {
            file: file.to_owned(),
            entries,
        })
    }

    /// The file this catalog was read from.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The text under `key` (`id` or `id.attribute`), marked as used.
    pub fn take(&mut self, key: &str) -> Result<&'static str, SourceError> {
        match self.entries.iter_mut().find(|e| e.key == key) {
            Some(entry) => {
                entry.taken = true;
                Ok(entry.text)
            }
            None => Err(SourceError::new(&self.file, 0, missing(key))),
        }
    }

    /// The line `key` is on, once it was read (0 when it is not in the file).
    pub fn line(&self, key: &str) -> usize {
        self.entries
            .iter()
            .find(|e| e.key == key)
            .map_or(0, |e| e.line)
    }

    /// Refuses a text nobody took: a misspelt id, or a text the app does not use.
    pub fn finish(&self) -> Result<(), SourceError> {
        match self.entries.iter().find(|e| !e.taken) {
            Some(entry) => Err(SourceError::new(
                &self.file,
                entry.line,
                format!(
                    "unknown text `{}`: no such message or attribute in the app",
                    entry.key
                ),
            )),
            None => Ok(()),
        }
    }
}

/// What to say when `key` is missing.
fn missing(key: &str) -> String {
    match key.split_once('.') {
        Some((id, attribute)) => format!("missing attribute `.{attribute}` of `{id}`"),
        None => format!("missing message `{key}`"),
    }
}

/// The line of the `nth` (from 0) occurrence of `what` from line `from` on.
fn line_of_nth(source: &str, from: usize, what: &str, nth: usize) -> Option<usize> {
    let mut seen = 0;
    for (index, line) in source.lines().enumerate().skip(from.saturating_sub(1)) {
        seen += line.matches(what).count();
        if seen > nth {
            return Some(index + 1);
        }
    }
    None
}

/// Where each message and attribute starts, read from the lines themselves (the syntax tree keeps
/// no positions).
struct KeyLines {
    keys: Vec<(String, usize)>,
}

impl KeyLines {
    fn of(source: &str) -> KeyLines {
        let mut keys = Vec::new();
        let mut message = String::new();
        for (index, line) in source.lines().enumerate() {
            let Some((name, _)) = line.split_once('=') else {
                continue;
            };
            let name = name.trim_end();
            let is_id = |s: &str| {
                s.starts_with(|c: char| c.is_ascii_alphabetic())
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            };
            if let Some(attribute) = name.trim_start().strip_prefix('.') {
                if line.starts_with([' ', '\t']) && is_id(attribute) {
                    keys.push((format!("{message}.{attribute}"), index + 1));
                }
            } else if is_id(name) || name.strip_prefix('-').is_some_and(is_id) {
                message = name.to_owned();
                keys.push((message.clone(), index + 1));
            }
        }
        KeyLines { keys }
    }

    /// The line where `key` starts for the `nth` time (from 0), so a repeat is reported where it
    /// repeats.
    fn line(&self, key: &str, nth: usize) -> usize {
        self.keys
            .iter()
            .filter(|(k, _)| k == key)
            .nth(nth)
            .map_or(0, |(_, line)| *line)
    }
}

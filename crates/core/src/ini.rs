//! A strict reader for the project's INI-like content files (`[kind id]` sections of `key = value` lines).

use std::fmt;

/// One `[kind id]` section with its `key = value` entries in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    /// The first word of the header, such as `item`.
    pub kind: &'a str,
    /// The second word of the header, such as `direction-lead-1`.
    pub id: &'a str,
    /// The 1-based line of the header, for error messages.
    pub line: usize,
    entries: Vec<(&'a str, &'a str, usize)>,
}

/// Why a content file could not be read; names the file's line so an author can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The 1-based line the problem is on (0 when it concerns the whole file).
    pub line: usize,
    /// What is wrong, in words.
    pub message: String,
}

impl ContentError {
    /// Builds an error for `line`.
    pub fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl<'a> Section<'a> {
    /// The single value of `key`, or an error naming the section.
    #[inline(never)]
    pub fn get(&self, key: &str) -> Result<&'a str, ContentError> {
        let mut found = self.entries.iter().filter(|(k, _, _)| *k == key);
        match (found.next(), found.next()) {
            (Some((_, value, _)), None) => Ok(value),
            (None, _) => Err(self.error(format!("missing key `{key}`"))),
            (Some(_), Some((_, _, line))) => Err(ContentError::new(
                *line,
                format!("[{} {}]: key `{key}` given twice", self.kind, self.id),
            )),
        }
    }

    /// The value of `key` when present at most once.
    pub fn optional(&self, key: &str) -> Result<Option<&'a str>, ContentError> {
        if self.entries.iter().any(|(k, _, _)| *k == key) {
            self.get(key).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Every value of a repeatable key, in file order, with its line.
    pub fn all(&self, key: &str) -> Vec<(&'a str, usize)> {
        self.entries
            .iter()
            .filter(|(k, _, _)| *k == key)
            .map(|(_, v, line)| (*v, *line))
            .collect()
    }

    /// Every key of the section, in file order.
    pub fn keys(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.entries.iter().map(|(k, _, _)| *k)
    }

    /// An error naming the first key that is not one of `keys`.
    pub fn only_keys(&self, keys: &[&str]) -> Result<(), ContentError> {
        match self.keys().find(|key| !keys.contains(key)) {
            Some(unknown) => Err(self.error(format!("unknown key `{unknown}`"))),
            None => Ok(()),
        }
    }

    /// An error located at this section's header.
    pub fn error(&self, message: impl fmt::Display) -> ContentError {
        ContentError::new(self.line, format!("[{} {}]: {message}", self.kind, self.id))
    }
}

/// Reads a file's sections by kind and id: each expected one found exactly once, and, at the end,
/// any section nobody asked for refused as unknown.
pub struct Reader<'s> {
    sections: &'s [Section<'static>],
    used: Vec<bool>,
}

impl<'s> Reader<'s> {
    /// A reader of `sections`, none of them read yet.
    pub fn new(sections: &'s [Section<'static>]) -> Self {
        Reader {
            sections,
            used: vec![false; sections.len()],
        }
    }

    /// The one section `[kind id]` (`[kind]` when `id` is empty); missing or repeated is an error.
    pub fn section(&mut self, kind: &str, id: &str) -> Result<&'s Section<'static>, ContentError> {
        let mut found = self
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == kind && s.id == id);
        let name = if id.is_empty() {
            format!("[{kind}]")
        } else {
            format!("[{kind} {id}]")
        };
        match (found.next(), found.next()) {
            (Some((index, section)), None) => {
                self.used[index] = true;
                Ok(section)
            }
            (None, _) => Err(ContentError::new(0, format!("missing section {name}"))),
            (Some(_), Some((_, duplicate))) => Err(duplicate.error("section given twice")),
        }
    }

    /// Refuses the first section that was neither read nor passed over.
    pub fn finish(self) -> Result<(), ContentError> {
        match self.used.iter().position(|used| !used) {
            Some(index) => Err(self.sections[index].error("unknown section")),
            None => Ok(()),
        }
    }
}

/// Splits `text` into sections; any line that is neither a header, an entry, a comment nor blank is an error.
pub fn parse(text: &str) -> Result<Vec<Section<'_>>, ContentError> {
    let mut sections: Vec<Section<'_>> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(header) = trimmed.strip_prefix('[') {
            let header = header
                .strip_suffix(']')
                .ok_or_else(|| ContentError::new(line, "a section header must end with `]`"))?;
            let mut words = header.split_whitespace();
            // `[kind]` alone names a file-wide section, such as a translation's `[ui]`.
            let (Some(kind), id, None) = (words.next(), words.next().unwrap_or(""), words.next())
            else {
                return Err(ContentError::new(line, "a section header is `[kind id]`"));
            };
            if !is_identifier(kind) || !(id.is_empty() || is_identifier(id)) {
                return Err(ContentError::new(
                    line,
                    "section kinds and ids use lowercase letters, digits and hyphens",
                ));
            }
            sections.push(Section {
                kind,
                id,
                line,
                entries: Vec::new(),
            });
            continue;
        }
        let Some((key, value)) = trimmed.split_once(" = ") else {
            return Err(ContentError::new(line, "expected `key = value`"));
        };
        let section = sections
            .last_mut()
            .ok_or_else(|| ContentError::new(line, "an entry before any section"))?;
        let (key, value) = (key.trim(), value.trim());
        if !is_identifier(&key.replace('_', "-")) {
            return Err(ContentError::new(line, format!("bad key `{key}`")));
        }
        if value.is_empty() {
            return Err(ContentError::new(
                line,
                format!("`{key}` has an empty value"),
            ));
        }
        section.entries.push((key, value, line));
    }
    Ok(sections)
}

fn is_identifier(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sections_entries_and_repeats() {
        let text = "# note\n[item a-1]\ntext = Hello = world\noption = x\noption = y\n\n[dimension d]\nname = D\n";
        let sections = parse(text).unwrap();
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].kind, "item");
        assert_eq!(sections[0].id, "a-1");
        assert_eq!(sections[0].get("text").unwrap(), "Hello = world");
        assert_eq!(sections[0].all("option"), vec![("x", 4), ("y", 5)]);
        assert!(
            sections[0].get("option").is_err(),
            "a repeated key is not a single value"
        );
        assert_eq!(sections[1].line, 7);
        assert!(sections[1]
            .get("missing")
            .unwrap_err()
            .message
            .contains("missing key"));
    }

    #[test]
    fn a_header_of_one_word_has_an_empty_id() {
        let sections = parse("[ui]\nnext = Next\n").unwrap();
        assert_eq!((sections[0].kind, sections[0].id), ("ui", ""));
    }

    #[test]
    fn rejects_malformed_lines_with_their_line_number() {
        assert_eq!(parse("[item a b]\n").unwrap_err().line, 1);
        assert_eq!(parse("[item a]\nno equals here\n").unwrap_err().line, 2);
        assert_eq!(parse("key = value\n").unwrap_err().line, 1);
        assert_eq!(parse("[Item A]\n").unwrap_err().line, 1);
        assert_eq!(parse("[item a]\ntext =  \n").unwrap_err().line, 2);
    }
}

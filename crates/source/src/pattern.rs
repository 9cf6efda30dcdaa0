//! A Fluent pattern as the app's text: text, variables (`{ $n }`, written `{n}` for
//! [`radar_core::text::fill`]) and selects on a number by its plural form, nothing else.
//!
//! A select must be the shape the app evaluates: on a variable, each key a CLDR plural category of
//! the file's language ([`radar_core::plural::categories`]) or a whole number (`[0]`), no key twice,
//! `*[other]` the default, each variant text and variables. It is written
//! `{points -> [one]text[other]text}`: the variants in their order, with no space around a text
//! (Fluent trims them) and no mark on the default, which is always `other`.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use radar_core::locale::Lang;
use radar_core::plural::{self, Category};

/// Why a pattern was refused, and what in the file to point at: the line holding the `nth`
/// (from 0) occurrence of `at` after the text's first line, when it is on a later line.
#[derive(Debug)]
pub(crate) struct Refusal {
    pub why: String,
    pub at: Option<(String, usize)>,
}

impl Refusal {
    fn new(why: impl Into<String>) -> Refusal {
        Refusal {
            why: why.into(),
            at: None,
        }
    }

    fn at(mut self, what: impl Into<String>, nth: usize) -> Refusal {
        self.at = Some((what.into(), nth));
        self
    }
}

/// The app's text of `pattern` in `lang`; a pattern written over several lines is one paragraph.
pub(crate) fn text(pattern: &Pattern<&str>, lang: Lang) -> Result<String, Refusal> {
    let mut out = String::new();
    let mut selects = 0;
    for element in &pattern.elements {
        match element {
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err(Refusal::new(
                        "a select chooses by a variable's number, such as `{ $n -> … }`",
                    )
                    .at("->", selects));
                };
                out.push('{');
                out.push_str(id.name);
                out.push_str(" -> ");
                let mut keys: Vec<String> = Vec::new();
                for variant in variants {
                    let key = key(&variant.key, lang)?;
                    let written = format!("[{key}]");
                    if keys.contains(&key) {
                        return Err(
                            Refusal::new(format!("variant `{written}` given twice")).at(written, 1)
                        );
                    }
                    if variant.default && key != Category::Other.id() {
                        return Err(Refusal::new(format!(
                            "the default variant is `*[other]`, not `*{written}`"
                        ))
                        .at(format!("*{written}"), 0));
                    }
                    let value = plain(&variant.value).map_err(|r| r.at(written.clone(), 0))?;
                    if value.contains(['[', ']']) {
                        return Err(Refusal::new(format!(
                            "the text of `{written}` holds `[` or `]`, which mark the variants"
                        ))
                        .at(written, 0));
                    }
                    out.push_str(&written);
                    out.push_str(&value);
                    keys.push(key);
                }
                out.push('}');
                selects += 1;
            }
            element => plain_element(element, &mut out)?,
        }
    }
    Ok(paragraph(&out))
}

/// A variant's key as the app writes it: a plural category `lang` has, or a whole number.
fn key(key: &VariantKey<&str>, lang: Lang) -> Result<String, Refusal> {
    let categories = plural::categories(lang);
    match key {
        VariantKey::Identifier { name } => match Category::from_id(name) {
            Some(category) if categories.contains(&category) => Ok(category.id().to_owned()),
            _ => {
                let names: Vec<&str> = categories.iter().map(|c| c.id()).collect();
                Err(Refusal::new(format!(
                    "`[{name}]` is not a plural category of {} ({}) nor a whole number",
                    lang.code(),
                    names.join(", ")
                ))
                .at(format!("[{name}]"), 0))
            }
        },
        VariantKey::NumberLiteral { value } if value.bytes().all(|b| b.is_ascii_digit()) => {
            Ok((*value).to_owned())
        }
        VariantKey::NumberLiteral { value } => Err(Refusal::new(format!(
            "`[{value}]`: an exact number is a whole number such as `[0]`"
        ))
        .at(format!("[{value}]"), 0)),
    }
}

/// A pattern of text and variables only (a variant's), as one paragraph.
fn plain(pattern: &Pattern<&str>) -> Result<String, Refusal> {
    let mut out = String::new();
    for element in &pattern.elements {
        plain_element(element, &mut out)?;
    }
    Ok(paragraph(&out))
}

/// Text as it is, a variable as `{name}`; anything else is refused.
fn plain_element(element: &PatternElement<&str>, out: &mut String) -> Result<(), Refusal> {
    match element {
        PatternElement::TextElement { value } => out.push_str(value),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::VariableReference { id }),
        } => {
            out.push('{');
            out.push_str(id.name);
            out.push('}');
        }
        PatternElement::Placeable { .. } => {
            return Err(Refusal::new(
                "only text, variables such as `{ $n }` and a select on a number's plural form are supported",
            ))
        }
    }
    Ok(())
}

/// A text written over several lines as one paragraph: its line breaks become spaces, as a
/// browser would show them.
fn paragraph(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    lines.join(" ").trim().to_owned()
}

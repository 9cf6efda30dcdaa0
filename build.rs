//! Build script: parses and validates `content/*.ini` with the core's own parsers and emits them as
//! Rust static data, so invalid content fails the build and the app ships no parser.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "src/core/bank.rs"]
mod bank;
#[path = "src/core/ini.rs"]
mod ini;
#[path = "src/core/interpretation.rs"]
mod interpretation;
#[path = "src/core/responses.rs"]
mod responses;
#[path = "src/core/scoring.rs"]
mod scoring;
#[path = "src/core/text.rs"]
mod text;

use bank::{Bank, Dimension, Hat, Item, Keying, Pole, Scenario, ScenarioOption};
use interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};

/// Writes a value as a Rust expression.
trait Lit {
    fn lit(&self) -> String;
}

impl Lit for &str {
    fn lit(&self) -> String {
        // Debug formatting of a str is a valid Rust string literal.
        format!("{self:?}")
    }
}

macro_rules! lit_display {
    ($($t:ty),*) => { $(impl Lit for $t { fn lit(&self) -> String { self.to_string() } })* };
}
lit_display!(bool, usize, u8, i8);

impl<T: Lit> Lit for Option<T> {
    fn lit(&self) -> String {
        self.as_ref()
            .map_or("None".to_string(), |v| format!("Some({})", v.lit()))
    }
}

impl<A: Lit, B: Lit> Lit for (A, B) {
    fn lit(&self) -> String {
        format!("({}, {})", self.0.lit(), self.1.lit())
    }
}

impl<T: Lit> Lit for &[T] {
    fn lit(&self) -> String {
        let items: Vec<String> = self.iter().map(Lit::lit).collect();
        format!("&[{}]", items.join(",\n"))
    }
}

impl<T: Lit, const N: usize> Lit for [T; N] {
    fn lit(&self) -> String {
        let items: Vec<String> = self.iter().map(Lit::lit).collect();
        format!("[{}]", items.join(", "))
    }
}

macro_rules! lit_enum {
    ($t:ident: $($v:ident),*) => {
        impl Lit for $t {
            fn lit(&self) -> String {
                match self { $($t::$v => concat!(stringify!($t), "::", stringify!($v)).to_string(),)* }
            }
        }
    };
}
lit_enum!(Pole: Lead, Manage);
lit_enum!(Keying: Positive, Reverse);
lit_enum!(Hat: Lead, Manage, Avoid);

macro_rules! lit_struct {
    ($t:ident { $($f:ident),* }) => {
        impl Lit for $t {
            fn lit(&self) -> String {
                let mut out = format!("{} {{ ", stringify!($t));
                $( let _ = write!(out, "{}: {}, ", stringify!($f), self.$f.lit()); )*
                out.push('}');
                out
            }
        }
    };
}
lit_struct!(Dimension {
    id,
    name,
    lead,
    manage,
    lead_about,
    manage_about,
    source
});
lit_struct!(Item {
    id,
    dimension,
    pole,
    keying,
    short,
    no_opportunity,
    text,
    source
});
lit_struct!(ScenarioOption { hat, key, text });
lit_struct!(Scenario {
    id,
    title,
    prompt,
    hat,
    stage,
    options,
    source
});
lit_struct!(Bank {
    dimensions,
    items,
    scenarios
});
lit_struct!(ArchetypeText {
    name,
    when,
    summary,
    next,
    source
});
lit_struct!(ActionText {
    suggests,
    action,
    source
});
lit_struct!(AgilityText {
    high,
    middle,
    low,
    switched,
    skipped,
    source
});
lit_struct!(Interpretation {
    archetypes,
    actions,
    agility
});

fn read(name: &str) -> String {
    println!("cargo::rerun-if-changed=content/{name}");
    std::fs::read_to_string(format!("content/{name}"))
        .unwrap_or_else(|e| panic!("content/{name}: {e}"))
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/core");
    let bank = Bank::parse(&read("bank.ini")).unwrap_or_else(|e| panic!("content/bank.ini: {e}"));
    let texts = Interpretation::parse(&read("interpretation.ini"), &bank)
        .unwrap_or_else(|e| panic!("content/interpretation.ini: {e}"));
    let ui_source = read("ui.ini");
    // Validates the UI strings (every key present, none unknown); the literal is written below.
    if let Err(e) = text::UiText::parse(&ui_source) {
        panic!("content/ui.ini: {e}");
    }
    let sections = ini::parse(&ui_source).unwrap_or_else(|e| panic!("content/ui.ini: {e}"));
    let mut ui_lit = String::from("UiText { ");
    for key in text::UiText::KEYS {
        let value = sections[0]
            .get(key)
            .unwrap_or_else(|e| panic!("content/ui.ini: {e}"));
        let _ = write!(ui_lit, "{key}: {}, ", value.lit());
    }
    ui_lit.push('}');

    let generated = format!(
        "/// The question bank.\npub static BANK: Bank = {};\n\n/// The interpretation texts.\npub static INTERPRETATION: Interpretation = {};\n\n/// The interface strings.\npub static UI: UiText = {};\n",
        bank.lit(),
        texts.lit(),
        ui_lit
    );
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(out, generated).expect("write generated content");
}

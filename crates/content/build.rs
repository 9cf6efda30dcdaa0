//! Build script: reads and checks the content sources (`data/bank.toml`, `data/interpretation.toml`,
//! `data/locales/en.ftl`) with `radar-source` and emits them as Rust static data, so invalid content
//! fails the build with its file and line, and the app ships no parser.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use radar_core::bank::{Bank, Dimension, Hat, Item, Keying, Pole, Scenario, ScenarioOption};
use radar_core::citation::Reference;
use radar_core::interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};

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
    observer,
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
lit_struct!(Reference { id, cite, entry });
lit_struct!(Interpretation {
    archetypes,
    actions,
    agility,
    references,
    debriefs
});

/// The bank with the texts the browser never shows left empty.
fn without_undisplayed_text(bank: Bank) -> Bank {
    let mut dimensions = bank.dimensions.to_vec();
    for d in &mut dimensions {
        d.source = "";
        d.lead_about = "";
        d.manage_about = "";
    }
    let mut items = bank.items.to_vec();
    for item in &mut items {
        item.source = "";
        // The observer form's statements live in the report texts (`ENGLISH_REPORT.observer`),
        // which only the full module links.
        item.observer = "";
    }
    // The scenarios keep their sources: the full module's debrief cites them.
    Bank {
        dimensions: dimensions.leak(),
        items: items.leak(),
        scenarios: bank.scenarios,
    }
}

/// The bank of the first-load module, which hands the scenarios over to the full module and never
/// names a dimension: the scenarios keep their structure (hats, keys, stages), not their texts.
fn without_later_text(bank: Bank) -> Bank {
    let mut dimensions = bank.dimensions.to_vec();
    for d in &mut dimensions {
        (d.name, d.lead, d.manage) = ("", "", "");
    }
    let mut scenarios = bank.scenarios.to_vec();
    for scenario in &mut scenarios {
        (scenario.title, scenario.prompt, scenario.source) = ("", "", "");
        let mut options = scenario.options.to_vec();
        for option in &mut options {
            option.text = "";
        }
        scenario.options = options.leak();
    }
    Bank {
        dimensions: dimensions.leak(),
        items: bank.items,
        scenarios: scenarios.leak(),
    }
}

/// Writes the texts of a strings struct as a literal: its `from_array` of the values in
/// declaration order.
fn strings_literal(name: &str, entries: Vec<(&str, &str)>) -> String {
    let mut out = format!("{name}::from_array([");
    for (_, value) in entries {
        let _ = write!(out, "{}, ", value.lit());
    }
    out.push_str("])");
    out
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    for file in [
        radar_source::BANK_FILE,
        radar_source::INTERPRETATION_FILE,
        radar_source::REFERENCES_FILE,
        &radar_source::locale_file(radar_core::locale::Lang::En),
    ] {
        println!("cargo::rerun-if-changed=data/{file}");
    }
    let english = radar_source::EnglishSources::read(Path::new("data"))
        .and_then(radar_source::english)
        .unwrap_or_else(|e| panic!("crates/content/data/{e}"));
    let (bank, texts) = (english.bank, english.interpretation);
    // The browser never shows item or dimension sources or the pole descriptions, so the
    // wasm ships without them; native builds (the tests) keep them, and the content files hold them.
    // The observer statements, in bank order, go with the report texts: only the full module
    // refers to them, so the linker leaves them out of the first load.
    let observer: Vec<String> = bank.items.iter().map(|i| i.observer.lit()).collect();
    let bank = if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        without_undisplayed_text(bank)
    } else {
        bank
    };
    let bank = if std::env::var_os("CARGO_FEATURE_FIRST_LOAD").is_some() {
        without_later_text(bank)
    } else {
        bank
    };
    let ui_lit = strings_literal("UiText", english.ui.entries());
    let screen_lit = strings_literal("ScreenText", english.screens.entries());
    let report_lit = strings_literal("ReportText", english.report.entries());

    let generated = format!(
        "/// The question bank.\nstatic BANK: Bank = {};\n\n/// The first screens' strings.\nstatic UI: UiText = {};\n\n/// The English report texts: the results document's strings, the later screens' strings, the interpretation texts and the observer statements in bank order.\npub static ENGLISH_REPORT: ReportTexts = ReportTexts {{ report: {}, screens: {}, interpretation: {}, observer: &[{}] }};\n",
        bank.lit(),
        ui_lit,
        report_lit,
        screen_lit,
        texts.lit(),
        observer.join(", "),
    );
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(out, generated).expect("write generated content");
}

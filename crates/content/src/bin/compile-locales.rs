//! Build tool: reads each translation (`data/locales/<lang>.ftl`) with `radar-source`, which checks
//! it against the English structure, and writes its compact form (`<out>/<lang>.txt`), which the
//! browser fetches. A broken translation fails the build with its file and line.
//!
//! `cargo run -p radar-content --features sources --bin compile-locales -- <data> <out dir>`
//! (scripts/postbuild.sh).

use std::{env, fs, path::PathBuf, process::exit};

use radar_content::{compact, english_texts};
use radar_core::locale::Lang;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [data, out] = args.as_slice() else {
        eprintln!("usage: compile-locales <data folder> <out dir>");
        exit(2);
    };
    let fail = |why: String| -> ! {
        eprintln!("compile-locales: {why}");
        exit(1);
    };
    let (data, out) = (PathBuf::from(data), PathBuf::from(out));
    fs::create_dir_all(&out).unwrap_or_else(|e| fail(format!("{}: {e}", out.display())));
    let english = english_texts();
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        let file = radar_source::locale_file(lang);
        let text = radar_source::read_file(&data, &file).unwrap_or_else(|e| fail(e.to_string()));
        let locale = radar_source::translation(lang, &text, &english)
            .unwrap_or_else(|e| fail(e.to_string()));
        let compact = compact::write(&locale)
            .unwrap_or_else(|| fail(format!("{file}: a text holds a line break")));
        let target = out.join(format!("{}.txt", lang.code()));
        fs::write(&target, compact).unwrap_or_else(|e| fail(format!("{}: {e}", target.display())));
    }
}

//! Build tool: reads each `data/locales/<lang>.ini` with the strict INI reader and writes its
//! compact form (`<out>/<lang>.txt`), which the browser fetches. A broken translation fails the build.
//!
//! `cargo run -p radar-content --bin compile-locales -- <data/locales> <out dir>` (scripts/postbuild.sh).

use std::{env, fs, path::PathBuf, process::exit};

use radar_content::{compact, english_texts};
use radar_core::locale::{Lang, Locale};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [source, out] = args.as_slice() else {
        eprintln!("usage: compile-locales <data/locales> <out dir>");
        exit(2);
    };
    let fail = |why: String| -> ! {
        eprintln!("compile-locales: {why}");
        exit(1);
    };
    let out = PathBuf::from(out);
    fs::create_dir_all(&out).unwrap_or_else(|e| fail(format!("{}: {e}", out.display())));
    let english = english_texts();
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        let path = PathBuf::from(source).join(format!("{}.ini", lang.code()));
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
        let locale = Locale::parse(lang, &text, &english)
            .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
        let compact = compact::write(&locale)
            .unwrap_or_else(|| fail(format!("{}: a text holds a line break", path.display())));
        let target = out.join(format!("{}.txt", lang.code()));
        fs::write(&target, compact).unwrap_or_else(|e| fail(format!("{}: {e}", target.display())));
    }
}

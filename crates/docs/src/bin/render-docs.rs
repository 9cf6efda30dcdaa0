//! `render-docs <docs dir> <styles/docs.css> <site dir>`: writes each shipped document's page and
//! their stylesheet into the site's folder for them (`docs/`, as the results link to it;
//! scripts/postbuild.sh gives it the build's staging folder).

use std::fs;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [docs, stylesheet, out] = args.as_slice() else {
        eprintln!("usage: render-docs <docs dir> <stylesheet> <site dir>");
        return ExitCode::FAILURE;
    };
    match run(Path::new(docs), Path::new(stylesheet), Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("render-docs: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(docs: &Path, stylesheet: &Path, site: &Path) -> Result<(), String> {
    let out = site.join(radar_core::report::docs::DIR);
    let out = out.as_path();
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for doc in radar_docs::DOCS {
        let source = docs.join(doc.source);
        let markdown =
            fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
        let page = out.join(doc.page);
        fs::write(&page, radar_docs::page(&markdown))
            .map_err(|e| format!("{}: {e}", page.display()))?;
    }
    let css = out.join(radar_docs::STYLESHEET);
    fs::copy(stylesheet, &css).map_err(|e| format!("{}: {e}", stylesheet.display()))?;
    Ok(())
}

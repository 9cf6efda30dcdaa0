//! The full module: a second wasm, loaded on demand. It runs the whole app: every screen after the
//! statements (the first-load module hands its session over), pages the first-load module does not
//! serve (frames, LMS launches, links to results, the team view, rater forms), the results
//! document, and, when the page is embedded or launched by an LMS, the host bridge and the SCORM
//! runtime (`effects::host`, `effects::lms`). None of it is in the first load.
//!
//! Its screens call the core directly; boot.js calls only what it needs to hand the page over:
//! [`useLocale`](exports::use_locale), [`mountApp`](exports::mount_app) and
//! [`startBridge`](exports::start_bridge).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Puts the app in the language `code` before it mounts, from its translation file's `text`
    /// (empty for English), so its first screen needs no download. A translation that does not read
    /// leaves English on, with a console error.
    #[wasm_bindgen(js_name = useLocale)]
    pub fn use_locale(code: &str, text: &str) {
        use leadership_radar::texts;
        use radar_core::locale::Lang;
        let loaded = match Lang::from_tag(code) {
            Some(Lang::En) => Ok(&radar_content::ENGLISH),
            Some(lang) => texts::load(lang, text).map_err(|e| e.to_string()),
            None => Err(format!("unknown language {code}")),
        };
        match loaded {
            Ok(locale) => texts::activate(locale),
            Err(why) => {
                texts::activate(&radar_content::ENGLISH);
                web_sys::console::error_1(
                    &format!("Leadership Radar: translation {code}: {why}").into(),
                );
            }
        }
    }

    /// Mounts the whole app into `#app`: on a page the first-load module does not serve (a frame,
    /// an LMS, a link to results, the team view or a rater form), or, with the first-load module's
    /// `record`, `lang`, `notice` and `focus` (an `Arrival` id), continuing its session once it has
    /// left the page.
    #[wasm_bindgen(js_name = mountApp)]
    pub fn mount_app(record: Option<String>, lang: &str, notice: &str, focus: &str) {
        use leadership_radar::app::{self, Handed};
        leadership_radar::effects::panic::install();
        let handed = record.and_then(|record| {
            let handed = Handed::parse(radar_content::bank(), &record, lang, notice, focus);
            if handed.is_none() {
                web_sys::console::warn_1(&"Leadership Radar could not read the session handed over; it starts from what this browser kept.".into());
            }
            handed
        });
        app::mount(handed);
    }

    /// Starts the host bridge and the LMS runtime for a page with this query string.
    #[wasm_bindgen(js_name = startBridge)]
    pub fn start_bridge(query: &str) {
        leadership_radar::effects::host::start(query);
    }
}

// SAFETY: as in src/main.rs, talc's documented set-up for a single-threaded wasm module.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {}

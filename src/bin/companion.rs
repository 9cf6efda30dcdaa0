//! The full module: a second wasm, loaded on demand. It runs the whole app: every screen after the
//! statements (the first-load module hands its session over), pages the first-load module does not
//! serve (frames, LMS launches, links to results, the team view, rater forms), the results
//! document, and, when the page is embedded or launched by an LMS, the host bridge and the SCORM
//! runtime (see `src/companion.rs`). None of it is in the first load.

#[cfg(feature = "first-load")]
compile_error!("the full module shows every text: build it without the `first-load` feature");

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Writes every later document in the language `code`, from its translation file's `text`
    /// (empty for English). A translation that does not read leaves English on, with a console error.
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

    /// Renders the results document (HTML) of a saved record; an unreadable record is an error.
    #[wasm_bindgen(js_name = renderReport)]
    pub fn render_report(record: &str) -> Result<String, JsValue> {
        radar_core::report::document_for_record(&leadership_radar::texts::all(), record)
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// Renders the results document of a shared result code; a refused code is an error whose
    /// text says what is wrong.
    #[wasm_bindgen(js_name = renderShared)]
    pub fn render_shared(code: &str) -> Result<String, JsValue> {
        radar_core::report::document_for_code(&leadership_radar::texts::all(), code)
            .map_err(|e| JsValue::from_str(&e))
    }

    /// The result code of a saved record with finished results (for a result link).
    #[wasm_bindgen(js_name = resultCode)]
    pub fn result_code(record: &str) -> Option<String> {
        radar_core::report::code_for_record(radar_content::bank(), record)
    }

    /// Downloads an export of a saved record with finished results: `svg`, `png`, `json` or `csv`.
    #[wasm_bindgen(js_name = download)]
    pub async fn download(kind: String, record: String) -> Result<(), JsValue> {
        leadership_radar::companion::export::download(&kind, &record).await
    }

    /// Renders the team view of every result code found in `text` (pasted codes, links, JSON files).
    #[wasm_bindgen(js_name = renderTeam)]
    pub fn render_team(text: &str) -> String {
        let texts = leadership_radar::texts::all();
        radar_core::team::Team::from_text(texts.bank, text).document(&texts)
    }

    /// Downloads the team table of the result codes in `text` as CSV.
    #[wasm_bindgen(js_name = downloadTeam)]
    pub fn download_team(text: &str) -> Result<(), JsValue> {
        leadership_radar::companion::export::download_team_csv(text)
    }

    /// A new rater link's invitation for the finished results in `record`, with the first name the
    /// person typed (or an empty one); a name that is not a first name is refused in words.
    #[wasm_bindgen(js_name = makeInvite)]
    pub fn make_invite(record: &str, name: &str) -> Result<String, JsValue> {
        leadership_radar::companion::raters::make_invite(record, name)
            .map_err(|e| JsValue::from_str(&e))
    }

    /// What a rater link holds: `[name, form, statement, statement, ...]` (the observer form).
    #[wasm_bindgen(js_name = inviteDetails)]
    pub fn invite_details(invite: &str) -> Result<js_sys::Array, JsValue> {
        leadership_radar::companion::raters::invite_details(invite)
            .map_err(|e| JsValue::from_str(&e))
    }

    /// A colleague's rater code: `answers` holds one of `1`-`5` or `n` per statement of the form.
    #[wasm_bindgen(js_name = raterCode)]
    pub fn rater_code(invite: &str, answers: &str) -> Result<String, JsValue> {
        leadership_radar::companion::raters::rater_code(invite, answers)
            .map_err(|e| JsValue::from_str(&e))
    }

    /// The person's own results next to the rater codes in `codes`.
    #[wasm_bindgen(js_name = renderComparison)]
    pub fn render_comparison(record: &str, invite: &str, codes: &str) -> Result<String, JsValue> {
        leadership_radar::companion::raters::comparison(record, invite, codes)
            .map_err(|e| JsValue::from_str(&e))
    }

    /// Mounts the whole app into `#app`: on a page the first-load module does not serve (a frame,
    /// an LMS, a link to results, the team view or a rater form), or, with the first-load module's
    /// `record`, `lang`, `notice` and `focus` (an `Arrival` id), continuing its session once it has
    /// left the page.
    #[wasm_bindgen(js_name = mountApp)]
    pub fn mount_app(record: Option<String>, lang: &str, notice: &str, focus: &str) {
        use leadership_radar::app::{self, Handed, Whole};
        leadership_radar::effects::panic::install();
        let handed = record.and_then(|record| {
            let handed = Handed::parse(radar_content::bank(), &record, lang, notice, focus);
            if handed.is_none() {
                web_sys::console::warn_1(&"Leadership Radar could not read the session handed over; it starts from what this browser kept.".into());
            }
            handed
        });
        app::mount::<Whole>(handed);
    }

    /// Starts the host bridge and the LMS runtime for a page with this query string.
    #[wasm_bindgen(js_name = startBridge)]
    pub fn start_bridge(query: &str) {
        leadership_radar::companion::start(query);
    }
}

// SAFETY: as in src/main.rs, talc's documented set-up for a single-threaded wasm module.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {}

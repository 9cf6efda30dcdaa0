//! The companion module: a second wasm, loaded on demand. It renders the results document and
//! the screens the app shows now and then (results, shared results, team view, rater form), and,
//! when the page is embedded or launched by an LMS, runs the host bridge and the SCORM runtime
//! (see `src/companion.rs`). All of it stays out of the app's first load.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Writes every later document in the language `code`, from its translation file's `text`
    /// (empty for English). A translation that does not read leaves English on, with a console error.
    #[wasm_bindgen(js_name = useLocale)]
    pub fn use_locale(code: &str, text: &str) {
        use leadership_radar::core::locale::{self, Lang};
        let loaded = match Lang::from_tag(code) {
            Some(Lang::En) => Ok(locale::english()),
            Some(lang) => locale::load(lang, text).map_err(|e| e.to_string()),
            None => Err(format!("unknown language {code}")),
        };
        match loaded {
            Ok(locale) => locale::activate(locale),
            Err(why) => {
                locale::activate(locale::english());
                web_sys::console::error_1(
                    &format!("Leadership Radar: translation {code}: {why}").into(),
                );
            }
        }
    }

    /// Renders the results document (HTML) of a saved record; an unreadable record is an error.
    #[wasm_bindgen(js_name = renderReport)]
    pub fn render_report(record: &str) -> Result<String, JsValue> {
        leadership_radar::core::report::document_for_record(record)
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// Renders the results document of a shared result code; a refused code is an error whose
    /// text says what is wrong.
    #[wasm_bindgen(js_name = renderShared)]
    pub fn render_shared(code: &str) -> Result<String, JsValue> {
        leadership_radar::core::report::document_for_code(code).map_err(|e| JsValue::from_str(&e))
    }

    /// The result code of a saved record with finished results (for a result link).
    #[wasm_bindgen(js_name = resultCode)]
    pub fn result_code(record: &str) -> Option<String> {
        leadership_radar::core::report::code_for_record(record)
    }

    /// Downloads an export of a saved record with finished results: `svg`, `png`, `json` or `csv`.
    #[wasm_bindgen(js_name = download)]
    pub async fn download(kind: String, record: String) -> Result<(), JsValue> {
        leadership_radar::companion::export::download(&kind, &record).await
    }

    /// Renders the team view of every result code found in `text` (pasted codes, links, JSON files).
    #[wasm_bindgen(js_name = renderTeam)]
    pub fn render_team(text: &str) -> String {
        let bank = leadership_radar::core::bank::Bank::current();
        leadership_radar::core::team::Team::from_text(bank, text).document(bank)
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

    /// A screen the companion renders into the app's page (see `mountScreen`).
    #[wasm_bindgen]
    pub struct MountedScreen(Option<leadership_radar::companion::screens::Mounted>);

    #[wasm_bindgen]
    impl MountedScreen {
        /// Renders the screen again in the language the companion now writes in.
        pub fn relocale(&mut self) {
            if let Some(mounted) = &mut self.0 {
                mounted.relocale();
            }
        }

        /// Takes the screen out of the page; later calls do nothing.
        pub fn unmount(&mut self) {
            if let Some(mounted) = self.0.take() {
                mounted.unmount();
            }
        }
    }

    /// Renders the screen `kind` (`results`, `shared`, `team` or `rate`, with its `args`) into
    /// `host`, focusing its start if `autofocus`; `listener` receives the person's requests to the
    /// app (`leave`, `review`, `restart`).
    #[wasm_bindgen(js_name = mountScreen)]
    pub fn mount_screen(
        host: web_sys::Element,
        kind: &str,
        args: js_sys::Array,
        autofocus: bool,
        listener: js_sys::Function,
    ) -> Result<MountedScreen, JsValue> {
        use leadership_radar::companion::screens::{self, Screen};
        use leadership_radar::effects::screens::Request;
        leadership_radar::effects::panic::install();
        let args: Vec<String> = args.iter().filter_map(|a| a.as_string()).collect();
        let screen = Screen::from_request(kind, &args).map_err(|e| JsValue::from_str(&e))?;
        let notify = move |request: Request| {
            let _ = listener.call1(&JsValue::NULL, &JsValue::from_str(request.name()));
        };
        Ok(MountedScreen(Some(screens::mount(
            host, screen, autofocus, notify,
        ))))
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

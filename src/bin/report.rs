//! The report module: a small wasm with no Yew that renders the results document from a saved
//! record. The app loads it on demand, so results code and texts stay out of the first load.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Renders the results document (HTML) of a saved record; an unreadable record is an error.
    #[wasm_bindgen(js_name = renderReport)]
    pub fn render_report(record: &str) -> Result<String, JsValue> {
        leadership_radar::core::report::document_for_record(record)
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }
}

fn main() {}

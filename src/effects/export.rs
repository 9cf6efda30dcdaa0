//! Downloads of the results: the files `core::export` writes, and the PNG drawn from the SVG on a
//! canvas. A data: URL carries the SVG into the image, which a strict CSP allows (img-src data:).

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

use crate::texts;
use radar_core::calendar::{self, Date, Reminder, Stamp};
use radar_core::export::{file_name, Finished};
use radar_core::flow::Session;
use radar_core::priorities::Chosen;

/// The PNG's size: the SVG's own width and height.
const PNG_SIZE: (u32, u32) = radar_core::report::radar::FILE_SIZE;

fn error(message: &str) -> JsValue {
    JsValue::from_str(message)
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
fn today() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
        .get(..10)
        .unwrap_or_default()
        .to_string()
}

/// A file the results can be downloaded as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The radar as SVG.
    Svg,
    /// The radar as PNG, drawn from the SVG.
    Png,
    /// The whole result as JSON (schema version 1).
    Json,
    /// The scores as CSV.
    Csv,
}

/// Downloads one export of a finished session, with the actions the person chose from their plan.
pub async fn download(export: Export, session: &Session, chosen: &Chosen) -> Result<(), JsValue> {
    let finished = Finished::new(texts::all(), session)
        .ok_or_else(|| error("results are not finished"))?
        .with_chosen(chosen.clone());
    let date = today();
    let (blob, extension) = match export {
        Export::Svg => (text_blob(&finished.svg(), "image/svg+xml")?, "svg"),
        Export::Json => (text_blob(&finished.json(), "application/json")?, "json"),
        // A byte-order mark, so spreadsheet programs read the names as UTF-8.
        Export::Csv => (
            text_blob(
                &format!("\u{feff}{}", finished.csv()),
                "text/csv;charset=utf-8",
            )?,
            "csv",
        ),
        Export::Png => (png(&finished.svg()).await?, "png"),
    };
    save(&blob, &file_name("leadership-radar", &date, extension))
}

/// Downloads the team table of the result codes in `text` as CSV.
pub fn download_team_csv(text: &str) -> Result<(), JsValue> {
    let texts = texts::all();
    let csv = radar_core::team::Team::from_text(texts.bank, text).csv(&texts);
    let blob = text_blob(&format!("\u{feff}{csv}"), "text/csv;charset=utf-8")?;
    save(&blob, &file_name("leadership-radar-team", &today(), "csv"))
}

/// Downloads the check-in reminder (`.ics`) for `date`, made at `made`, whose link is `link`.
pub fn download_reminder(date: Date, made: Stamp, link: &str) -> Result<(), JsValue> {
    let report = texts::all().report;
    let file = calendar::ics(&Reminder {
        date,
        made,
        summary: report.reminder_summary(),
        description: report.reminder_description(),
        link,
    })
    .map_err(|e| error(&format!("{e:?}")))?;
    let blob = text_blob(&file, "text/calendar;charset=utf-8")?;
    save(
        &blob,
        &file_name("leadership-radar-check-in", &date.iso(), "ics"),
    )
}

fn text_blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options)
}

/// Draws the SVG on a canvas and encodes it as PNG.
async fn png(svg: &str) -> Result<Blob, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| error("no document"))?;
    let image = HtmlImageElement::new()?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    let source = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    );
    image.set_src(&source);
    JsFuture::from(loaded).await?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(PNG_SIZE.0);
    canvas.set_height(PNG_SIZE.1);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| error("no 2d canvas"))?
        .dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(PNG_SIZE.0),
        f64::from(PNG_SIZE.1),
    )?;
    let encoded = Promise::new(&mut |resolve, reject| {
        let refuse = reject.clone();
        let callback = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                refuse.call1(&JsValue::NULL, &error("the canvas could not be encoded"))
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if let Err(e) = canvas.to_blob_with_type(callback.unchecked_ref(), "image/png") {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    });
    JsFuture::from(encoded).await?.dyn_into()
}

/// Saves a blob under a file name through a temporary link with `download`.
fn save(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| error("no document"))?;
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or_else(|| error("no body"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // The download has its own copy once it started; the URL can go on the next turn.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000);
    }
    Ok(())
}

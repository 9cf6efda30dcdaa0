//! The facilitator's team view (`#team`): result codes pasted, imported from files or dropped,
//! summarised by the core's team view, kept on this device until forgotten, and printed without
//! a code or a link. Nothing leaves the browser.

use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::components::qr_code::QrCode;
use crate::effects::{dom, export, storage};
use radar_core::export::result_code_of_file;
use radar_core::team::{self, Team, MAX_TEXT};

/// Props of [`TeamView`].
#[derive(Properties, PartialEq, Clone)]
pub struct TeamViewProps {
    /// Leaves the team view for the assessment.
    pub on_leave: Callback<()>,
}

/// The files of a list, taken out of it: clearing the file input empties the list itself.
fn files_of(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The codes every file adds to the paste area, one a line: a results file (the JSON export) its
/// result code, any other file every code found in its first [`MAX_TEXT`] bytes; never the file's
/// text itself. The flag says whether a file was longer and cut (a file that cannot be read adds
/// nothing).
async fn read_files(files: Vec<File>) -> (String, bool) {
    let mut text = String::new();
    let mut cut = false;
    for file in files {
        cut |= file.size() > MAX_TEXT as f64;
        let Ok(head) = file.slice_with_f64_and_f64(0.0, MAX_TEXT as f64) else {
            continue;
        };
        if let Ok(value) = JsFuture::from(head.text()).await {
            let content = value.as_string().unwrap_or_default();
            match result_code_of_file(&content) {
                Some(code) => {
                    text.push('\n');
                    text.push_str(&code);
                }
                None => {
                    for code in team::find_codes(team::capped(&content).0) {
                        text.push('\n');
                        text.push_str(code);
                    }
                }
            }
        }
    }
    (text, cut)
}

/// The paste area, the import, and the team's results.
#[component]
pub fn TeamView(props: &TeamViewProps) -> Html {
    let locale = use_locale();
    let screens = texts::all().screens;
    let codes = use_node_ref();
    let document = use_state(|| None::<AttrValue>);
    let download_failed = use_state(|| false);
    let text_of = |codes: &NodeRef| {
        codes
            .cast::<HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default()
    };
    // The codes shown last, kept on this device (read once; written by the effect below).
    let kept = use_state(storage::team_codes);
    // Whether an imported file was cut, until the codes are forgotten.
    let files_cut = use_mut_ref(|| false);
    let show = {
        let (document, kept, files_cut) = (document.clone(), kept.clone(), files_cut.clone());
        Callback::from(move |text: String| {
            let texts = texts::all();
            let mut team = Team::from_text(texts.bank, &text);
            team.cut |= *files_cut.borrow();
            document.set(Some(team.document(&texts).into()));
            let codes = team::distinct_codes(&text).codes.join("\n");
            kept.set((!codes.is_empty()).then_some(codes));
        })
    };
    {
        // The kept codes follow what is shown: saved, or removed when there are none.
        use_effect_with((*kept).clone(), |codes| {
            storage::set_team_codes(codes.as_deref())
        });
    }
    {
        // Codes kept from an earlier visit are put back and shown.
        let (codes, show, saved) = (codes.clone(), show.clone(), (*kept).clone());
        use_effect_with((), move |_| {
            if let (Some(saved), Some(area)) = (saved, codes.cast::<HtmlTextAreaElement>()) {
                area.set_value(&saved);
                show.emit(saved);
            }
        });
    }
    // Imported or dropped files add their codes to the paste area, so what is shown is always what is there.
    let add_files = {
        let (codes, show, files_cut) = (codes.clone(), show.clone(), files_cut.clone());
        Callback::from(move |files: Vec<File>| {
            let (codes, show, files_cut) = (codes.clone(), show.clone(), files_cut.clone());
            spawn_local(async move {
                let (added, cut) = read_files(files).await;
                if let Some(area) = codes.cast::<HtmlTextAreaElement>() {
                    let text = format!("{}{added}", area.value());
                    let (text, over) = team::capped(text.trim_start());
                    *files_cut.borrow_mut() |= cut || over;
                    area.set_value(text);
                    show.emit(area.value());
                }
            });
        })
    };
    let on_forget = {
        let (codes, document, kept, files_cut) = (
            codes.clone(),
            document.clone(),
            kept.clone(),
            files_cut.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = codes.cast::<HtmlTextAreaElement>() {
                area.set_value("");
            }
            *files_cut.borrow_mut() = false;
            document.set(None);
            kept.set(None);
            dom::focus("#team-codes");
        })
    };
    let on_submit = {
        let (codes, show) = (codes.clone(), show.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            show.emit(text_of(&codes));
        })
    };
    {
        // A team view on screen is written again in a new language.
        let (codes, show, shown) = (codes.clone(), show.clone(), document.is_some());
        let first = use_mut_ref(|| true);
        use_effect_with(locale.lang, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) && shown {
                show.emit(text_of(&codes));
            }
        });
    }
    let on_import = {
        let add_files = add_files.clone();
        Callback::from(move |event: Event| {
            let input = event.target_dyn_into::<HtmlInputElement>();
            if let Some(files) = input.as_ref().and_then(HtmlInputElement::files) {
                add_files.emit(files_of(&files));
            }
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    let on_drop = {
        let add_files = add_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(files) = event.data_transfer().and_then(|d| d.files()) {
                add_files.emit(files_of(&files));
            }
        })
    };
    let on_download = {
        let (codes, download_failed) = (codes.clone(), download_failed.clone());
        Callback::from(move |_: MouseEvent| {
            download_failed.set(export::download_team_csv(&text_of(&codes)).is_err());
        })
    };
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    html! {
        <section class="screen team" aria-labelledby="team-heading">
            <h1 id="team-heading" tabindex="-1" data-autofocus="true">{ screens.team_heading() }</h1>
            <p class="lead">{ screens.team_lead() }</p>
            <section class="card team-room" aria-labelledby="team-room-heading">
                <h2 id="team-room-heading">{ screens.team_room_heading() }</h2>
                <p>{ screens.team_room_lead() }</p>
                <QrCode link={AttrValue::from(dom::address_without_hash())} label={screens.team_room_qr()} />
            </section>
            <form class="team-form" onsubmit={on_submit} novalidate=true>
                <label for="team-codes">{ screens.team_codes_label() }</label>
                <p id="team-codes-hint" class="field-hint">{ screens.team_codes_hint() }</p>
                <textarea id="team-codes" ref={codes} rows="6" spellcheck="false" autocomplete="off"
                    maxlength={MAX_TEXT.to_string()}
                    aria-describedby="team-codes-hint" ondragover={on_drag_over} ondrop={on_drop} />
                <div class="team-form-actions">
                    <button type="submit" class="button button-primary">{ screens.team_show() }</button>
                    <label class="button button-secondary team-import">
                        { screens.team_import() }
                        <input type="file" class="visually-hidden" multiple=true
                            accept=".json,.txt,.csv,application/json,text/plain,text/csv" onchange={on_import} />
                    </label>
                    if kept.is_some() {
                        <button type="button" class="button button-secondary team-forget" onclick={on_forget}>{ screens.team_forget() }</button>
                    }
                </div>
                if kept.is_some() {
                    <p class="field-hint team-kept">{ screens.team_kept() }</p>
                }
            </form>
            { match &*document {
                None => html! {},
                Some(html) => html! {
                    <div class="team-results">
                        { Html::from_html_unchecked(html.clone()) }
                        <div class="results-actions">
                            <button type="button" class="button button-primary" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ screens.team_print() }</button>
                            <button type="button" class="button button-secondary" onclick={on_download}>{ screens.team_download() }</button>
                        </div>
                        <p class="field-error" role="alert">{ if *download_failed { screens.download_failed() } else { "" } }</p>
                    </div>
                },
            } }
            <p><button type="button" class="button button-quiet" onclick={leave}>{ screens.team_leave() }</button></p>
        </section>
    }
}

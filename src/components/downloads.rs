//! The results' downloads: the radar as SVG and PNG, the results as JSON, the scores as CSV.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::effects::report;

/// Props of [`Downloads`].
#[derive(Properties, PartialEq, Clone)]
pub struct DownloadsProps {
    /// The saved record of the finished session.
    pub record: AttrValue,
}

/// A labelled group of download buttons; a failure is said in words.
#[component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    // Subscribes to the language, so a switch renders the texts again.
    use_locale();
    let screens = texts::all().screens;
    let failed = use_state(|| false);
    let button = |kind: &'static str, label: &'static str| {
        let (failed, record) = (failed.clone(), props.record.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let (failed, record) = (failed.clone(), record.clone());
            spawn_local(async move {
                failed.set(!report::download(kind, &record).await);
            });
        });
        html! { <button type="button" class="button button-quiet" {onclick}>{ label }</button> }
    };
    html! {
        <div class="downloads" role="group" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading" class="downloads-heading">{ screens.downloads_heading() }</h2>
            { button("svg", screens.download_svg()) }
            { button("png", screens.download_png()) }
            { button("json", screens.download_json()) }
            { button("csv", screens.download_csv()) }
            <p class="field-error" role="alert">{ if *failed { screens.download_failed() } else { "" } }</p>
        </div>
    }
}

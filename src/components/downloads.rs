//! The results' downloads: the radar as SVG and PNG, the results as JSON, the scores as CSV.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::effects::export::{self, Export};
use radar_core::flow::Session;
use radar_core::priorities::Chosen;

/// Props of [`Downloads`].
#[derive(Properties, PartialEq, Clone)]
pub struct DownloadsProps {
    /// The finished session.
    pub session: Session,
    /// The actions the person chose from their plan, for the JSON.
    pub chosen: Chosen,
}

/// A labelled group of download buttons; a failure is said in words.
#[component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    // Subscribes to the language, so a switch renders the texts again.
    use_locale();
    let screens = texts::all().screens;
    let failed = use_state(|| false);
    let button = |kind: Export, label: &'static str| {
        let (failed, session, chosen) =
            (failed.clone(), props.session.clone(), props.chosen.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let (failed, session, chosen) = (failed.clone(), session.clone(), chosen.clone());
            spawn_local(async move {
                failed.set(export::download(kind, &session, &chosen).await.is_err());
            });
        });
        html! { <button type="button" class="button button-quiet" {onclick}>{ label }</button> }
    };
    html! {
        <div class="downloads" role="group" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading" class="downloads-heading">{ screens.downloads_heading() }</h2>
            { button(Export::Svg, screens.download_svg()) }
            { button(Export::Png, screens.download_png()) }
            { button(Export::Json, screens.download_json()) }
            { button(Export::Csv, screens.download_csv()) }
            <p class="field-error" role="alert">{ if *failed { screens.download_failed() } else { "" } }</p>
        </div>
    }
}

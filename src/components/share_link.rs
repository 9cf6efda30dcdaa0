//! "Copy result link" on the results: the results as a code in a link's fragment, which never
//! reaches any server.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::effects::{clipboard, dom};
use radar_core::flow::Session;
use radar_core::result_code;

/// Props of [`ShareLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareLinkProps {
    /// The finished session.
    pub session: Session,
}

/// What happened to the link.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shared {
    Not,
    /// Copied to the clipboard.
    Copied,
    /// The clipboard refused: the link is shown to copy by hand.
    Shown(AttrValue),
}

/// The button, and what it did.
#[component]
pub fn ShareLink(props: &ShareLinkProps) -> Html {
    // Subscribes to the language, so a switch renders the texts again.
    use_locale();
    let screens = texts::all().screens;
    let shared = use_state(|| Shared::Not);
    let onclick = {
        let (shared, session) = (shared.clone(), props.session.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(code) = result_code::encode(radar_content::bank(), &session) else {
                return;
            };
            let shared = shared.clone();
            spawn_local(async move {
                let link = format!("{}#r={code}", dom::address_without_hash());
                shared.set(if clipboard::copy(&link).await {
                    Shared::Copied
                } else {
                    Shared::Shown(link.into())
                });
            });
        })
    };
    html! {
        <>
            <button type="button" class="button button-secondary" {onclick}>{ screens.copy_result_link() }</button>
            <div class="share-status" role="status">
                { match &*shared {
                    Shared::Not => html! {},
                    Shared::Copied => html! { <p>{ screens.result_link_copied() }</p> },
                    Shared::Shown(link) => html! {
                        <p>
                            <label for="result-link">{ screens.result_link_manual() }</label>
                            <input id="result-link" class="result-link" type="text" readonly=true value={link.clone()} />
                        </p>
                    },
                } }
            </div>
        </>
    }
}

//! A QR code for a phone to open `link`, drawn by the core as SVG, with the link as text beside
//! it (so it can be read, typed or checked against what the phone opens).

use yew::prelude::*;

use radar_core::qr;

/// Props of [`QrCode`].
#[derive(Properties, PartialEq, Clone)]
pub struct QrCodeProps {
    /// The link the code opens.
    pub link: AttrValue,
    /// The code's accessible name.
    pub label: AttrValue,
}

/// The code and its link; nothing for a link too long to encode.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let svg = use_memo(
        (props.link.clone(), props.label.clone()),
        |(link, label)| qr::svg(link, label).map(AttrValue::from),
    );
    match &*svg {
        None => html! {},
        Some(svg) => html! {
            <figure class="qr">
                <div class="qr-code">{ Html::from_html_unchecked(svg.clone()) }</div>
                <figcaption class="qr-link" dir="ltr">{ props.link.clone() }</figcaption>
            </figure>
        },
    }
}

//! A dismissable notice about storage and restored progress, announced to screen readers.

use yew::prelude::*;

use crate::texts;

/// Something the person should know about their saved progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked: progress lives only in this page.
    StorageUnavailable,
    /// The saved record was damaged and has been discarded.
    Corrupt,
    /// The saved record came from an older version and has been discarded.
    Outdated,
    /// The saved record came from a newer version: left alone, and never saved over.
    Newer,
    /// Progress was restored.
    Restored,
    /// Another tab changed the progress, and this one follows it.
    OtherTab,
    /// The language picked could not be loaded; the page stays in the one it was in.
    LanguageUnavailable,
}

impl Notice {
    /// A stable name for the notice (its `data-notice` attribute).
    pub fn id(self) -> &'static str {
        match self {
            Notice::StorageUnavailable => "StorageUnavailable",
            Notice::Corrupt => "Corrupt",
            Notice::Outdated => "Outdated",
            Notice::Newer => "Newer",
            Notice::Restored => "Restored",
            Notice::OtherTab => "OtherTab",
            Notice::LanguageUnavailable => "LanguageUnavailable",
        }
    }

    /// The notice of a name from [`Notice::id`]; `None` for any other text.
    pub fn from_id(id: &str) -> Option<Notice> {
        [
            Notice::StorageUnavailable,
            Notice::Corrupt,
            Notice::Outdated,
            Notice::Newer,
            Notice::Restored,
            Notice::OtherTab,
            Notice::LanguageUnavailable,
        ]
        .into_iter()
        .find(|notice| notice.id() == id)
    }
}

/// The notice line at the top of the main area.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `notice`: The notice to show, if any.
/// * `on_dismiss`: Called when the person dismisses it.
pub fn notice_banner(notice: Option<Notice>, on_dismiss: Callback<()>) -> Html {
    let ui = texts::ui();
    // The live region stays in the DOM so that notices added later are announced.
    let Some(notice) = notice else {
        return html! { <div class="notice-region" role="status"></div> };
    };
    let (text, tone) = match notice {
        Notice::StorageUnavailable => (ui.notice_storage_unavailable(), "warning"),
        Notice::Corrupt => (ui.notice_corrupt(), "warning"),
        Notice::Outdated => (ui.notice_outdated(), "warning"),
        Notice::Newer => (ui.notice_newer(), "warning"),
        Notice::Restored => (ui.notice_restored(), "info"),
        Notice::OtherTab => (ui.notice_other_tab(), "info"),
        Notice::LanguageUnavailable => (ui.notice_language_unavailable(), "warning"),
    };
    html! {
        <div class="notice-region" role="status">
            <div class="notice" data-tone={tone} data-notice={notice.id()}>
                <p>{ text }</p>
                <button type="button" class="button button-quiet" onclick={move |_| on_dismiss.emit(())}>{ ui.dismiss() }</button>
            </div>
        </div>
    }
}

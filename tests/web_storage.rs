//! Browser test: the storage layer survives throwing, full and corrupt storage, and the app says so.
#![cfg(target_arch = "wasm32")]

use leadership_radar::app::App;
use leadership_radar::effects::storage::{Mode, Restored, Store};
use radar_core::bank::Form;
use radar_core::config::StorageChoice;
use radar_core::facts::SESSION_KEY;
use radar_core::flow::{Action, Session};
use radar_core::record::{self, RecordError};
use radar_core::responses::Answer;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn run_js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&JsValue::NULL)
        .expect("test script runs");
}

/// Makes reading `window.localStorage` (and, with `both`, `sessionStorage`) throw, as it does in
/// cross-site iframes with third-party storage blocked.
fn block(areas: &[&str]) {
    for area in areas {
        run_js(&format!(
            "window.__descriptors ??= {{}}; \
             window.__descriptors.{area} ??= Object.getOwnPropertyDescriptor(window, '{area}'); \
             Object.defineProperty(window, '{area}', {{ configurable: true, \
               get() {{ throw new DOMException('blocked', 'SecurityError'); }} }});"
        ));
    }
}

fn block_storage() {
    block(&["localStorage", "sessionStorage"]);
}

/// Restores the real storage areas and empties them, so every test starts clean.
fn unblock_storage() {
    run_js(
        "for (const [name, d] of Object.entries(window.__descriptors ?? {})) Object.defineProperty(window, name, d); \
         window.localStorage.clear(); window.sessionStorage.clear();",
    );
}

fn open() -> Store {
    Store::open(StorageChoice::Auto, None)
}

fn save(store: &Store, session: &Session) -> bool {
    store.save(session, &record::encode(session))
}

fn local() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

fn answered_session() -> Session {
    let bank = radar_content::bank();
    let mut session = Session::new(bank)
        .apply(bank, Action::Start(Form::Short))
        .unwrap();
    for position in 0..3 {
        session = session
            .apply(bank, Action::Answer(position, Answer::Scale(4)))
            .unwrap();
    }
    session
}

#[wasm_bindgen_test]
fn throwing_storage_falls_back_to_memory() {
    unblock_storage();
    block_storage();
    let store = open();
    assert_eq!(store.mode(), Mode::Memory);
    assert_eq!(store.restore(radar_content::bank()), Restored::Fresh);
    // Saving in memory mode succeeds without touching storage.
    assert!(save(&store, &answered_session()));
    unblock_storage();
    assert_eq!(local().get_item(SESSION_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn blocked_local_storage_falls_back_to_session_storage() {
    unblock_storage();
    block(&["localStorage"]);
    let store = open();
    assert_eq!(store.mode(), Mode::Session);
    let session = answered_session();
    assert!(save(&store, &session));
    let kept = gloo::utils::window()
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item(SESSION_KEY)
        .unwrap();
    assert_eq!(kept, Some(record::encode(&session)));
    assert_eq!(
        store.restore(radar_content::bank()),
        Restored::Resumed(session)
    );
    unblock_storage();
}

#[wasm_bindgen_test]
fn the_storage_parameter_is_obeyed() {
    unblock_storage();
    let host = ["https://lms.example.org".to_string()];
    let mode = |choice, shared: bool| Store::open(choice, shared.then_some(&host[..])).mode();
    assert_eq!(mode(StorageChoice::Local, false), Mode::Local);
    assert_eq!(mode(StorageChoice::Session, false), Mode::Session);
    assert_eq!(mode(StorageChoice::Memory, false), Mode::Memory);
    assert_eq!(mode(StorageChoice::Host, true), Mode::Host);
    assert_eq!(
        mode(StorageChoice::Host, false),
        Mode::Memory,
        "no trusted host: memory"
    );
    block(&["localStorage"]);
    assert_eq!(
        mode(StorageChoice::Local, false),
        Mode::Memory,
        "local only, and refused"
    );
    unblock_storage();
    // Embedded for a host, progress is kept under a key of its own: the plain key's session is
    // not what a framing page sees, and the other way round.
    let embedded = Store::open(StorageChoice::Auto, Some(&host[..]));
    let session = answered_session();
    assert!(save(&embedded, &session));
    assert_eq!(local().get_item(SESSION_KEY).unwrap(), None);
    assert_eq!(
        local()
            .get_item("leadership-radar.session@https://lms.example.org")
            .unwrap(),
        Some(record::encode(&session))
    );
    assert_eq!(open().restore(radar_content::bank()), Restored::Fresh);
    assert_eq!(
        embedded.restore(radar_content::bank()),
        Restored::Resumed(session)
    );
    unblock_storage();
    let store = Store::open(StorageChoice::Memory, None);
    assert!(save(&store, &answered_session()));
    assert_eq!(
        local().get_item(SESSION_KEY).unwrap(),
        None,
        "memory writes nothing"
    );
}

#[wasm_bindgen_test]
fn full_storage_falls_back_to_memory() {
    unblock_storage();
    run_js("window.__setItem = Storage.prototype.setItem; Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };");
    let mode = open().mode();
    run_js("Storage.prototype.setItem = window.__setItem;");
    assert_eq!(mode, Mode::Memory);
}

#[wasm_bindgen_test]
fn sessions_round_trip_through_local_storage() {
    unblock_storage();
    let store = open();
    assert_eq!(store.mode(), Mode::Local);
    let session = answered_session();
    assert!(save(&store, &session));
    assert_eq!(
        local().get_item(SESSION_KEY).unwrap(),
        Some(record::encode(&session))
    );
    assert_eq!(
        store.restore(radar_content::bank()),
        Restored::Resumed(session)
    );
    // Back on a fresh intro, the record is removed rather than kept.
    assert!(save(&store, &Session::new(radar_content::bank())));
    assert_eq!(local().get_item(SESSION_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn corrupt_records_are_discarded_and_removed_and_newer_ones_left_alone() {
    unblock_storage();
    let store = open();
    local()
        .set_item(SESSION_KEY, "{\"not\": \"a record\"}")
        .unwrap();
    assert_eq!(
        store.restore(radar_content::bank()),
        Restored::Discarded(RecordError::Unrecognised)
    );
    assert_eq!(local().get_item(SESSION_KEY).unwrap(), None);

    local()
        .set_item(SESSION_KEY, "LR9.s.i.p0.x.y.0000")
        .unwrap();
    assert_eq!(
        store.restore(radar_content::bank()),
        Restored::Discarded(RecordError::FutureVersion(9))
    );
    // A newer version's record is left where it is (a rollback, an older build served offline).
    assert_eq!(
        local().get_item(SESSION_KEY).unwrap().as_deref(),
        Some("LR9.s.i.p0.x.y.0000")
    );

    let mut damaged = record::encode(&answered_session());
    damaged.replace_range(10..11, "5");
    local().set_item(SESSION_KEY, &damaged).unwrap();
    assert!(matches!(
        store.restore(radar_content::bank()),
        Restored::Discarded(_)
    ));
}

#[wasm_bindgen_test]
fn a_newer_record_and_its_notes_are_never_saved_over_or_removed() {
    unblock_storage();
    let store = open();
    let newer = "LR3.f.r.t0.x.y.beef";
    local().set_item(SESSION_KEY, newer).unwrap();
    local()
        .set_item(&format!("{SESSION_KEY}.plan"), "newer plan")
        .unwrap();
    let answered = answered_session();
    assert!(save(&store, &answered));
    assert!(save(&store, &Session::new(radar_content::bank())));
    assert_eq!(
        local().get_item(SESSION_KEY).unwrap().as_deref(),
        Some(newer)
    );
    assert_eq!(
        local()
            .get_item(&format!("{SESSION_KEY}.plan"))
            .unwrap()
            .as_deref(),
        Some("newer plan")
    );
    local().remove_item(SESSION_KEY).unwrap();
    local().remove_item(&format!("{SESSION_KEY}.plan")).unwrap();
    // Once it is gone, saving works as before.
    assert!(save(&store, &answered));
    assert_eq!(
        local().get_item(SESSION_KEY).unwrap(),
        Some(record::encode(&answered))
    );
    local().remove_item(SESSION_KEY).unwrap();
}

/// The `data-notice` name of the notice the mounted app shows.
fn notice_of(root: &web_sys::Element) -> Option<String> {
    root.query_selector("[data-notice]")
        .ok()
        .flatten()?
        .get_attribute("data-notice")
}

/// Mounts the app this build is: the full module's, or the first-load module's with the cargo
/// feature `first-load` (`make test-wasm` runs this file both ways).
async fn mount_app() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

#[cfg(not(feature = "first-load"))]
#[wasm_bindgen_test]
async fn the_app_starts_fresh_with_a_notice_on_corrupt_data() {
    unblock_storage();
    local().set_item(SESSION_KEY, "garbage").unwrap();
    let root = mount_app().await;
    assert_eq!(notice_of(&root).as_deref(), Some("Corrupt"));
    assert!(
        root.query_selector("#intro-heading").unwrap().is_some(),
        "the intro is shown"
    );
    assert_eq!(local().get_item(SESSION_KEY).unwrap(), None);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_app_leaves_a_newer_record_alone_and_says_so() {
    unblock_storage();
    let newer = "LR3.s.q3.p0.x.y.beef";
    local().set_item(SESSION_KEY, newer).unwrap();
    let root = mount_app().await;
    assert_eq!(notice_of(&root).as_deref(), Some("Newer"));
    assert!(root.query_selector("#intro-heading").unwrap().is_some());
    assert_eq!(
        local().get_item(SESSION_KEY).unwrap().as_deref(),
        Some(newer)
    );
    root.remove();
    local().remove_item(SESSION_KEY).unwrap();
}

#[cfg(not(feature = "first-load"))]
#[wasm_bindgen_test]
async fn the_app_works_in_memory_when_storage_throws() {
    unblock_storage();
    block_storage();
    let root = mount_app().await;
    assert_eq!(notice_of(&root).as_deref(), Some("StorageUnavailable"));
    assert!(root.query_selector("#intro-heading").unwrap().is_some());
    unblock_storage();
    root.remove();
}

#[cfg(feature = "first-load")]
#[wasm_bindgen_test]
async fn the_first_load_app_hands_over_when_storage_throws_and_says_so_when_it_cannot() {
    unblock_storage();
    block_storage();
    let root = mount_app().await;
    assert!(
        root.query_selector("#intro-heading").unwrap().is_none(),
        "no intro: the full module keeps a session without storage"
    );
    // No boot.js here, so the full module cannot be loaded: the placeholder says so.
    let mut alert = None;
    for _ in 0..20 {
        yew::scheduler::flush().await;
        alert = root.query_selector("[role=alert]").unwrap();
        if alert.is_some() {
            break;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    let alert = alert.expect("a warning that the rest could not be loaded");
    assert!(alert
        .text_content()
        .unwrap_or_default()
        .contains("could not be loaded"));
    assert!(
        root.query_selector("button").unwrap().is_some(),
        "a way to try again"
    );
    unblock_storage();
    root.remove();
}

#[cfg(feature = "first-load")]
#[wasm_bindgen_test]
async fn the_first_load_app_shows_the_intro_where_storage_works() {
    unblock_storage();
    local().remove_item(SESSION_KEY).unwrap();
    let root = mount_app().await;
    assert!(root.query_selector("#intro-heading").unwrap().is_some());
    assert_eq!(notice_of(&root), None);
    root.remove();
}

#[cfg(not(feature = "first-load"))]
#[wasm_bindgen_test]
async fn the_app_resumes_a_saved_session() {
    unblock_storage();
    local()
        .set_item(SESSION_KEY, &record::encode(&answered_session()))
        .unwrap();
    let root = mount_app().await;
    let progress = root
        .query_selector(".progress-text")
        .unwrap()
        .expect("an item screen");
    assert_eq!(progress.text_content().as_deref(), Some("4 of 16"));
    assert_eq!(notice_of(&root).as_deref(), Some("Restored"));
    root.remove();
    local().clear().expect("clear storage");
}

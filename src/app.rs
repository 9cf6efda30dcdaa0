//! The root component: owns the flow reducer, restores and saves progress, and picks the screen.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::intro::intro;
use crate::components::item_screen::item_screen;
use crate::components::language_switcher::language_switcher;
use crate::components::notice_banner::{notice_banner, Notice};
use crate::components::rater_view::RaterView;
use crate::components::results::Results;
use crate::components::resume_code::ResumeCode;
use crate::components::resume_entry::{resume_opener, ResumeEntry};
use crate::components::review::review;
use crate::components::scenario_intro::scenario_intro;
use crate::components::scenario_screen::scenario_screen;
use crate::components::shared_results::SharedResults;
use crate::components::take_over::{hand_over, placeholder};
use crate::components::team_view::TeamView;
use crate::effects::bridge::{self, Command};
use crate::effects::locale as locale_edge;
use crate::effects::prerender;
use crate::effects::storage::{Mode, Restored, Store};
use crate::effects::{dom, report};
use crate::hooks::use_answer_keys::use_answer_keys;
use crate::hooks::use_double_click_guard::use_double_click_guard;
use crate::state::{Change, Model};
use crate::texts;
use radar_core::bank::{Bank, Form};
use radar_core::config::{self, Config, Theme};
use radar_core::flow::{Opening, Screen, Session};
use radar_core::locale::Lang;
use radar_core::prerender as prerendered;
use radar_core::record::{self, RecordError};
use radar_core::text::fill;

/// The module the app runs in, which decides what it renders itself.
pub trait Edition: 'static {
    /// Renders every screen. The first-load module renders only the intro and the statements, and
    /// hands the session to the full module for the rest (see `components::take_over`).
    const WHOLE: bool;
}

/// The first-load module (`src/main.rs`): the intro and the statements, in a page that can keep
/// progress, with nothing of a frame or an LMS.
#[derive(PartialEq)]
pub struct FirstLoad;

impl Edition for FirstLoad {
    const WHOLE: bool = false;
}

/// The full module (`src/bin/companion.rs`): every screen, the host bridge and the LMS.
#[derive(PartialEq)]
pub struct Whole;

impl Edition for Whole {
    const WHOLE: bool = true;
}

/// Where the focus goes as the full module takes the page over from the first-load module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// It stays where the browser has it: the person had not moved.
    Browser,
    /// The new screen's start: the person came from another screen.
    ScreenStart,
    /// The intro's resume-code field, with its disclosure open: the person opened it.
    ResumeCode,
}

impl Arrival {
    /// How boot.js passes it on.
    pub fn id(self) -> &'static str {
        match self {
            Arrival::Browser => "",
            Arrival::ScreenStart => "screen",
            Arrival::ResumeCode => "resume-code",
        }
    }

    /// Reads [`Arrival::id`]; anything else leaves the focus to the browser.
    pub fn from_id(id: &str) -> Arrival {
        match id {
            "screen" => Arrival::ScreenStart,
            "resume-code" => Arrival::ResumeCode,
            _ => Arrival::Browser,
        }
    }
}

/// What the first-load module hands to the full one.
#[derive(Debug, Clone, PartialEq)]
pub struct Handed {
    /// The session, read from its saved record.
    pub session: Session,
    /// The language the page is in.
    pub lang: Lang,
    /// The notice on show.
    pub notice: Option<Notice>,
    /// Where the focus goes.
    pub focus: Arrival,
}

impl Handed {
    /// Reads what boot.js passes on; `None` when the record or the language cannot be read, and the
    /// app then starts as on a page of its own.
    pub fn parse(
        bank: &Bank,
        record: &str,
        lang: &str,
        notice: &str,
        focus: &str,
    ) -> Option<Handed> {
        Some(Handed {
            session: record::decode(bank, record).ok()?,
            lang: Lang::from_tag(lang)?,
            notice: Notice::from_id(notice),
            focus: Arrival::from_id(focus),
        })
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The session the first-load module handed over, if it did.
    #[prop_or_default]
    pub handed: Option<Handed>,
}

thread_local! {
    /// Takes the mounted app out of the page (see [`leave`]).
    static UNMOUNT: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Mounts the app into `#app` (falling back to `<body>`), taking over from the pre-rendered first
/// screens there: Yew empties the root as it mounts, in the same task, so no frame shows neither.
pub fn mount<E: Edition>(handed: Option<Handed>) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    let props = AppProps { handed };
    let app = match root {
        Some(root) => {
            prerender::read(&root);
            yew::Renderer::<App<E>>::with_root_and_props(root, props).render()
        }
        None => yew::Renderer::<App<E>>::with_props(props).render(),
    };
    UNMOUNT.with(|cell| *cell.borrow_mut() = Some(Box::new(move || app.destroy())));
}

/// Takes the app out of the page, with its listeners, before the full module takes it over.
pub fn leave() {
    if let Some(unmount) = UNMOUNT.with(|cell| cell.borrow_mut().take()) {
        unmount();
    }
}

fn first_notice(store: &Store, restored: &Restored) -> Option<Notice> {
    match restored {
        _ if store.mode() == Mode::Memory => Some(Notice::StorageUnavailable),
        Restored::Discarded(RecordError::OldVersion(_) | RecordError::FutureVersion(_)) => {
            Some(Notice::Outdated)
        }
        Restored::Discarded(_) => Some(Notice::Corrupt),
        Restored::Resumed(session) => welcome_back(session),
        Restored::Fresh => None,
    }
}

/// "Welcome back" for a session picked up mid-way; none on the intro or the results, which speak
/// for themselves.
fn welcome_back(session: &Session) -> Option<Notice> {
    (!matches!(session.screen, Screen::Intro | Screen::Results)).then_some(Notice::Restored)
}

/// What the page starts with: the URL's configuration, the storage the browser allows, and what
/// was saved there.
struct Boot {
    config: Config,
    /// Framed by a host that is allowed to receive progress and scores.
    shared: bool,
    store: Store,
    restored: Restored,
    /// The language asked for by the URL, an earlier choice or the browser.
    lang: Lang,
    /// What was done on the pre-rendered first screens before the app arrived.
    handover: prerendered::Handover,
    /// Set the moment the host or the LMS takes over keeping progress.
    external: Cell<bool>,
    /// The notice to show first.
    notice: Option<Notice>,
    /// Where the first render puts the focus, when the first-load module handed the page over.
    focus: Arrival,
}

fn boot<E: Edition>(bank: &Bank, handed: Option<&Handed>) -> Boot {
    // The first-load module runs only on a page of its own (boot.js).
    let (config, warnings) = if E::WHOLE {
        config::parse(&dom::query())
    } else {
        config::parse_own_page(&dom::query())
    };
    // The first-load module has already warned about these, if it handed the session over.
    for warning in warnings.iter().filter(|_| handed.is_none()) {
        dom::warn(&format!(
            "Leadership Radar ignored the URL parameter {}=\"{}\": expected {}.",
            warning.parameter, warning.value, warning.expected
        ));
    }
    let theme = match config.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    let accent = config.accent.as_deref();
    dom::apply_look(theme, accent.map(|a| (a, config::accent_ink(a))));
    let shared = !config.parent_origins.is_empty() && dom::framed();
    let store = Store::open(config.storage, shared.then_some(&config.parent_origins[..]));
    let (restored, lang, notice) = match handed {
        // The session goes on, as it was in the first-load module.
        Some(handed) => {
            let restored = Restored::Resumed(handed.session.clone());
            let notice = match store.mode() {
                Mode::Memory => Some(Notice::StorageUnavailable),
                _ => handed.notice,
            };
            (restored, handed.lang, notice)
        }
        None => {
            let restored = store.restore(bank);
            let notice = first_notice(&store, &restored);
            let lang = Lang::negotiate(config.lang, &locale_edge::preferred());
            (restored, lang, notice)
        }
    };
    Boot {
        config,
        shared,
        store,
        restored,
        lang,
        handover: prerender::take(),
        external: Cell::new(false),
        notice,
        focus: handed.map_or(Arrival::Browser, |handed| handed.focus),
    }
}

/// What the page's fragment asks for, outside the person's own assessment.
#[derive(Debug, Clone, PartialEq)]
enum Elsewhere {
    /// A result link (`#r=<code>`): those results, read-only.
    Shared(AttrValue),
    /// The facilitator's team view (`#team`).
    Team,
    /// A colleague's observer form from a rater link (`#rate=<invite>`).
    Rate(AttrValue),
}

fn elsewhere() -> Option<Elsewhere> {
    let hash = dom::hash();
    if let Some(code) = hash.strip_prefix("#r=") {
        Some(Elsewhere::Shared(code.to_string().into()))
    } else if let Some(invite) = hash.strip_prefix("#rate=") {
        Some(Elsewhere::Rate(invite.to_string().into()))
    } else {
        (hash == "#team").then_some(Elsewhere::Team)
    }
}

/// The whole assessment, or its first part in the first-load module (see [`Edition`]).
#[component]
pub fn App<E: Edition>(props: &AppProps) -> Html {
    // One memo for all that is read once (each hook costs the first load wasm bytes).
    let boot = use_memo((), |_| {
        boot::<E>(radar_content::bank(), props.handed.as_ref())
    });
    // The language asked for, and the one whose texts are active (they differ while a translation
    // loads). Components take the active one as a prop, so a switch renders them again (a context
    // provider would cost the first load 2 KB).
    let wanted = use_state(|| boot.lang);
    let active = use_state(|| Lang::En);
    // The first screen waits for its translation rather than flashing English.
    let first_shown = use_state(|| boot.lang == Lang::En);
    let notice = use_state(|| boot.notice);
    // The latest language asked for, read when a download ends: after two quick switches only the
    // second may take effect. `chosen` marks a pick in the menu, which is remembered once it works.
    let latest = use_mut_ref(|| (boot.lang, false));
    let keeps_preferences = boot.store.mode() == Mode::Local;
    {
        let (active, first_shown, notice) =
            (active.setter(), first_shown.setter(), notice.setter());
        let wanted_setter = wanted.setter();
        let latest = latest.clone();
        use_effect_with(*wanted, move |&lang| {
            let shown = first_shown.clone();
            let still_wanted = {
                let latest = latest.clone();
                move || latest.borrow().0 == lang
            };
            let switch_to = {
                let latest = latest.clone();
                move |locale: &'static radar_core::locale::Locale| {
                    texts::activate(locale);
                    locale_edge::apply(locale.lang);
                    active.set(locale.lang);
                    shown.set(true);
                    if latest.borrow().1 && keeps_preferences {
                        locale_edge::remember(locale.lang);
                    }
                }
            };
            match texts::loaded(lang) {
                Some(locale) => switch_to(locale),
                None => spawn_local(async move {
                    let loaded = locale_edge::fetch(lang).await.and_then(|text| {
                        // The full module's screens write the report's texts too.
                        let loaded = if E::WHOLE {
                            texts::load(lang, &text)
                        } else {
                            texts::load_screens(lang, &text)
                        };
                        loaded.map_err(|e| e.to_string())
                    });
                    if !still_wanted() {
                        // Kept parsed for later; a later choice has taken over.
                        return;
                    }
                    match loaded {
                        Ok(locale) => switch_to(locale),
                        Err(why) => {
                            dom::warn(&format!(
                                "Leadership Radar could not load its {} texts: {why}",
                                lang.code()
                            ));
                            first_shown.set(true);
                            notice.set(Some(Notice::LanguageUnavailable));
                            let current = texts::current().lang;
                            latest.borrow_mut().0 = current;
                            wanted_setter.set(current);
                        }
                    }
                }),
            }
        });
    }
    let bank = texts::bank();
    let ui = texts::ui();
    let opening = match (boot.config.intro, boot.config.form) {
        (true, _) => Opening::Intro,
        (false, form) => Opening::Form(form.unwrap_or(Form::Short)),
    };
    let model = use_reducer(|| Model {
        session: match &boot.restored {
            Restored::Resumed(session) => session.clone(),
            Restored::Fresh => prerendered::session(bank, opening, &boot.handover.actions),
            Restored::Discarded(_) => Session::opening(bank, opening),
        },
        opening,
        restored: matches!(boot.restored, Restored::Resumed(_)),
    });
    let store = use_state(|| boot.store.clone());
    // A result link (`#r=<code>`) or the team view (`#team`) replaces the screen, leaving the
    // person's own progress alone.
    let shared = use_state(elsewhere);
    {
        // Commands from the host or the LMS (see boot.js): connected before the first report to
        // the bridge below, so no command can arrive unheard. The fragment's changes are followed
        // in the same effect (each effect costs the wasm bytes).
        let dispatcher = model.dispatcher();
        let (store, notice, browser_store) = (store.setter(), notice.setter(), boot.store.clone());
        let boot = boot.clone();
        let shared = shared.setter();
        use_effect_with((), move |_| {
            let hash_listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    shared.set(elsewhere());
                })
            });
            // Only the full module runs in a frame or an LMS (boot.js).
            let handle = E::WHOLE.then(|| {
                bridge::connect(move |command| match command {
                    Command::Restore(text) => match record::decode(bank, &text) {
                        Ok(session) => {
                            notice.set(welcome_back(&session));
                            dispatcher.dispatch(Change::Restore(session));
                        }
                        Err(_) => {
                            dom::warn("Leadership Radar ignored a saved state it could not read.")
                        }
                    },
                    Command::Reset => dispatcher.dispatch(Change::Reset),
                    Command::Fresh => dispatcher.dispatch(Change::Fresh),
                    Command::External(mode) => {
                        // The host or the LMS keeps progress now: nothing stays behind in the browser,
                        // not even from a save effect of the render under way (the store changes later).
                        boot.external.set(true);
                        browser_store.forget();
                        let mode = if mode == "lms" { Mode::Lms } else { Mode::Host };
                        store.set(Store::without_storage(mode));
                        notice.set(None);
                    }
                })
            });
            move || drop((handle, hash_listener))
        });
    }
    {
        // Two tabs of the same assessment: the one not in use follows the other's progress, so
        // neither overwrites the other's answers with stale ones.
        let (dispatcher, notice, store) = (model.dispatcher(), notice.setter(), (*store).clone());
        use_effect_with(store.mode(), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let (Some(key), Some(value)) = (event.key(), event.new_value()) else {
                        return;
                    };
                    if store.is_record_key(&key) {
                        if let Ok(session) = record::decode(bank, &value) {
                            dispatcher.dispatch(Change::Restore(session));
                            notice.set(Some(Notice::OtherTab));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let notice = notice.clone();
        let store = store.clone();
        let boot = boot.clone();
        use_effect_with(
            (model.session.clone(), store.mode()),
            move |(session, mode)| {
                let record = record::encode(session);
                let mut mode = *mode;
                if boot.external.get() && !matches!(mode, Mode::Host | Mode::Lms) {
                    // The take-over's own render follows; this one would still save to the browser.
                    return;
                }
                if !store.save(session, &record) {
                    mode = Mode::Memory;
                    store.set(Store::without_storage(mode));
                    notice.set(Some(Notice::StorageUnavailable));
                }
                if E::WHOLE {
                    bridge::update(&record, mode.name());
                }
            },
        );
    }
    {
        // Focus follows the screen: back from an edit, to the row just changed in the review;
        // otherwise to the new screen's start, as into or out of shared results. The first render
        // leaves the focus to the browser, unless the person had it on the pre-rendered screens or
        // the first-load module handed the page over.
        let previous = use_mut_ref(|| None::<(Screen, Option<Elsewhere>)>);
        let boot = boot.clone();
        use_effect_with((model.session.screen, (*shared).clone()), move |now| {
            let (screen, elsewhere) = now.clone();
            let came_from = previous.borrow_mut().replace(now.clone());
            let edited_row = match &came_from {
                Some((_, was)) if *was != elsewhere => None,
                Some((Screen::Item(p), _)) if E::WHOLE && screen == Screen::Review => {
                    Some(format!("[data-review-item='{p}']"))
                }
                Some((Screen::Scenario(s), _)) if E::WHOLE && screen == Screen::Review => {
                    Some(format!("[data-review-scenario='{s}']"))
                }
                _ => None,
            };
            match (came_from, edited_row) {
                (None, _) if boot.focus == Arrival::ResumeCode => {
                    dom::focus("#resume-input");
                }
                (None, _) if boot.focus == Arrival::ScreenStart => dom::focus_screen_start(),
                (None, _) => prerender::restore_focus(&boot.handover),
                (Some(_), Some(row)) if dom::focus(&row) => {}
                (Some(_), _) => dom::focus_screen_start(),
            }
            // The rest of the assessment is near once the person has answered a statement: fetch
            // the full module while they answer the others. Not sooner: nothing of it competes
            // with the first statement on a slow line. (In this effect rather than one of its own:
            // each costs the wasm bytes.)
            if !E::WHOLE && matches!(screen, Screen::Item(position) if position > 0) {
                report::prefetch();
            }
        });
    }
    use_double_click_guard();

    let dispatch = {
        let model = model.clone();
        Callback::from(move |action| model.dispatch(Change::Flow(action)))
    };
    let session = &model.session;
    // Keys 1 to 5 answer the item on screen, unless turned off (WCAG 2.1.4), and never elsewhere.
    let number_keys = use_state(crate::effects::storage::number_keys);
    // The first-load module's "Have a resume code?" was opened: the full module brings the form.
    let resume_wanted = use_state(|| false);
    let on_toggle_keys = {
        let number_keys = number_keys.clone();
        Callback::from(move |_| {
            let on = !*number_keys;
            crate::effects::storage::set_number_keys(on);
            number_keys.set(on);
        })
    };
    // Nor before the first screen shows (it may wait for its translation).
    let item_position = match (
        session.screen,
        shared.is_some(),
        *number_keys && *first_shown,
    ) {
        (Screen::Item(position), false, true) => Some(position),
        _ => None,
    };
    use_answer_keys(item_position, dispatch.clone());

    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| {
            notice.set(None);
            // The dismissed button disappears; keep keyboard users in the main content.
            dom::focus("#main");
        })
    };
    // One live region that outlives the screens, so "3 of 16" is announced on every change.
    let announcement = match session.screen {
        Screen::Item(p) => fill(
            ui.announce_item(),
            &[
                ("n", &(p + 1).to_string()),
                ("total", &session.sequence.len().to_string()),
            ],
        ),
        // The first-load module hands scenarios over, and has none of their texts.
        Screen::Scenario(s) if E::WHOLE => {
            let (number, _) = bank.scenario_number(s);
            let title = bank.scenarios.get(s).map_or("", |scenario| scenario.title);
            fill(
                texts::all().screens.announce_scenario(),
                &[
                    ("n", &number.to_string()),
                    ("total", &bank.scenario_count().to_string()),
                    ("title", title),
                ],
            )
        }
        _ => String::new(),
    };
    let mode = store.mode();
    let privacy = match mode {
        Mode::Lms => [ui.intro_privacy_lms(), ""],
        Mode::Host => [ui.intro_privacy_host(), ""],
        Mode::Local | Mode::Session | Mode::Memory => [
            if boot.shared {
                ui.intro_privacy_shared()
            } else {
                ui.intro_privacy()
            },
            match mode {
                Mode::Local => ui.storage_local(),
                Mode::Session => ui.storage_session(),
                _ => ui.storage_memory(),
            },
        ],
    };
    let footer = if boot.shared || mode == Mode::Lms {
        ui.footer_shared()
    } else {
        ui.footer()
    };
    let on_restore = {
        let (model, notice) = (model.clone(), notice.clone());
        Callback::from(move |session: Session| {
            notice.set(welcome_back(&session));
            model.dispatch(Change::Restore(session));
        })
    };
    let on_leave_shared: Callback<()> = {
        let shared = shared.clone();
        Callback::from(move |_| {
            dom::clear_hash();
            shared.set(None);
        })
    };
    // The screens of the companion's components follow the language through a context.
    let with_lang = |screen: Html| {
        html! { <ContextProvider<Lang> context={*active}>{ screen }</ContextProvider<Lang>> }
    };
    // The first-load module keeps no resume code: without storage, the full module takes over.
    let first_part = E::WHOLE || mode != Mode::Memory;
    // The first-load module hands the page to the full module for every screen it does not render,
    // and for the intro's resume-code form; a new try each time the person moves on. Not before the
    // first screen shows: the page's language is not in place until then.
    let own_screen =
        first_part && shared.is_none() && matches!(session.screen, Screen::Intro | Screen::Item(_));
    let handing_over = !E::WHOLE && *first_shown && (*resume_wanted || !own_screen);
    let hand_over_failed = use_state(|| false);
    let start_hand_over = {
        let (model, lang, notice) = (model.clone(), *active, *notice);
        let failed = hand_over_failed.setter();
        move || {
            let record = record::encode(&model.session);
            // On the first-load module's own screens, only the resume-code form hands over.
            let resume = own_screen;
            hand_over(record, lang, notice, resume, failed.clone());
        }
    };
    {
        let start = start_hand_over.clone();
        use_effect_with((handing_over, own_screen), move |&(on, _)| {
            if on {
                start();
            }
        });
    }
    let on_retry = Callback::from(move |_: MouseEvent| start_hand_over());
    let screen = match (&*shared, session.screen) {
        (None, Screen::Intro) if first_part => {
            let resume = if E::WHOLE {
                let open = boot.focus == Arrival::ResumeCode;
                html! { <ResumeEntry lang={*active} {on_restore} {open} /> }
            } else {
                let on_open = {
                    let resume_wanted = resume_wanted.clone();
                    Callback::from(move |_: MouseEvent| resume_wanted.set(true))
                };
                let loading = html! {
                    if *resume_wanted {
                        { placeholder(*hand_over_failed, true, on_retry.clone()) }
                    }
                };
                resume_opener(on_open, loading)
            };
            intro(boot.config.form, privacy, &dispatch, resume)
        }
        (None, Screen::Item(position)) if first_part => {
            item_screen(session, position, &dispatch, *number_keys, &on_toggle_keys)
        }
        // Everything else is the full module's: the first-load module hands the session over.
        _ if !E::WHOLE => placeholder(*hand_over_failed, false, on_retry),
        (Some(Elsewhere::Shared(code)), _) => {
            with_lang(html! { <SharedResults code={code.clone()} on_leave={on_leave_shared} /> })
        }
        (Some(Elsewhere::Team), _) => with_lang(html! { <TeamView on_leave={on_leave_shared} /> }),
        (Some(Elsewhere::Rate(invite)), _) => with_lang(html! {
            <RaterView invite={invite.clone()} on_leave={on_leave_shared} />
        }),
        (None, Screen::ScenarioIntro) => scenario_intro(session.form, &dispatch),
        (None, Screen::Scenario(index)) => {
            let pick = session
                .responses
                .picks
                .get(index)
                .copied()
                .unwrap_or_default();
            scenario_screen(index, pick, session.from_review, &dispatch)
        }
        (None, Screen::Review) => review(session, &dispatch),
        (None, Screen::Results) => with_lang(html! {
            <Results session={session.clone()} dispatch={dispatch.clone()} store={(*store).clone()} />
        }),
        // Not reached: the whole app renders these above.
        (None, Screen::Intro | Screen::Item(_)) => Html::default(),
    };

    let on_language = {
        let (wanted, latest) = (wanted.clone(), latest.clone());
        Callback::from(move |lang: Lang| {
            *latest.borrow_mut() = (lang, true);
            wanted.set(lang);
        })
    };
    let header = html! {
        <header class="site-header">
            <p class="brand">
                <svg class="brand-mark" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                    <polygon points="0,-9 6.4,-6.4 9,0 6.4,6.4 0,9 -6.4,6.4 -9,0 -6.4,-6.4" class="brand-ring" />
                    <polygon points="0,-7 4,-4 6,0 3,3 0,5 -4,4 -5,0 -3,-3" class="brand-shape" />
                </svg>
                <span class="brand-name">{ ui.app_title() }</span>
            </p>
            { language_switcher(*wanted, on_language) }
        </header>
    };
    if !*first_shown {
        return html! {
            <>
                { header }
                <main id="main" class="site-main" tabindex="-1" aria-busy="true"></main>
            </>
        };
    }

    html! {
        <>
            <a class="skip-link" href="#main">{ ui.skip_to_content() }</a>
            { header }
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
            <main id="main" class="site-main" tabindex="-1">
                { notice_banner(if shared.is_some() { None } else { *notice }, on_dismiss) }
                { screen }
                if E::WHOLE && mode == Mode::Memory && session.screen != Screen::Intro && shared.is_none() {
                    <ResumeCode lang={*active} code={record::encode(session)} />
                }
            </main>
            <footer class="site-footer">
                <p>{ footer }</p>
                if shared.is_none() {
                    <p><a href="#team">{ ui.team_link() }</a></p>
                }
            </footer>
        </>
    }
}

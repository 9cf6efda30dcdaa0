// Runs as the page is parsed, right after #app: guesses the language the app will choose, and, on
// a plain first visit, shows the intro and first statements that the release build pre-rendered
// into index.html (scripts/prerender.mjs), and runs them until the app takes over what was done on
// them (src/effects/prerender.rs).
// The build replaces each call of `fact` with the value Rust gives that name (crates/core/src/facts.rs,
// scripts/facts.mjs): these scripts copy no key, language or fragment by hand.
(() => {
  const root = document.documentElement;

  // The same choice the app will make (Lang::negotiate in crates/core/src/locale.rs).
  const languages = fact('languages');
  const primary = (tag) => String(tag).split(/[-_]/)[0].toLowerCase();
  let remembered = null;
  try { remembered = localStorage.getItem(fact('languageKey')); } catch { /* blocked */ }
  const asked = new URLSearchParams(location.search).get('lang');
  const tags = asked && languages.includes(primary(asked)) ? [asked]
    : [remembered, ...(navigator.languages || [])].filter(Boolean);
  const locale = tags.map(primary).find((code) => languages.includes(code)) ?? 'en';
  // The page's one global (boot.js adds to it): see README, "The JavaScript contract".
  const global = (window.leadershipRadar ??= {});
  global.guessedLocale = locale;

  // The release build marks <html> when it has pre-rendered the first screens.
  if (!root.hasAttribute('data-prerendered')) return;

  // They are the English intro of a fresh session in a page of its own: any other visit (saved
  // progress, another language, a URL setting, a link to results, a frame or an LMS window) keeps
  // the splash until the app's own first screen.
  const fits = () => {
    if (location.search || !['', fact('mainFragment')].includes(location.hash) || locale !== 'en') return false;
    try {
      if (window.parent !== window || window.opener) return false;
      if (localStorage.getItem(fact('sessionKey')) !== null) return false;
      if (localStorage.getItem(fact('numberKeysKey')) === 'off') return false;
      // Writable, as the app's "saved in this browser" requires.
      localStorage.setItem(fact('probeKey'), '1');
      localStorage.removeItem(fact('probeKey'));
      return true;
    } catch {
      return false;
    }
  };
  const live = () => document.querySelector('[data-prerender]');
  // Hidden in the markup, so that without this script (or its stylesheet) nobody sees it; under
  // the class, styles/app.css shows it in place of the splash.
  const show = (on) => {
    root.classList.toggle('prerendered', on);
    const prerender = live();
    if (prerender) prerender.hidden = !on;
  };
  if (!fits()) return;
  show(true);
  addEventListener('hashchange', () => show(!!live() && fits()));
  // The pre-render an event happened in, if any (the listeners are on the document, which
  // outlives it).
  const within = (event) => event.target.closest?.('[data-prerender]');
  // The app has replaced the pre-render but not yet installed its own listeners: Yew may paint its
  // first render a frame before it runs its effects. Until the app's first effect removes the class
  // (src/effects/prerender.rs), the guards below stand in for the app's.
  const handingOver = () => !live() && root.classList.contains('prerendered');

  // A start button: the form's first statement in place of the intro, focused as the app would.
  const start = (prerender, form) => {
    const screen = [...document.querySelectorAll('template[data-prerender-item]')]
      .find((template) => template.dataset.prerenderItem === form);
    const intro = prerender.querySelector('.intro');
    if (!screen || !intro) return;
    intro.replaceWith(screen.content.cloneNode(true));
    prerender.dataset.started = form;
    const announcer = prerender.querySelector('[aria-live]');
    if (announcer) announcer.textContent = screen.dataset.announce ?? '';
    prerender.querySelector('[data-autofocus]')?.focus();
    scrollTo(0, 0);
  };
  // As in the app (use_double_click_guard): the second click of a double-click would land on the
  // first statement's options, which take the start button's place.
  document.addEventListener('click', (event) => {
    if (event.detail > 1 && (within(event) || handingOver())) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, { capture: true });
  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('[data-prerender-start]');
    const prerender = within(event);
    if (button && prerender) start(prerender, button.dataset.prerenderStart);
  });

  // The marks the app reads as it takes over: the form started (above), the option checked and
  // whether that was an answer (a click, Space, a number key or Enter) or only a selection (arrow
  // keys move within the choices, as in the app), and where the focus is, as nth-child positions
  // from the pre-render's top (the app's first render has the same elements in the same places).
  const check = (prerender, option, answered) => {
    option.checked = true;
    prerender.dataset.checked = option.value;
    if (answered) prerender.dataset.answered = '';
    else delete prerender.dataset.answered;
  };
  let arrowPending = false;
  document.addEventListener('change', (event) => {
    const prerender = within(event);
    if (!prerender || event.target.type !== 'radio' || !event.target.checked) return;
    check(prerender, event.target, !arrowPending);
    arrowPending = false;
  });
  document.addEventListener('focusin', (event) => {
    const prerender = within(event);
    if (!prerender) return;
    const path = [];
    for (let el = event.target; el !== prerender; el = el.parentElement) {
      path.unshift([...el.parentElement.children].indexOf(el) + 1);
    }
    prerender.dataset.focus = path.join('.');
  });
  document.addEventListener('focusout', (event) => {
    const prerender = within(event);
    if (prerender && !prerender.contains(event.relatedTarget)) delete prerender.dataset.focus;
  });
  // Keys 1 to 5 answer the first statement, as in the app (which moves on when it arrives); arrow
  // keys only select; Enter makes the selection the answer.
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (handingOver()) {
      // A number key answers the statement on screen, as a click on its option does in the app.
      const option = /^[1-5]$/.test(event.key) && event.target.closest?.('input:not([type=radio]), textarea, select') == null
        && document.querySelector(`#app .item-screen input[type=radio][value="${event.key}"]`);
      if (option) {
        event.preventDefault();
        option.click();
      }
      return;
    }
    const prerender = live();
    if (!prerender?.dataset.started || !root.classList.contains('prerendered')) return;
    if (event.key.startsWith('Arrow')) {
      arrowPending = !!within(event);
      return;
    }
    if (event.key === 'Enter' && within(event)?.querySelector('input[type=radio]:checked')) {
      event.preventDefault();
      prerender.dataset.answered = '';
      return;
    }
    if (!/^[1-5]$/.test(event.key)) return;
    const option = [...prerender.querySelectorAll('input[type=radio]')].find((input) => input.value === event.key);
    if (!option) return;
    event.preventDefault();
    check(prerender, option, true);
    option.focus();
  });

  // boot.js starts the app (a long task on a slow phone) once the page is quiet and the next frame
  // has been painted, so a start or an answer given meanwhile shows at once; the quiet moment is
  // awaited for at most 500 ms.
  global.whenIdle = () => new Promise((resolve) => {
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve));
    if (window.requestIdleCallback) requestIdleCallback(afterFrame, { timeout: 500 });
    else afterFrame();
  });
})();

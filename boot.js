// Loads the app as an external module (no inline script, so the page runs under script-src 'self')
// and wires the static error card, which also covers a failed download or an unsupported browser.
// The build replaces each call of `fact` with the value Rust gives that name (crates/core/src/facts.rs,
// scripts/facts.mjs): these scripts copy no key, language or fragment by hand.
const SESSION_KEY = fact('sessionKey');

// The error card in the page's language (index.html holds the English), so it needs no wasm.
const FATAL_TEXTS = {
  fr: ['Un problème est survenu', 'L’évaluation a rencontré une erreur inattendue. Vos réponses enregistrées sont conservées ; un redémarrage règle généralement le problème.', 'Redémarrer', 'Effacer les réponses enregistrées et redémarrer'],
  de: ['Etwas ist schiefgelaufen', 'Beim Fragebogen ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Antworten bleiben erhalten; ein Neustart behebt das meist.', 'Neu starten', 'Gespeicherte Antworten löschen und neu starten'],
  es: ['Algo salió mal', 'La evaluación tuvo un error inesperado. Tus respuestas guardadas se conservan; reiniciar suele solucionarlo.', 'Reiniciar', 'Borrar las respuestas guardadas y reiniciar'],
  ar: ['حدث خطأ ما', 'واجه التقييم خطأً غير متوقع. إجاباتك المحفوظة باقية، وإعادة التشغيل تحلّ المشكلة عادةً.', 'إعادة التشغيل', 'حذف الإجابات المحفوظة وإعادة التشغيل'],
};

const fatalParts = ['#fatal h1', '#fatal p', '#fatal-restart', '#fatal-reset'].map((s) => document.querySelector(s));
FATAL_TEXTS.en = fatalParts.map((part) => part?.textContent ?? '');
// The app sets <html lang> (src/effects/locale.rs); the card follows it, for a panic too.
function translateFatal() {
  const texts = FATAL_TEXTS[document.documentElement.lang] ?? FATAL_TEXTS.en;
  fatalParts.forEach((part, i) => { if (part) part.textContent = texts[i]; });
}
new MutationObserver(translateFatal).observe(document.documentElement, { attributeFilter: ['lang'] });

// The language the app will choose, guessed by early.js as the page was parsed: for a card shown
// before the app could, and a translation downloaded beside the wasm rather than after it.
const guessedLocale = window.leadershipRadar?.guessedLocale ?? 'en';

function showFatal(error) {
  if (error) console.error('Leadership Radar could not start:', error);
  const root = document.documentElement;
  if (root.lang === 'en' && guessedLocale !== 'en') {
    root.dir = fact('rightToLeft').includes(guessedLocale) ? 'rtl' : 'ltr';
    root.lang = guessedLocale;
  }
  const card = document.getElementById('fatal');
  card?.removeAttribute('hidden');
  document.getElementById('app')?.setAttribute('hidden', '');
  card?.focus();
}

document.getElementById('fatal-restart')?.addEventListener('click', () => location.reload());
document.getElementById('fatal-reset')?.addEventListener('click', () => {
  // The plain key, and the keys of embedded copies (`<key>@<host origins>`), in both storage areas.
  for (const area of ['localStorage', 'sessionStorage']) {
    try {
      const storage = window[area];
      for (const key of Object.keys(storage)) {
        if (key === SESSION_KEY || key.startsWith(`${SESSION_KEY}@`)) storage.removeItem(key);
      }
    } catch (_) { /* storage may be blocked */ }
  }
  location.reload();
});

// Two modules run the app. The first-load module (leadership-radar_bg.wasm) has the intro and the
// statements only, for a page of its own that can keep progress. The full module (full_bg.wasm)
// has everything: it takes the page over from the first-load module after the statements (which
// prefetch it), and it runs alone on pages the first-load module does not serve: a frame, an LMS
// launch, a link to results, the team view and rater forms. It also writes the results document
// and runs the host bridge and the LMS runtime.
let full;
let styles;
let failures = 0;
function loadStyles() {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./full.css', import.meta.url).href;
    // Unstyled results beat no results: a failed stylesheet does not block them.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}
function importFull() {
  if (!full) {
    // Browsers remember a failed module import, so a retry asks for a fresh URL.
    const glue = failures ? `./full.js?retry=${failures}` : './full.js';
    full = import(glue).then(async (module) => {
      await module.default({ module_or_path: new URL('./full_bg.wasm', import.meta.url) });
      return module;
    });
    full.catch(() => { full = undefined; failures += 1; });
  }
  return full;
}
// Translations (the compact form of crates/content/data/locales/<code>.ftl, written to locales/<code>.txt by the
// build): each fetched once, when needed.
const localeTexts = new Map();
function localeText(code) {
  if (!localeTexts.has(code)) {
    // A hanging network must not keep the first screen waiting: after 6 s the page stays as it is.
    const signal = AbortSignal.timeout?.(6000);
    const request = fetch(new URL(`./locales/${code}.txt`, import.meta.url), { signal }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    request.catch(() => localeTexts.delete(code));
    localeTexts.set(code, request);
  }
  return localeTexts.get(code);
}
if (guessedLocale !== 'en') localeText(guessedLocale).catch(() => {});
// The full module with its stylesheet, its app in the language `code` before it mounts (the
// translation was most likely fetched already).
async function loadFull(code) {
  styles ??= loadStyles();
  const [module] = await Promise.all([importFull(), styles]);
  module.useLocale(code, code === 'en' ? '' : await localeText(code));
  return module;
}
// When the browser is idle: the person is answering, and nothing they do should wait for this.
const prefetch = () => {
  const start = () => {
    styles ??= loadStyles();
    importFull().catch(() => {});
  };
  if (window.requestIdleCallback) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
};

// The first-load module's glue, once it runs: the full module takes the page over from it.
let firstLoad;
// The app's root gets a new element for the full module's app: the first-load module's Yew keeps
// its event listeners on the old one.
function freshRoot() {
  const root = document.getElementById('app');
  if (!root) return;
  root.replaceWith(root.cloneNode(false));
}
// Called by the first-load module (src/effects/full_module.rs) with the session to continue.
const handOver = async (record, lang, notice, focus) => {
  const module = await loadFull(lang);
  firstLoad?.leave();
  freshRoot();
  module.mountApp(record, lang, notice, focus);
};

// The page's one global: what early.js set as the page was parsed, and what the first-load module
// calls (src/effects/locale.rs, src/effects/full_module.rs). See README, "The JavaScript contract".
window.leadershipRadar = Object.assign(window.leadershipRadar ?? {}, { localeText, prefetch, handOver });

// Framed, opened by an LMS or configured for a host: the full module runs the app, with the bridge.
const params = new URLSearchParams(location.search);
const framed = (() => { try { return window.parent !== window; } catch { return true; } })();
const hosted = framed || window.opener || params.has(fact('parentOriginParameter'))
  || params.get(fact('lmsParameter')) === fact('scorm12');
// A link to results, the team view or a rater form: the full module's screens (the fragments that
// `Elsewhere::of_fragment` in crates/core/src/facts.rs reads).
const elsewhere = location.hash.startsWith(fact('resultFragment')) || location.hash.startsWith(fact('rateFragment'))
  || location.hash === fact('teamFragment') || location.hash.startsWith(fact('retakeFragment'));

// Offline after one visit (sw.js), for a page of its own only: a portal or an LMS owns the life of
// a framed or launched copy, and a file has no service workers.
// It starts once the page has loaded, so its download of the build never slows the first question.
if (!hosted && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  const register = () =>
    navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch((error) => {
      console.warn('Leadership Radar will not work offline:', error);
    });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

if (hosted || elsewhere) {
  try {
    const module = await loadFull(guessedLocale);
    // The bridge first: what the host or the LMS says waits for the app (src/bridge.rs).
    if (hosted) module.startBridge(location.search);
    module.mountApp(undefined, '', '', '');
  } catch (error) {
    showFatal(error);
  }
} else try {
  const wasm = new URL('./leadership-radar_bg.wasm', import.meta.url);
  let source = wasm;
  if (document.documentElement.classList.contains('prerendered')) {
    // The pre-rendered first screens are on show (early.js): the wasm compiles in the background
    // meanwhile, and the app starts when the page is quiet (src/effects/prerender.rs takes over).
    // Where streaming compilation is refused (a wrong MIME type), init fetches the file itself.
    const compiled = WebAssembly.compileStreaming?.(fetch(wasm)).catch(() => wasm) ?? wasm;
    await window.leadershipRadar?.whenIdle?.();
    source = await compiled;
  }
  const glue = await import('./leadership-radar.js');
  await glue.default({ module_or_path: source });
  firstLoad = glue;
} catch (error) {
  showFatal(error);
}

// Loads the app as an external module (no inline script, so the page runs under script-src 'self')
// and wires the static error card, which also covers a failed download or an unsupported browser.
const STORAGE_KEY = 'leadership-radar.session';

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
const guessedLocale = window.leadershipRadarGuessedLocale ?? 'en';

function showFatal(error) {
  if (error) console.error('Leadership Radar could not start:', error);
  const root = document.documentElement;
  if (root.lang === 'en' && guessedLocale !== 'en') {
    root.dir = guessedLocale === 'ar' ? 'rtl' : 'ltr';
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
        if (key === STORAGE_KEY || key.startsWith(`${STORAGE_KEY}@`)) storage.removeItem(key);
      }
    } catch (_) { /* storage may be blocked */ }
  }
  location.reload();
});

// The companion module (a second, small wasm) renders the results document and, in a frame or an
// LMS, runs the host bridge. A plain visit fetches it only when results are near (the app calls
// the prefetch from the scenario bridge on), so it is not part of the first load.
let companion;
let styles;
let failures = 0;
function loadStyles() {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./report.css', import.meta.url).href;
    // Unstyled results beat no results: a failed stylesheet does not block them.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}
function loadCompanion() {
  if (!companion) {
    // Browsers remember a failed module import, so a retry asks for a fresh URL.
    const glue = failures ? `./companion.js?retry=${failures}` : './companion.js';
    companion = import(glue).then(async (module) => {
      await module.default({ module_or_path: new URL('./companion_bg.wasm', import.meta.url) });
      return module;
    });
    companion.catch(() => { companion = undefined; failures += 1; });
  }
  return companion;
}
// Translations (the compact form of content/locales/<code>.ini, written to locales/<code>.txt by the
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
window.leadershipRadarLocaleText = localeText;
// The app's language, which the companion follows before each document it writes.
let wantedLocale = 'en';
let companionLocale = 'en';
window.leadershipRadarUseLocale = (code) => { wantedLocale = code; };
if (guessedLocale !== 'en') localeText(guessedLocale).catch(() => {});
async function loadReport() {
  styles ??= loadStyles();
  const [module] = await Promise.all([loadCompanion(), styles]);
  const code = wantedLocale;
  if (companionLocale !== code) {
    module.useLocale(code, code === 'en' ? '' : await localeText(code));
    companionLocale = code;
  }
  return module;
}
window.leadershipRadarPrefetchReport = () => { loadReport().catch(() => {}); };
window.leadershipRadarRenderReport = async (record) => (await loadReport()).renderReport(record);
// Any other export of the companion, by name (src/effects/report.rs): shared results, result
// codes, downloads, the team view and the rater screens.
window.leadershipRadarCall = async (name, ...args) => (await loadReport())[name](...args);

// The screens the app shows now and then (results, shared results, team view, rater form) are
// rendered by the companion into a host element of the app's (src/effects/screens.rs).
window.leadershipRadarMountScreen = async (host, kind, args, autofocus, listener) =>
  (await loadReport()).mountScreen(host, kind, args, autofocus, listener);
// A screen may already be gone (unmounted) when its language changes: nothing to do then.
window.leadershipRadarRelocaleScreen = (screen) => {
  loadReport().then(() => screen.relocale()).catch(() => {});
};
window.leadershipRadarUnmountScreen = (screen) => screen.unmount();

// The mediator between the app and the companion's host bridge: each side may start first, so the
// latest record and any early commands wait here.
const bridge = {
  latest: null,
  listener: null,
  handler: null,
  queue: [],
  update(record, storage) {
    bridge.latest = [record, storage];
    bridge.listener?.(record, storage);
  },
  listen(listener) {
    bridge.listener = listener;
    if (bridge.latest) listener(...bridge.latest);
  },
  connect(handler) {
    bridge.handler = handler;
    for (const [kind, value] of bridge.queue.splice(0)) handler(kind, value);
  },
  command(kind, value) {
    if (bridge.handler) bridge.handler(kind, value);
    else bridge.queue.push([kind, value]);
  },
};
window.leadershipRadarBridge = bridge;

// Framed, opened by an LMS or configured for a host: start the bridge at once, beside the app.
const params = new URLSearchParams(location.search);
const framed = (() => { try { return window.parent !== window; } catch { return true; } })();
const hosted = framed || window.opener || params.has('parentOrigin') || params.get('lms') === 'scorm12';
if (hosted) {
  loadCompanion()
    .then((module) => module.startBridge(location.search))
    .catch((error) => console.error('Leadership Radar could not start its host bridge:', error));
}

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

try {
  const wasm = new URL('./leadership-radar_bg.wasm', import.meta.url);
  let source = wasm;
  if (document.documentElement.classList.contains('prerendered')) {
    // The pre-rendered first screens are on show (early.js): the wasm compiles in the background
    // meanwhile, and the app starts when the page is quiet (src/effects/prerender.rs takes over).
    // Where streaming compilation is refused (a wrong MIME type), init fetches the file itself.
    const compiled = WebAssembly.compileStreaming?.(fetch(wasm)).catch(() => wasm) ?? wasm;
    await window.leadershipRadarWhenIdle?.();
    source = await compiled;
  }
  const { default: init } = await import('./leadership-radar.js');
  await init({ module_or_path: source });
} catch (error) {
  showFatal(error);
}

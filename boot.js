// Loads the app as an external module (no inline script, so the page runs under script-src 'self')
// and wires the static error card, which also covers a failed download or an unsupported browser.
const STORAGE_KEY = 'leadership-radar.session';

function showFatal(error) {
  if (error) console.error('Leadership Radar could not start:', error);
  const card = document.getElementById('fatal');
  card?.removeAttribute('hidden');
  document.getElementById('app')?.setAttribute('hidden', '');
  card?.focus();
}

document.getElementById('fatal-restart')?.addEventListener('click', () => location.reload());
document.getElementById('fatal-reset')?.addEventListener('click', () => {
  try { localStorage.removeItem(STORAGE_KEY); } catch (_) { /* storage may be blocked */ }
  location.reload();
});

// The results document comes from a second, small wasm module, fetched only when results are near
// (the app calls the prefetch from the scenario bridge on), so it is not part of the first load.
let report;
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
function loadReport() {
  if (!report) {
    // Browsers remember a failed module import, so a retry asks for a fresh URL.
    const glue = failures ? `./report.js?retry=${failures}` : './report.js';
    styles ??= loadStyles();
    report = Promise.all([
      import(glue).then(async (module) => {
        await module.default({ module_or_path: new URL('./report_bg.wasm', import.meta.url) });
        return module;
      }),
      styles,
    ]).then(([module]) => module);
    report.catch(() => { report = undefined; failures += 1; });
  }
  return report;
}
window.leadershipRadarPrefetchReport = () => { loadReport().catch(() => {}); };
window.leadershipRadarRenderReport = async (record) => (await loadReport()).renderReport(record);

try {
  const { default: init } = await import('./leadership-radar.js');
  await init({ module_or_path: new URL('./leadership-radar_bg.wasm', import.meta.url) });
} catch (error) {
  showFatal(error);
}

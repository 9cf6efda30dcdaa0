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

try {
  const { default: init } = await import('./leadership-radar.js');
  await init({ module_or_path: new URL('./leadership-radar_bg.wasm', import.meta.url) });
} catch (error) {
  showFatal(error);
}

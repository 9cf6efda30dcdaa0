// Leadership Radar host snippet (MIT). Include it on a page that embeds the assessment:
//   <iframe data-leadership-radar src="https://quiz.example.org/?parentOrigin=https://lms.example.org" title="Leadership Radar"></iframe>
//   <script src="https://quiz.example.org/embed.js" defer></script>
// It sizes every such iframe to its content, trusts a message only from that iframe's own window
// and origin, and re-dispatches progress and completion as DOM events on the iframe:
//   iframe.addEventListener('leadership-radar:completed', (e) => console.log(e.detail));
(() => {
  const SOURCE = 'leadership-radar';
  const MIN_HEIGHT = 100;
  const MAX_HEIGHT = 20000;
  const FORWARDED = new Set(['ready', 'progress', 'completed', 'state']);

  const frames = () => Array.from(document.querySelectorAll('iframe[data-leadership-radar]'));
  const originOf = (frame) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  };
  const send = (frame, type) => {
    const origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ source: SOURCE, v: 1, type }, origin);
  };

  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.source !== SOURCE || data.v !== 1) return;
    // Only the iframe's own window, from the origin its src names: never another frame or the page.
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== originOf(frame) || typeof data.type !== 'string') return;
    if (data.type === 'resize') {
      const height = Number(data.height);
      if (Number.isFinite(height)) {
        frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))}px`;
      }
    } else if (FORWARDED.has(data.type)) {
      const { source, v, ...detail } = data;
      frame.dispatchEvent(new CustomEvent(`${SOURCE}:${data.type}`, { detail, bubbles: true }));
    }
  });

  // Ask each iframe for its size once it has loaded (it also reports every change by itself).
  const watch = (frame) => {
    if (frame.dataset.leadershipRadarWatched) return;
    frame.dataset.leadershipRadarWatched = 'true';
    frame.addEventListener('load', () => send(frame, 'requestSize'));
    // Already loaded? Ask now; a frame still on its initial about:blank (readable, same origin) waits.
    try {
      if (frame.contentWindow?.location.href === 'about:blank') return;
    } catch {
      // Cross-origin: the quiz is there.
    }
    send(frame, 'requestSize');
  };
  const start = () => frames().forEach(watch);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

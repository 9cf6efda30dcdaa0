// A test double of H5P's host script (h5p-resizer.js, GPL, not copied here), written from its
// documented protocol: messages {context: 'h5p', action}; the host finds the iframe by
// event.source, answers `hello` (making the frame full width), applies `prepareResize` and
// `resize`, and replies to event.origin. It sends `ready` to every iframe on load.
const params = new URLSearchParams(location.search);
window.h5pLog = [];
const frame = document.createElement('iframe');
frame.id = 'quiz';
frame.title = 'Leadership Radar';
frame.src = params.get('quiz');
document.getElementById('slot').append(frame);

const handlers = {
  hello(iframe, data, respond) {
    iframe.style.width = '100%';
    addEventListener('resize', () => respond('resize'));
    respond('hello');
  },
  prepareResize(iframe, data, respond) {
    if (iframe.clientHeight !== data.scrollHeight || data.scrollHeight !== data.clientHeight) {
      iframe.style.height = `${data.clientHeight}px`;
      respond('resizePrepared');
    }
  },
  resize(iframe, data) {
    iframe.style.height = `${data.scrollHeight}px`;
  },
};

addEventListener('message', (event) => {
  if (!event.data || event.data.context !== 'h5p') return;
  const iframe = Array.from(document.getElementsByTagName('iframe')).find((f) => f.contentWindow === event.source);
  if (!iframe || !handlers[event.data.action]) return;
  window.h5pLog.push(event.data.action);
  handlers[event.data.action](iframe, event.data, (action) =>
    event.source.postMessage({ context: 'h5p', action }, event.origin),
  );
});
frame.addEventListener('load', () => frame.contentWindow.postMessage({ context: 'h5p', action: 'ready' }, '*'));

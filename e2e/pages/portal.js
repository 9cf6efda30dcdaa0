// A portal page that embeds the real app with embed.js, as an L&D admin would, and records every
// message the iframe sends (window.messages) and every event embed.js dispatches (window.events).
// Query: quiz = the iframe's src; embed = the URL of embed.js (optional).
const params = new URLSearchParams(location.search);
window.messages = [];
window.events = [];
const frame = document.createElement('iframe');
frame.id = 'quiz';
frame.title = 'Leadership Radar';
frame.width = '760';
frame.setAttribute('data-leadership-radar', '');
frame.src = params.get('quiz');
addEventListener('message', (event) => {
  if (event.source === frame.contentWindow) window.messages.push({ origin: event.origin, data: event.data });
});
for (const type of ['ready', 'progress', 'completed', 'state']) {
  frame.addEventListener(`leadership-radar:${type}`, (event) => window.events.push([type, event.detail]));
}
window.sendToQuiz = (data) => frame.contentWindow.postMessage(data, new URL(frame.src).origin);
document.getElementById('slot').append(frame);
if (params.get('embed')) {
  const script = document.createElement('script');
  script.src = params.get('embed');
  document.head.append(script);
}

// The portal demo: embeds the app with embed.js, exactly as the README's snippet does, and shows
// what the portal receives. The app is served by `make serve` on the port below this page's
// (PORT and PORT + 1), or wherever ?quiz=<origin> says.
const params = new URLSearchParams(location.search);
const appOrigin = params.get('quiz') || `${location.protocol}//${location.hostname}:${Number(location.port) - 1}`;
const frame = document.getElementById('quiz');
const query = new URLSearchParams({ parentOrigin: location.origin, id: 'module-3' });
frame.src = `${appOrigin}/?${query}`;

const snippet = document.createElement('script');
snippet.src = `${appOrigin}/embed.js`;
document.head.append(snippet);

const log = document.getElementById('log');
const note = (type, detail) => {
  log.textContent = `${new Date().toLocaleTimeString()}  ${type}  ${JSON.stringify(detail)}\n${log.textContent}`;
};

frame.addEventListener('leadership-radar:ready', (event) => note('ready', event.detail));
frame.addEventListener('leadership-radar:progress', (event) => {
  const { answered, total } = event.detail;
  const bar = document.getElementById('progress');
  bar.max = total;
  bar.value = answered;
  document.getElementById('progress-text').textContent = `${answered} of ${total} answered`;
  note('progress', event.detail);
});
frame.addEventListener('leadership-radar:completed', (event) => {
  const scores = event.detail;
  const rows = [
    ['Leadership index', scores.leadership],
    ['Management index', scores.management],
    ['Archetype', scores.archetype],
    ['Situational agility', scores.agility ?? 'not taken'],
  ];
  const body = document.querySelector('#scores tbody');
  body.replaceChildren(
    ...rows.map(([name, value]) => {
      const row = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = name;
      const td = document.createElement('td');
      td.textContent = String(value);
      row.append(th, td);
      return row;
    }),
  );
  document.getElementById('scores').hidden = false;
  document.getElementById('scores-empty').hidden = true;
  note('completed', scores);
});
document.getElementById('reset').addEventListener('click', () => {
  frame.contentWindow.postMessage({ source: 'leadership-radar', v: 1, type: 'reset' }, appOrigin);
});

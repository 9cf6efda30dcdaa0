// Posts the v1 protocol to the parent page, as the real app will: ready, resize on request and on
// every change, completed on demand, plus malformed messages that the host snippet must ignore.
const message = (type, extra = {}) => ({ source: 'leadership-radar', v: 1, id: 'test', type, ...extra });
const post = (data) => parent.postMessage(data, '*');
const height = () => document.documentElement.scrollHeight;
let extra = 0;
document.getElementById('grow').addEventListener('click', () => {
  extra += 1;
  const block = document.createElement('div');
  block.className = 'block';
  block.textContent = `Block ${extra}`;
  block.setAttribute('height', '600');
  document.getElementById('content').append(block);
  post(message('resize', { height: 1200 }));
});
document.getElementById('shrink').addEventListener('click', () => post(message('resize', { height: 300 })));
document.getElementById('complete').addEventListener('click', () =>
  post(message('completed', { leadership: 75, management: 50, archetype: 'visionary-without-traction' })),
);
document.getElementById('bad').addEventListener('click', () => {
  post({ source: 'someone-else', v: 1, type: 'resize', height: 50 });
  post(message('resize', { height: 'tall' }));
  post({ ...message('resize', { height: 999 }), v: 2 });
  post('a string');
});
document.getElementById('huge').addEventListener('click', () => post(message('resize', { height: 1e9 })));
addEventListener('message', (event) => {
  if (event.data?.source === 'leadership-radar' && event.data.type === 'requestSize') {
    post(message('resize', { height: height() }));
  }
});
post(message('ready', { storage: 'memory' }));

// Leadership Radar's service worker: after one visit the assessment keeps working with the network
// off (a workshop whose Wi-Fi drops). Network first, so an online visit always gets what is
// deployed, exactly as without it; the cache answers only when the network fails. Each build's
// files go into a cache named after the build (installed whole, never written to afterwards), and
// an update replaces the previous one. boot.js registers it for a page of its own only: never in a
// frame, an LMS or a file.

// Replaced by scripts/postbuild.mjs with the build's version (a hash of its files) and file list.
const BUILD = { version: 'dev', files: [] };
const SCOPE = new URL(self.registration.scope);
// Per folder, so two copies on one site keep their own caches.
const PREFIX = `leadership-radar:${SCOPE.pathname}:`;
const CACHE = `${PREFIX}${BUILD.version}`;
// A network that hangs rather than fails (a captive portal, a dying access point) counts as gone
// when the file is cached.
const NETWORK_TIMEOUT_MS = 5000;
// Pages that had to fall back to the cache take every later file from it too, so a page never
// mixes files of two builds (old from the cache, new from a flaky network).
const offlineClients = new Set();

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.files.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The cache key of a request for the start page or one of the build's files (query dropped), or null. */
function keyOf(request) {
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length);
  if (request.mode === 'navigate') return path === '' || path === 'index.html' ? new URL('./', SCOPE).href : null;
  return BUILD.files.includes(path) ? new URL(path, SCOPE).href : null;
}

async function respond(event, key) {
  const client = event.resultingClientId || event.clientId;
  const cached = () => caches.match(key, { cacheName: CACHE });
  if (offlineClients.has(event.clientId)) {
    const hit = await cached();
    if (hit) return hit;
  }
  const network = fetch(event.request);
  network.catch(() => {}); // answered from the cache instead: not an unhandled rejection
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout'));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== 'timeout' && first.status < 500) return first;
  } catch {
    // The network failed: fall through to the cache.
  }
  const hit = await cached();
  if (hit) {
    offlineClients.add(client);
    return hit;
  }
  // Nothing cached: the network's own answer, however late or bad, is still the best there is.
  return network;
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const key = keyOf(event.request);
  if (key) event.respondWith(respond(event, key));
});

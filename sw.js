// Leadership Radar's service worker: after one visit the assessment keeps working with the network
// off (a workshop whose Wi-Fi drops). Network first, so an online visit always gets what is
// deployed, exactly as without it; the cache answers only when the network fails. Each build's
// files go into a cache named after the build, and an update replaces the previous one whole.
// boot.js registers it for a page of its own only: never in a frame, an LMS or a file.

// Replaced by scripts/postbuild.mjs with the build's version (a hash of its files) and file list.
const BUILD = { version: 'dev', files: [] };
const PREFIX = 'leadership-radar-';
const CACHE = `${PREFIX}${BUILD.version}`;
// A network that hangs rather than fails (a captive portal, a dying access point) counts as gone.
const NETWORK_TIMEOUT_MS = 5000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.files.map((file) => new Request(file, { cache: 'reload' }))))
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

/** The cache key of a request for one of the build's files (any query dropped), or null. */
function keyOf(request) {
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  if (request.mode === 'navigate') return new URL('./', self.registration.scope).href;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  return BUILD.files.includes(path) ? new URL(path, self.registration.scope).href : null;
}

async function fromNetwork(request, key) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: controller.signal });
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(key, copy)).catch(() => {});
    }
    return response;
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const key = keyOf(request);
  if (!key) return;
  event.respondWith(
    fromNetwork(request, key).catch(async (error) => {
      const cached = await caches.match(key, { cacheName: CACHE });
      if (cached) return cached;
      throw error;
    }),
  );
});

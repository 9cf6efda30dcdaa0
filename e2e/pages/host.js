// Points the iframes at the child test double on another site, loads the host snippet from the
// quiz's site (as a real portal would), and records what the snippet re-dispatches.
const params = new URLSearchParams(location.search);
const quiz = params.get('quiz');
document.getElementById('quiz').src = `${quiz}/child.html`;
document.getElementById('other').src = `${quiz}/child.html?other`;
window.events = [];
document.getElementById('quiz').addEventListener('leadership-radar:completed', (e) => window.events.push(['completed', e.detail]));
document.getElementById('quiz').addEventListener('leadership-radar:ready', (e) => window.events.push(['ready', e.detail]));
const snippet = document.createElement('script');
snippet.src = params.get('embed');
document.head.append(snippet);

// Loads the host snippet from the quiz's site (as a real portal would), then points the iframes at
// the child test double on another site, and records what the snippet re-dispatches.
const params = new URLSearchParams(location.search);
const quiz = params.get('quiz');
window.events = [];
document.getElementById('quiz').addEventListener('leadership-radar:completed', (e) => window.events.push(['completed', e.detail]));
document.getElementById('quiz').addEventListener('leadership-radar:ready', (e) => window.events.push(['ready', e.detail]));
const snippet = document.createElement('script');
snippet.src = params.get('embed');
// The double posts `ready` the moment it loads (the real app takes far longer), so the frames are
// pointed at it only once the snippet listens.
snippet.onload = () => {
  document.getElementById('quiz').src = `${quiz}/child.html`;
  document.getElementById('other').src = `${quiz}/child.html?other`;
};
document.head.append(snippet);

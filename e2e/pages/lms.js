// A test LMS: scorm-again's SCORM 1.2 runtime as window.API, launching the package in an iframe,
// recording every call (window.lms.calls) and every runtime error it logs (window.lms.errors).
// Query: pkg = the package's launch URL; entry = cmi.core.entry (ab-initio | resume);
// suspend = cmi.suspend_data to launch with; status = cmi.core.lesson_status to launch with.
const params = new URLSearchParams(location.search);
window.lms = { calls: [], errors: [] };
window.API = new Scorm12API({
  logLevel: 4,
  autocommit: false,
  onLogMessage: (level, message) => {
    if (level >= 4) window.lms.errors.push(message);
  },
});
const core = { student_id: 'u-42', student_name: 'Doe, Jane', entry: params.get('entry') || 'ab-initio' };
if (params.get('status')) core.lesson_status = params.get('status');
API.loadFromJSON({ core, suspend_data: params.get('suspend') || '' });
for (const method of ['LMSInitialize', 'LMSCommit', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSGetLastError']) {
  const original = API[method].bind(API);
  API[method] = (...args) => {
    const result = original(...args);
    window.lms.calls.push({ method, args, result: String(result) });
    return result;
  };
}
const frame = document.createElement('iframe');
frame.id = 'sco';
frame.title = 'Leadership Radar';
frame.width = '900';
frame.height = '900';
frame.src = params.get('pkg');
document.getElementById('slot').append(frame);

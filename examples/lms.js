// The LMS demo: scorm-again's SCORM 1.2 runtime as window.API, launching the unpacked package
// (made by `make scorm`, which `make serve` runs) in a frame, the way an LMS does. Each commit is
// saved to localStorage, standing in for the LMS database, so "Launch again" resumes.
const DATABASE = 'demo-lms.learner-record';
const PACKAGE = '/target/scorm12/index.html';
const log = document.getElementById('log');
const slot = document.getElementById('slot');

const load = () => {
  try {
    return JSON.parse(localStorage.getItem(DATABASE)) ?? null;
  } catch {
    return null;
  }
};

function show(record) {
  const core = record?.core ?? {};
  document.getElementById('status').textContent = core.lesson_status || 'not attempted';
  document.getElementById('score').textContent = core.score?.raw ? `${core.score.raw} (Leadership Index)` : 'none';
  document.getElementById('time').textContent = core.total_time || 'none';
}

function launch() {
  slot.replaceChildren();
  log.textContent = '';
  const saved = load();
  // A suspended attempt resumes; a finished or new one starts afresh.
  const resume = saved?.core?.exit === 'suspend' && saved?.suspend_data;
  const entry = resume ? 'resume' : 'ab-initio';
  document.getElementById('entry').textContent = entry;
  window.API = new Scorm12API({ autocommit: false, logLevel: 4 });
  const core = { student_id: 'jane-doe', student_name: 'Doe, Jane', entry };
  if (saved?.core?.lesson_status) core.lesson_status = saved.core.lesson_status;
  window.API.loadFromJSON({ core, suspend_data: resume ? saved.suspend_data : '' });
  for (const method of ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
    const original = window.API[method].bind(window.API);
    window.API[method] = (...args) => {
      const result = original(...args);
      log.textContent += `${method}(${args.map((a) => JSON.stringify(a)).join(', ')}) -> ${JSON.stringify(result)}\n`;
      if (method === 'LMSCommit' || method === 'LMSFinish') {
        const { cmi } = window.API.renderCommitCMI(true);
        // scorm-again will not read back the write-only exit: keep it from the calls.
        const exit = [...log.textContent.matchAll(/LMSSetValue\("cmi\.core\.exit", "([^"]*)"\)/g)].at(-1)?.[1] ?? '';
        const record = { ...cmi, core: { ...cmi.core, exit } };
        localStorage.setItem(DATABASE, JSON.stringify(record));
        show(record);
      }
      return result;
    };
  }
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'Leadership Radar (SCORM package)';
  frame.src = PACKAGE;
  slot.append(frame);
}

document.getElementById('close').addEventListener('click', () => slot.replaceChildren());
document.getElementById('launch').addEventListener('click', launch);
document.getElementById('forget').addEventListener('click', () => {
  localStorage.removeItem(DATABASE);
  show(null);
  launch();
});
show(load());
launch();

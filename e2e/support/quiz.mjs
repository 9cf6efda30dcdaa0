// Page object for Leadership Radar, driven by role and accessible name like a person would.
//
// It reads crates/content/data/bank.ini itself (a tiny INI reader, no app code) so that a test can answer the
// statement currently on screen from that statement's metadata (dimension, pole, key), and pick
// scenario options by their expert key or hat. It never computes scores: the specs work those out
// by hand, in comments, and compare them with what the page displays.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect } from '@playwright/test';

const BANK_PATH = fileURLToPath(new URL('../../crates/content/data/bank.ini', import.meta.url));

/** Scale labels in value order: SCALE[0] is 1 "Never" ... SCALE[4] is 5 "Always". */
export const SCALE = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
/** The extra choice on items with `no_opportunity = yes`. */
export const NO_OPPORTUNITY = 'No opportunity';
/** The storage key of the saved session. */
export const STORAGE_KEY = 'leadership-radar.session';
/** Dimension ids in radar (and table) order. */
export const DIMENSION_IDS = [
  'direction',
  'change',
  'people',
  'motivation',
  'decisions',
  'development',
  'accountability',
  'problems',
];

/**
 * Parses INI text into sections `{ kind, id, values }`, where `values` maps a key to the list of
 * its values in file order (keys such as `option` repeat). `#` starts a comment line.
 */
export function parseIni(text) {
  const sections = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = line.match(/^\[(\S+)(?:\s+(\S+))?\]$/);
    if (header) {
      current = { kind: header[1], id: header[2] ?? '', values: new Map() };
      sections.push(current);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0 || !current) throw new Error(`bank.ini: cannot read line: ${raw}`);
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (!current.values.has(key)) current.values.set(key, []);
    current.values.get(key).push(value);
  }
  return sections;
}

function one(section, key) {
  const values = section.values.get(key);
  if (!values || values.length !== 1) throw new Error(`[${section.kind} ${section.id}]: expected one ${key}`);
  return values[0];
}

/** The item bank and scenarios, read from crates/content/data/bank.ini. */
export function loadBank(path = BANK_PATH) {
  const sections = parseIni(readFileSync(path, 'utf8'));
  const dimensions = sections
    .filter((s) => s.kind === 'dimension')
    .map((s) => ({ id: s.id, name: one(s, 'name'), lead: one(s, 'lead'), manage: one(s, 'manage') }));
  const items = sections
    .filter((s) => s.kind === 'item')
    .map((s) => ({
      id: s.id,
      dimension: one(s, 'dimension'),
      pole: one(s, 'pole'),
      key: one(s, 'key'),
      short: one(s, 'short') === 'yes',
      noOpportunity: one(s, 'no_opportunity') === 'yes',
      text: one(s, 'text'),
    }));
  const scenarios = sections
    .filter((s) => s.kind === 'scenario')
    .map((s) => {
      const options = s.values.get('option').map((value) => {
        const [letter, hat, key, ...text] = value.split('|').map((f) => f.trim());
        return { scenario: s.id, letter, hat, key: Number(key), text: text.join('|') };
      });
      return { id: s.id, title: one(s, 'title'), hat: one(s, 'hat'), options };
    });
  const itemByText = new Map(items.map((item) => [item.text, item]));
  const optionByText = new Map(scenarios.flatMap((s) => s.options.map((o) => [o.text, o])));
  return { dimensions, items, scenarios, itemByText, optionByText };
}

export const bank = loadBank();

const contentPath = (name) => fileURLToPath(new URL(`../../crates/content/data/${name}`, import.meta.url));

/** The keys and values of one section, as a plain object. */
function valuesOf(section) {
  return Object.fromEntries([...section.values].map(([key, values]) => [key, values[0]]));
}

/**
 * What a person sees in `lang` ('en', 'fr', 'de', 'es' or 'ar'), read from the content files the
 * app is built from: `ui` and `report` strings by key, and each statement, scenario option,
 * dimension and archetype name by id. English comes from crates/content/data/*.ini, the others from
 * crates/content/data/locales/<lang>.ini.
 */
export function loadTexts(lang = 'en') {
  const fromFile = (name) => parseIni(readFileSync(contentPath(name), 'utf8'));
  const sections =
    lang === 'en'
      ? [
          ...fromFile('ui.ini').map((s) => ({ ...s, kind: 'ui', id: '' })),
          ...fromFile('report.ini').map((s) => ({ ...s, kind: 'report', id: '' })),
          ...fromFile('bank.ini'),
          ...fromFile('interpretation.ini'),
        ]
      : fromFile(`locales/${lang}.ini`);
  const of = (kind) => sections.filter((s) => s.kind === kind);
  const optionText = new Map();
  for (const scenario of of('scenario')) {
    for (const value of scenario.values.get('option')) {
      const [letter, ...rest] = value.split('|').map((f) => f.trim());
      optionText.set(`${scenario.id}:${letter}`, rest[rest.length - 1]);
    }
  }
  return {
    lang,
    ui: valuesOf(of('ui')[0]),
    report: valuesOf(of('report')[0]),
    itemText: new Map(of('item').map((s) => [s.id, one(s, 'text')])),
    observerText: new Map(of('item').map((s) => [s.id, one(s, 'observer')])),
    optionText,
    scenarioTitle: new Map(of('scenario').map((s) => [s.id, one(s, 'title')])),
    dimensionName: new Map(of('dimension').map((s) => [s.id, one(s, 'name')])),
    archetypeName: new Map(of('archetype').map((s) => [s.id, one(s, 'name')])),
  };
}

const NUMBER_PLACEHOLDERS = ['n', 'total', 'min', 'max', 'points', 'score'];

/** A RegExp matching all of `template`, each number `{placeholder}` standing for digits, others for any text. */
export function templatePattern(template) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let pattern = '';
  let rest = template;
  for (const match of template.matchAll(/\{([a-z_]+)\}/g)) {
    const [before] = rest.split(match[0], 1);
    pattern += escape(before) + (NUMBER_PLACEHOLDERS.includes(match[1]) ? '\\d+' : '.+?');
    rest = rest.slice(before.length + match[0].length);
  }
  return new RegExp(`^${pattern}${escape(rest)}$`);
}

/** `template` with its `{placeholders}` filled from `values`. */
export function fillTemplate(template, values) {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The label of a scale value (1-5) or of "No opportunity". */
export function labelOf(answer) {
  if (answer === NO_OPPORTUNITY || answer === 'n') return NO_OPPORTUNITY;
  if (typeof answer === 'number') {
    if (!Number.isInteger(answer) || answer < 1 || answer > 5) throw new Error(`bad scale value ${answer}`);
    return SCALE[answer - 1];
  }
  if (SCALE.includes(answer)) return answer;
  throw new Error(`bad answer ${answer}`);
}

export class Quiz {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {string} lang the language the page is expected to speak
   */
  constructor(page, lang = 'en') {
    this.page = page;
    this.bank = bank;
    this.useLanguage(lang);
  }

  /** Expects the page in `lang` from now on (after a switch, say). */
  useLanguage(lang) {
    this.lang = lang;
    this.t = loadTexts(lang);
    this.itemByText = new Map(bank.items.map((item) => [this.t.itemText.get(item.id), item]));
  }

  /** The label of a scale value (1-5), a scale label or "No opportunity", in the page's language. */
  label(answer) {
    const english = labelOf(answer);
    if (english === NO_OPPORTUNITY) return this.t.ui.no_opportunity;
    return this.t.ui[`scale_${SCALE.indexOf(english) + 1}`];
  }

  /** The text of scenario option `option` (from `bank`) in the page's language. */
  optionText(option) {
    return this.t.optionText.get(`${option.scenario}:${option.letter}`);
  }

  // ------------------------------------------------------------------ navigation

  /** The app's address in the page's language, with `hash` (a result link's `#r=…`, `#team`). */
  address(hash = '') {
    return this.lang === 'en' ? `/${hash}` : `/?lang=${this.lang}${hash}`;
  }

  /** Opens the app and waits until it has mounted (the boot splash is replaced). */
  async goto() {
    await this.page.goto(this.address());
    await this.waitForApp();
  }

  /** Reloads and waits until the app has mounted again. */
  async reload() {
    await this.page.reload();
    await this.waitForApp();
  }

  async waitForApp() {
    // The pre-rendered first screens (scripts/prerender.mjs) are gone once the app has taken over;
    // e2e/prerender.spec.mjs drives them before that.
    await expect(this.page.locator('[data-prerender]')).toHaveCount(0);
    await expect(this.page.getByRole('main')).toBeVisible();
    // A translation is in place once <html lang> says so (the app sets it after loading the texts).
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.lang);
  }

  heading(name) {
    return this.page.getByRole('heading', { name, exact: true });
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The role=status live region that carries storage notices. */
  notice() {
    return this.page.getByRole('status').locator('[data-notice]');
  }

  /** Starts a form from the intro: 'short' (16 items) or 'full' (48 items). */
  async start(form) {
    await expect(this.heading(this.t.ui.intro_heading)).toBeVisible();
    await this.button(form === 'full' ? this.t.ui.start_full : this.t.ui.start_short).click();
    await expect(this.progress()).toHaveText(fillTemplate(this.t.ui.progress_items, { n: 1, total: form === 'full' ? 48 : 16 }));
  }

  // ------------------------------------------------------------------ items

  /** The "n of total" progress text of an item screen. */
  progress() {
    return this.page.getByText(templatePattern(this.t.ui.progress_items));
  }

  /** The statement group (fieldset) of the item screen. */
  itemGroup() {
    return this.page.getByRole('group');
  }

  /** The bank metadata of the statement on screen; the group's accessible name is the statement. */
  async currentItem() {
    const text = (await this.itemGroup().locator('legend').innerText()).trim();
    const item = this.itemByText.get(text);
    if (!item) throw new Error(`statement not in the ${this.lang} texts: ${text}`);
    await expect(this.page.getByRole('group', { name: text, exact: true })).toBeVisible();
    return item;
  }

  /** The radio of one choice (a scale value 1-5, a scale label or "No opportunity") on the item screen. */
  choice(answer) {
    return this.itemGroup().getByRole('radio', { name: this.label(answer), exact: true });
  }

  /** Clicks one choice on the current item (which answers it and moves on). */
  async answerCurrent(answer) {
    await this.choice(answer).click();
  }

  /**
   * Answers items from the current one to the end of the form.
   * `decide(item, position)` returns a scale value 1-5, a scale label or "No opportunity".
   * Returns the answers given, in presentation order: `{ position, item, label }`.
   */
  async answerItems(decide, { total, from = 1, to = total } = {}) {
    const given = [];
    for (let position = from; position <= to; position += 1) {
      await expect(this.progress()).toHaveText(fillTemplate(this.t.ui.progress_items, { n: position, total }));
      const item = await this.currentItem();
      const label = labelOf(decide(item, position));
      await this.answerCurrent(label);
      given.push({ position, item, label });
    }
    return given;
  }

  // ------------------------------------------------------------------ scenarios

  bestGroup() {
    return this.page.getByRole('group', { name: this.t.ui.most_effective, exact: true });
  }

  leastGroup() {
    return this.page.getByRole('group', { name: this.t.ui.least_effective, exact: true });
  }

  /** The bank scenario whose options are on screen (matched by the radios' accessible names). */
  async currentScenario() {
    await expect(this.bestGroup()).toBeVisible();
    for (const scenario of bank.scenarios) {
      const first = this.bestGroup().getByRole('radio', { name: this.optionText(scenario.options[0]), exact: true });
      if ((await first.count()) === 1) return scenario;
    }
    throw new Error('the scenario on screen is not in bank.ini');
  }

  /**
   * Answers every scenario screen from the bridge's "Start the scenarios" on.
   * `decide(scenario)` returns `{ best, least }`, each an option object of that scenario.
   * Returns `{ scenario, best, least, progress, title }` per screen, in order.
   */
  async answerScenarios(decide) {
    const answered = [];
    let previous = null;
    for (let screen = 0; screen < bank.scenarios.length; screen += 1) {
      await expect
        .poll(async () => (await this.currentScenario()).id, { message: 'the next scenario is shown' })
        .not.toBe(previous);
      const scenario = await this.currentScenario();
      const { best, least } = decide(scenario);
      const next = this.button(this.t.ui.next);
      await expect(next).toBeDisabled();
      await this.bestGroup().getByRole('radio', { name: this.optionText(best), exact: true }).check();
      await this.leastGroup().getByRole('radio', { name: this.optionText(least), exact: true }).check();
      await expect(next).toBeEnabled();
      const progress = await this.page.getByText(templatePattern(this.t.ui.progress_scenarios)).innerText();
      const title = await this.page.getByRole('heading', { level: 1 }).innerText();
      await next.click();
      answered.push({ scenario, best, least, progress, title });
      previous = scenario.id;
    }
    return answered;
  }

  /** The option of `scenario` with expert key `key` (2 best ... -1 worst). */
  static optionWithKey(scenario, key) {
    const matches = scenario.options.filter((o) => o.key === key);
    if (matches.length !== 1) throw new Error(`${scenario.id}: ${matches.length} options keyed ${key}`);
    return matches[0];
  }

  // ------------------------------------------------------------------ review and results

  /** From the review, opens the results. */
  async seeResults() {
    await expect(this.heading(this.t.ui.review_heading)).toBeVisible();
    await this.button(this.t.ui.see_results).click();
    await expect(this.heading(this.t.ui.results_heading)).toBeVisible();
  }

  /** The table cell of one pole: `td[data-pole]` in `tr[data-dimension]`. */
  cell(dimension, pole) {
    return this.scoreTable().locator(`tr[data-dimension="${dimension}"] td[data-pole="${pole}"]`);
  }

  scoreTable() {
    const caption = this.t.report.table_caption;
    return this.page.getByRole('table').filter({ has: this.page.locator('caption', { hasText: caption }) });
  }

  /** The value (dd) of a stat in the pattern card, by its term (dt): "Leadership index" ... */
  stat(term) {
    return this.page
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** The `points` of a radar series ('leading' or 'managing') as [[x, y], ...]. */
  async seriesPoints(series) {
    const points = await this.page.locator(`svg polygon[data-series="${series}"]`).getAttribute('points');
    return points
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split(',').map(Number));
  }

  // ------------------------------------------------------------------ shortcuts

  /**
   * Opens the app and takes the whole short form with `decide`, then every scenario (the expert's
   * best as most effective, the keyed-worst as least), and opens the results.
   */
  async shortRunWithScenariosToResults(decide) {
    await this.goto();
    await this.start('short');
    await this.answerItems(decide, { total: 16 });
    await this.button(this.t.ui.start_scenarios).click();
    await this.answerScenarios((s) => ({ best: Quiz.optionWithKey(s, 2), least: Quiz.optionWithKey(s, -1) }));
    await this.seeResults();
  }

  /** Takes the whole short form with `decide`, skips the scenarios and opens the results. */
  async shortRunToResults(decide) {
    await this.start('short');
    const given = await this.answerItems(decide, { total: 16 });
    await expect(this.heading(this.t.ui.scenarios_heading)).toBeVisible();
    await this.button(this.t.ui.skip_scenarios).click();
    await this.seeResults();
    return given;
  }
}

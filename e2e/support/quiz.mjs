// Page object for Leadership Radar, driven by role and accessible name like a person would.
//
// It reads the content sources itself (crates/content/data/bank.toml and locales/<lang>.ftl, with the
// standard TOML and Fluent parsers, no app code) so that a test can answer the statement currently on
// screen from that statement's metadata (dimension, pole, key), and pick scenario options by their
// expert key or hat. It never computes scores: the specs work those out
// by hand, in comments, and compare them with what the page displays.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { FluentParser } from '@fluent/syntax';
import { expect } from '@playwright/test';
import { parse as parseToml } from 'smol-toml';

const contentPath = (name) => fileURLToPath(new URL(`../../crates/content/data/${name}`, import.meta.url));

/** Scale labels in value order: SCALE[0] is 1 "Never" ... SCALE[4] is 5 "Always". */
export const SCALE = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
/** The extra choice on items with `no_opportunity = true`. */
export const NO_OPPORTUNITY = 'No opportunity';
/** The storage key of the saved session. */
export const STORAGE_KEY = 'leadership-radar.session';

/**
 * The texts of `locales/<lang>.ftl` as a Map from a message id (its value) or `id.attribute` to the
 * text, with `{ $name }` written `{name}` as the app fills it, and a select on a number's plural
 * form `{ $n -> [one] … *[other] … }` written `{n -> [one]…[other]…}` (see fillTemplate).
 */
export function loadCatalog(lang = 'en') {
  const resource = new FluentParser({ withSpans: false }).parse(readFileSync(contentPath(`locales/${lang}.ftl`), 'utf8'));
  const textOf = (pattern) =>
    pattern.elements
      .map((element) => {
        if (element.type === 'TextElement') return element.value;
        if (element.expression?.type === 'VariableReference') return `{${element.expression.id.name}}`;
        if (element.expression?.type === 'SelectExpression' && element.expression.selector.type === 'VariableReference') {
          const variants = element.expression.variants.map(
            (variant) => `[${variant.key.name ?? variant.key.value}]${textOf(variant.value)}`,
          );
          return `{${element.expression.selector.id.name} -> ${variants.join('')}}`;
        }
        throw new Error(`locales/${lang}.ftl: a placeable the tests cannot read`);
      })
      .join('')
      .split('\n')
      .map((line) => line.trim())
      .join(' ')
      .trim();
  const catalog = new Map();
  for (const entry of resource.body) {
    if (entry.type === 'Junk') throw new Error(`locales/${lang}.ftl: cannot read ${entry.content}`);
    if (entry.type !== 'Message') continue;
    if (entry.value) catalog.set(entry.id.name, textOf(entry.value));
    for (const attribute of entry.attributes) catalog.set(`${entry.id.name}.${attribute.id.name}`, textOf(attribute.value));
  }
  return catalog;
}

function text(catalog, key) {
  const value = catalog.get(key);
  if (value === undefined) throw new Error(`no text ${key}`);
  return value;
}

const LETTERS = ['a', 'b', 'c', 'd'];

/** The item bank and scenarios: the structure of crates/content/data/bank.toml, the English texts. */
export function loadBank() {
  const structure = parseToml(readFileSync(contentPath('bank.toml'), 'utf8'));
  const english = loadCatalog('en');
  const dimensions = structure.dimension.map((d) => ({
    id: d.id,
    name: text(english, `dimension-${d.id}`),
    lead: text(english, `dimension-${d.id}.lead`),
    manage: text(english, `dimension-${d.id}.manage`),
  }));
  const items = structure.item.map((item) => ({
    id: item.id,
    dimension: item.dimension,
    pole: item.pole,
    key: item.key,
    short: item.short,
    noOpportunity: item.no_opportunity,
    text: text(english, `item-${item.id}`),
  }));
  const scenarios = structure.scenario.map((s) => ({
    id: s.id,
    title: text(english, `scenario-${s.id}`),
    hat: s.hat,
    options: s.options.map((o, index) => ({
      scenario: s.id,
      letter: LETTERS[index],
      hat: o.hat,
      key: o.key,
      text: text(english, `scenario-${s.id}.option-${LETTERS[index]}`),
    })),
  }));
  const itemByText = new Map(items.map((item) => [item.text, item]));
  const optionByText = new Map(scenarios.flatMap((s) => s.options.map((o) => [o.text, o])));
  return { dimensions, items, scenarios, itemByText, optionByText };
}

export const bank = loadBank();

/** Dimension ids in radar order, from bank.toml. */
export const DIMENSION_IDS = bank.dimensions.map((d) => d.id);

/**
 * What a person sees in `lang` ('en', 'fr', 'de', 'es' or 'ar'), read from the content files the
 * app is built from (crates/content/data/locales/<lang>.ftl): `ui` and `report` strings by key, and
 * each statement, scenario option, dimension and archetype name by id.
 */
export function loadTexts(lang = 'en') {
  const catalog = loadCatalog(lang);
  // The interface strings are the messages whose ids have no hyphen (every bank and interpretation
  // id has one); `ui` and `report` are the same strings, as the specs name them both ways.
  const strings = Object.fromEntries([...catalog].filter(([key]) => !key.includes('-') && !key.includes('.')));
  const optionText = new Map();
  for (const scenario of bank.scenarios) {
    for (const option of scenario.options) {
      optionText.set(`${scenario.id}:${option.letter}`, text(catalog, `scenario-${scenario.id}.option-${option.letter}`));
    }
  }
  const byId = (prefix, list, suffix = '') => new Map(list.map((entry) => [entry.id, text(catalog, `${prefix}-${entry.id}${suffix}`)]));
  const { archetype: archetypes } = parseToml(readFileSync(contentPath('interpretation.toml'), 'utf8'));
  return {
    lang,
    ui: strings,
    report: strings,
    itemText: byId('item', bank.items),
    observerText: byId('item', bank.items, '.observer'),
    optionText,
    scenarioTitle: byId('scenario', bank.scenarios),
    dimensionName: byId('dimension', bank.dimensions),
    archetypeName: byId('archetype', archetypes),
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

/** `template` with its `{placeholders}` filled from `values`, each select's variant chosen for `lang`. */
export function fillTemplate(template, values, lang = 'en') {
  // A select: the variant for an exact number, else for the number's plural category in `lang`
  // (the browser's own CLDR rules), else `other`.
  const plural = new Intl.PluralRules(lang);
  const chosen = template.replace(/\{([a-z_]+) -> ((?:[^{}]|\{[a-z_]+\})*)\}/g, (whole, name, body) => {
    const variants = new Map([...body.matchAll(/\[([^\]]+)\]([^[]*)/g)].map(([, key, text]) => [key, text]));
    const value = values[name];
    return variants.get(String(value)) ?? variants.get(plural.select(Number(value))) ?? variants.get('other') ?? '';
  });
  return chosen.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
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

  /** The scenario's list of moves: one fieldset holding both picks of every option. */
  moves() {
    return this.page.getByRole('group', { name: this.t.ui.choose_moves, exact: true });
  }

  /** The "most effective" radio of one option (its name: the pick, then the option's text). */
  bestRadio(option) {
    return this.moves().getByRole('radio', { name: `${this.t.ui.most_effective} ${this.optionText(option)}`, exact: true });
  }

  /** The "least effective" radio of one option. */
  leastRadio(option) {
    return this.moves().getByRole('radio', { name: `${this.t.ui.least_effective} ${this.optionText(option)}`, exact: true });
  }

  /** The bank scenario whose options are on screen (matched by the radios' accessible names). */
  async currentScenario() {
    await expect(this.moves()).toBeVisible();
    for (const scenario of bank.scenarios) {
      if ((await this.bestRadio(scenario.options[0]).count()) === 1) return scenario;
    }
    throw new Error('the scenario on screen is not in the bank');
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
      await this.bestRadio(best).check();
      await this.leastRadio(least).check();
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

// Full form end to end: a scripted mix that differs per dimension and uses reverse keys and
// "No opportunity", all eight scenario screens, then every displayed number against hand arithmetic.
import { test, expect } from './support/fixtures.mjs';
import { NO_OPPORTUNITY, Quiz } from './support/quiz.mjs';

// Raw answers per dimension and pole: `positive` for both positively keyed items, `reverse` for the
// reverse-keyed one (scored 6 - x). Items listed in NO_OPPORTUNITY_ITEMS are answered "No opportunity"
// instead (each offers it: `no_opportunity = true` in bank.toml).
const PLAN = {
  direction: { lead: { positive: 3, reverse: 3 }, manage: { positive: 4, reverse: 2 } },
  change: { lead: { positive: 4, reverse: 2 }, manage: { positive: 5, reverse: 2 } },
  people: { lead: { positive: 4, reverse: 1 }, manage: { positive: 4, reverse: 3 } },
  motivation: { lead: { positive: 3, reverse: 3 }, manage: { positive: 2, reverse: 5 } },
  decisions: { lead: { positive: 5, reverse: 3 }, manage: { positive: 4, reverse: 1 } },
  development: { lead: { positive: 2, reverse: 4 }, manage: { positive: 3, reverse: 3 } },
  accountability: { lead: { positive: 4, reverse: 4 }, manage: { positive: 3, reverse: 3 } },
  problems: { lead: { positive: 3, reverse: 1 }, manage: { positive: 4, reverse: 1 } },
};
const NO_OPPORTUNITY_ITEMS = new Set(['people-manage-2', 'development-manage-2', 'development-manage-3']);

// Scenario picks by expert key (each scenario has exactly one option per key 2, 1, 0, -1).
const PICKS = {
  'client-lost-a': { best: 2, least: -1 },
  'client-lost-b': { best: 2, least: 0 },
  'new-operating-model': { best: 1, least: -1 },
  'new-starter': { best: 2, least: -1 },
  'better-method': { best: 0, least: 2 },
  'rising-errors': { best: -1, least: 0 },
  'new-initiative-a': { best: 2, least: -1 },
  'new-initiative-b': { best: 1, least: 0 },
};

test('full form with scenarios shows hand-computed scores, pattern and agility', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.start('full');

  const given = await quiz.answerItems(
    (item) => {
      if (NO_OPPORTUNITY_ITEMS.has(item.id)) {
        expect(item.noOpportunity, `${item.id} offers No opportunity`).toBe(true);
        return NO_OPPORTUNITY;
      }
      return PLAN[item.dimension][item.pole][item.key];
    },
    { total: 48 },
  );
  // All 48 items, each exactly once.
  expect(new Set(given.map((g) => g.item.id)).size).toBe(48);
  expect(given.filter((g) => g.label === NO_OPPORTUNITY).map((g) => g.item.id).sort()).toEqual(
    [...NO_OPPORTUNITY_ITEMS].sort(),
  );

  // ---- scenarios: no skipping in the full form
  await expect(quiz.heading('Switching hats')).toBeVisible();
  await expect(quiz.button('Skip the scenarios')).toHaveCount(0);
  await quiz.button('Start the scenarios').click();
  const answered = await quiz.answerScenarios((scenario) => ({
    best: Quiz.optionWithKey(scenario, PICKS[scenario.id].best),
    least: Quiz.optionWithKey(scenario, PICKS[scenario.id].least),
  }));
  expect(answered.map((a) => a.scenario.id)).toEqual(Object.keys(PICKS));
  // Eight screens, six scenarios: the first and the last have two parts.
  expect(answered.map((a) => a.progress)).toEqual([
    'Scenario 1 of 6',
    'Scenario 1 of 6',
    'Scenario 2 of 6',
    'Scenario 3 of 6',
    'Scenario 4 of 6',
    'Scenario 5 of 6',
    'Scenario 6 of 6',
    'Scenario 6 of 6',
  ]);
  expect(answered[0].title).toContain('Part 1 of 2');
  expect(answered[1].title).toContain('Part 2 of 2');
  expect(answered[6].title).toContain('Part 1 of 2');
  expect(answered[7].title).toContain('Part 2 of 2');
  // The switched-hats condition as picked: the crisis managed then its recovery led, the new
  // initiative led then its growth managed.
  expect([answered[0].best.hat, answered[1].best.hat]).toEqual(['manage', 'lead']);
  expect([answered[6].best.hat, answered[7].best.hat]).toEqual(['lead', 'manage']);

  // ---- review: 48 statements and 8 scenario screens, each changeable
  await expect(quiz.heading('Review your answers')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Change answer \d+$/ })).toHaveCount(48);
  await expect(page.getByRole('button', { name: /^Change scenario / })).toHaveCount(8);
  for (const name of ['Change scenario 1.1', 'Change scenario 1.2', 'Change scenario 2', 'Change scenario 6.1', 'Change scenario 6.2']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('listitem').filter({ hasText: NO_OPPORTUNITY })).toHaveCount(3);
  await quiz.seeResults();

  // ---- table. Pole score = 100 * (mean - 1) / 4 over the answered items, reverse scored 6 - x,
  // shown rounded to the nearest 5. With three items scored a, b, c: 100 * (a + b + c - 3) / 12.
  const expected = {
    // lead: 3, 3, rev 3 -> 6-3 = 3: (3+3+3-3)/12 = 6/12 -> 50
    // manage: 4, 4, rev 2 -> 6-2 = 4: (4+4+4-3)/12 = 9/12 -> 75
    direction: { lead: '50', manage: '75' },
    // lead: 4, 4, rev 2 -> 4: 9/12 -> 75
    // manage: 5, 5, rev 2 -> 4: (5+5+4-3)/12 = 11/12 -> 91.67 -> 90
    change: { lead: '75', manage: '90' },
    // lead: 4, 4, rev 1 -> 5: (4+4+5-3)/12 = 10/12 -> 83.33 -> 85
    // manage: 4, No opportunity (left out), rev 3 -> 3: two items, mean 3.5 -> 100*2.5/4 = 62.5 -> 65 (halves round up)
    people: { lead: '85', manage: '65' },
    // lead: 3, 3, rev 3 -> 3: 50
    // manage: 2, 2, rev 5 -> 1: (2+2+1-3)/12 = 2/12 -> 16.67 -> 15
    motivation: { lead: '50', manage: '15' },
    // lead: 5, 5, rev 3 -> 3: (5+5+3-3)/12 = 10/12 -> 83.33 -> 85
    // manage: 4, 4, rev 1 -> 5: 10/12 -> 83.33 -> 85
    decisions: { lead: '85', manage: '85' },
    // lead: 2, 2, rev 4 -> 2: (2+2+2-3)/12 = 3/12 -> 25
    // manage: 3, No opportunity, No opportunity: 1 answered item < 2 needed -> no score
    development: { lead: '25', manage: 'not enough answers' },
    // lead: 4, 4, rev 4 -> 2: (4+4+2-3)/12 = 7/12 -> 58.33 -> 60
    // manage: 3, 3, rev 3 -> 3: 50
    accountability: { lead: '60', manage: '50' },
    // lead: 3, 3, rev 1 -> 5: (3+3+5-3)/12 = 8/12 -> 66.67 -> 65
    // manage: 4, 4, rev 1 -> 5: 10/12 -> 83.33 -> 85
    problems: { lead: '65', manage: '85' },
  };
  for (const [dimension, poles] of Object.entries(expected)) {
    for (const [pole, text] of Object.entries(poles)) {
      await expect(quiz.cell(dimension, pole), `${dimension} ${pole}`).toHaveText(text);
    }
  }

  // ---- indices (unrounded pole scores):
  // LI = (50 + 75 + 83.33 + 50 + 83.33 + 25 + 58.33 + 66.67) / 8 = 491.67 / 8 = 61.46 -> 60
  //      (exactly: twelfths 6+9+10+6+10+3+7+8 = 59 -> 100*59/96 = 61.458)
  // MI = mean of the 7 scored manage poles (development has none):
  //      (75 + 91.67 + 62.5 + 16.67 + 83.33 + 50 + 83.33) / 7 = 462.5 / 7 = 66.07 -> 65
  // tilt = 61.458 - 66.071 = -4.61; balance = 100 - 4.61 = 95.39 -> 95
  await expect(quiz.stat('Leadership index')).toHaveText('60');
  await expect(quiz.stat('Management index')).toHaveText('65');
  // LI 61.46 < 62.5 (low), MI 66.07 >= 62.5 (high) -> "Steady Operation".
  await expect(page.locator('[data-archetype]')).toHaveText('Steady Operation');
  // Both indices lie in the 57.5-67.5 band -> the "near the line" caveat.
  await expect(page.getByText('Your scores are near the line between patterns, so read this pattern loosely.')).toBeVisible();
  // |tilt| 4.61 < 10 -> balanced.
  await expect(page.getByText('Your answers are balanced between leading and managing.')).toBeVisible();
  // Biggest |lead - manage|: direction 25, change 16.67, people 20.83, motivation 50 - 16.67 = 33.33,
  // decisions 0, development (no manage score) skipped, accountability 8.33, problems 16.67
  // -> Motivation, lead pole "Inspiring Commitment" ahead by round5(33.33) = 35.
  await expect(page.getByText('Biggest tilt: Motivation, where Inspiring Commitment is ahead by 35 points.')).toBeVisible();

  // ---- radar: the missing development manage score sits at the centre (axis 6 of 8 = index 5).
  const managing = await quiz.seriesPoints('managing');
  expect(managing).toHaveLength(8);
  expect(managing[5]).toEqual([0, 0]);
  // Direction lead 50 on the top axis: y = -120 * 0.5 = -60.
  expect((await quiz.seriesPoints('leading'))[0]).toEqual([0, -60]);

  // ---- agility. Scenario score = key of the best pick + 1 if the keyed-worst (-1) was picked as least.
  // client-lost-a:       best key 2, least is the -1 option -> 2 + 1 = 3
  // client-lost-b:       best key 2, least key 0            -> 2 + 0 = 2
  // new-operating-model: best key 1, least is the -1 option -> 1 + 1 = 2
  // new-starter:         best key 2, least is the -1 option -> 2 + 1 = 3
  // better-method:       best key 0, least key 2            -> 0 + 0 = 0
  // rising-errors:       best key -1, least key 0           -> -1 + 0 = -1
  // new-initiative-a:    best key 2, least is the -1 option -> 2 + 1 = 3
  // new-initiative-b:    best key 1, least key 0            -> 1 + 0 = 1
  // sum = 3 + 2 + 2 + 3 + 0 - 1 + 3 + 1 = 13 over 8 screens: min -8, max 24
  // agility = 100 * (13 - (-8)) / (24 - (-8)) = 2100 / 32 = 65.6 -> 65
  await expect(page.getByText('Agility: 65 out of 100', { exact: true })).toBeVisible();
  await expect(page.getByText('You skipped the scenarios', { exact: false })).toHaveCount(0);
  // Hats switched in both two-stage scenarios: one sentence for each, named by its title.
  const switched = page.locator('.switched-hats');
  await expect(switched).toHaveText([
    'In “Key client lost”, your first move changed when the situation did: you switched hats from one stage to the next, as the key favours.',
    'In “No playbook”, your first move changed when the situation did: you switched hats from one stage to the next, as the key favours.',
  ]);
});

test('no "switched hats" sentence when the client-lost best picks do not go manage then lead', async ({ page, quiz }) => {
  // A quicker short-form run with the scenarios taken: every item "Sometimes" (3) -> every pole 50.
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 3, { total: 16 });
  await quiz.button('Start the scenarios').click();
  // Part 1 best: option c (lead, key 0); part 2 best: option a (manage, key 0): the wrong way round.
  // Every other scenario: keyed best as most, keyed worst as least.
  await quiz.answerScenarios((scenario) => {
    if (scenario.id === 'client-lost-a' || scenario.id === 'client-lost-b') {
      return { best: Quiz.optionWithKey(scenario, 0), least: Quiz.optionWithKey(scenario, -1) };
    }
    return { best: Quiz.optionWithKey(scenario, 2), least: Quiz.optionWithKey(scenario, -1) };
  });
  await quiz.seeResults();
  // client-lost-a: 0 + 1 = 1; client-lost-b: 0 + 1 = 1; the other six: 2 + 1 = 3 each -> 18.
  // sum = 1 + 1 + 18 = 20; agility = 100 * (20 + 8) / 32 = 87.5 -> 90 (halves round up)
  await expect(page.getByText('Agility: 90 out of 100', { exact: true })).toBeVisible();
  // The new initiative's switch is named; the crisis's is not.
  await expect(page.locator('.switched-hats')).toHaveText([/^In “No playbook”/]);
  // Every pole 50: LI 50, MI 50, balance 100, both low -> "Foundations in Progress".
  await expect(quiz.stat('Leadership index')).toHaveText('50');
  await expect(quiz.stat('Management index')).toHaveText('50');
  // Both indices 50: no "balance 100", which read as a strength for someone low on both sides.
  await expect(page.locator('.stat-balance')).toHaveCount(0);
  await expect(page.locator('[data-archetype]')).toHaveText('Foundations in Progress');
});

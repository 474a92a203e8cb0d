// The scoring rules of one built-in edition, read from the same JSON data ita embeds (src/Ita.Model/Editions/Data):
// item → tool, indicator, OIT sub-indicator, points per level; tool weights; grade levels. The peers compute with
// these tables, so they apply the same rules as ita without copying numbers by hand. Editions whose items have parts
// (2564–2566 i1) are not covered by the peer scripts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

export function loadRules(editionId = '2568') {
  const file = join(here, '..', '..', 'src', 'Ita.Model', 'Editions', 'Data', `${editionId}.json`);
  const edition = JSON.parse(readFileSync(file, 'utf8'));
  const scales = new Map(edition.scales.map(s => [s.id, s.levels.map(l => l.points)]));
  const indicatorTool = new Map(edition.indicators.map(i => [i.number, i.tool]));
  const items = edition.items.map(i => {
    if (i.parts) throw new Error(`item ${i.code} has parts: the peer scripts cover single-part editions only`);
    return { code: i.code, indicator: i.indicator, sub: i.subIndicator, tool: indicatorTool.get(i.indicator), points: scales.get(i.scale) };
  });
  const rules = edition.rules;
  if (rules.itemScoreInRollUp.method !== 'rounded' || rules.oitIndicator.method !== 'meanOfSubIndicators'
      || rules.itemFromRespondents.method !== 'meanOfAnswered' || rules.rounding.decimals !== 2) {
    throw new Error('the peer scripts implement the FY 2568 rules (rounded items, OIT sub-indicator means, 2 decimals)');
  }
  return {
    id: edition.id,
    items,
    // One row per (item, level) of the survey items: the level's points and the item's maximum.
    points: items.filter(i => i.tool !== 'oit').flatMap(i => i.points.map((p, level) => ({ item: i.code, level, points: p, max: Math.max(...i.points) }))),
    weights: Object.fromEntries(edition.tools.map(t => [t.tool, t.weight])),
    indicators: edition.indicators.map(i => ({ number: i.number, tool: i.tool })),
    levels: edition.grading.levels.map(l => ({ code: l.code, minTotal: l.minTotal, minEachTool: l.minEachTool ?? null })),
  };
}

// The grade of rounded figures: the first level whose conditions hold (as GradingScheme.Evaluate).
export function grade(levels, total, iit, eit, oit) {
  for (const l of levels) {
    if (total < l.minTotal) continue;
    if (l.minEachTool !== null && (iit < l.minEachTool || eit < l.minEachTool || oit < l.minEachTool)) continue;
    return l.code;
  }
  throw new Error(`no level for ${total}`);
}

// Writes per-unit results with the columns ita writes (unit,total,grade,iit,eit,oit,indicator1..N), 2 decimals.
export function toCsv(rows, indicators) {
  const header = ['unit', 'total', 'grade', 'iit', 'eit', 'oit', ...indicators.map(i => `indicator${i.number}`)];
  const f = v => (v === null || v === undefined ? '' : Number(v).toFixed(2));
  const lines = rows.map(r => [r.unit, f(r.total), r.grade, f(r.iit), f(r.eit), f(r.oit), ...indicators.map(i => f(r[`indicator${i.number}`]))].join(','));
  return [header.join(','), ...lines].join('\n') + '\n';
}

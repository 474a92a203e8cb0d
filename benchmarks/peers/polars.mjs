// Scores a year with Polars (lazy, streaming where it can, Float64 arithmetic, Polars' round):
// node polars.mjs answers.csv oit.csv out.csv — the same rules as duckdb.mjs (see there).
import pl from 'nodejs-polars';
import { writeFileSync } from 'node:fs';
import { loadRules, grade, toCsv } from './rules.mjs';

const [answers, oit, out] = process.argv.slice(2);
const rules = loadRules('2568');
const points = pl.DataFrame({
  item: rules.points.map(p => p.item), level: rules.points.map(p => p.level),
  points: rules.points.map(p => p.points), maxp: rules.points.map(p => p.max),
}).withColumns(pl.col('level').cast(pl.Int64)).lazy();
const items = pl.DataFrame({
  item: rules.items.map(i => i.code), indicator: rules.items.map(i => i.indicator),
  sub: rules.items.map(i => i.sub ?? ''), tool: rules.items.map(i => i.tool),
}).lazy();
const weights = pl.DataFrame({ tool: Object.keys(rules.weights), weight: Object.values(rules.weights) }).lazy();

const surveyItems = pl.scanCSV(answers, { dtypes: { unit: pl.Utf8, tool: pl.Utf8, respondent: pl.Utf8, item: pl.Utf8, part: pl.Utf8, answer: pl.Int64 } })
  .filter(pl.col('answer').isNotNull())
  .join(points, { leftOn: ['item', 'answer'], rightOn: ['item', 'level'] })
  .groupBy(['unit', 'item'])
  .agg(pl.col('points').mul(100.0).div(pl.col('maxp')).mean().round(2).alias('score'));
const surveyIndicators = surveyItems.join(items, { on: 'item' })
  .groupBy(['unit', 'indicator', 'tool']).agg(pl.col('score').mean().alias('score'));
const oitIndicators = pl.scanCSV(oit, { dtypes: { unit: pl.Utf8, item: pl.Utf8, disclosed: pl.Utf8 } })
  .withColumns(pl.when(pl.col('disclosed').cast(pl.Utf8).isIn(['1', 'true'])).then(pl.lit(100.0)).otherwise(pl.lit(0.0)).alias('score'))
  .join(items, { on: 'item' })
  .groupBy(['unit', 'indicator', 'sub']).agg(pl.col('score').mean().alias('score'))
  .groupBy(['unit', 'indicator']).agg(pl.col('score').mean().alias('score'))
  .withColumns(pl.lit('oit').alias('tool'))
  .select('unit', 'indicator', 'tool', 'score');
const indicators = pl.concat([surveyIndicators.select('unit', 'indicator', 'tool', 'score'), oitIndicators]);
const tools = indicators.groupBy(['unit', 'tool']).agg(pl.col('score').mean().alias('score'));
const totals = tools.join(weights, { on: 'tool' })
  .groupBy('unit').agg(pl.col('score').mul(pl.col('weight')).sum().round(2).alias('total'));

const rounded = lf => lf.withColumns(pl.col('score').round(2).alias('rounded'));
const [ind, tl, tot] = await Promise.all([rounded(indicators).collect({ streaming: true }), rounded(tools).collect({ streaming: true }), totals.collect({ streaming: true })]);
const byUnit = new Map();
for (const r of tot.toRecords()) byUnit.set(r.unit, { unit: r.unit, total: r.total });
for (const r of tl.toRecords()) byUnit.get(r.unit)[r.tool] = r.rounded;
for (const r of ind.toRecords()) byUnit.get(r.unit)[`indicator${r.indicator}`] = r.rounded;
const rows = [...byUnit.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1)).map(r => ({ ...r, grade: grade(rules.levels, r.total, r.iit, r.eit, r.oit) }));
writeFileSync(out, toCsv(rows, rules.indicators));
console.error(`polars: ${rows.length} units → ${out}`);

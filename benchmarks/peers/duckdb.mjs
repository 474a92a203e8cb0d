// Scores a year with DuckDB (SQL, DOUBLE arithmetic, DuckDB's ROUND): node duckdb.mjs answers.csv oit.csv out.csv
// The rules are ita's (rules.mjs): item = mean over answered respondents of points × 100 / max, rounded to 2
// decimals; indicator = mean of its rounded items; OIT indicator = mean of its sub-indicators' item means; tool = mean
// of its indicators; total = weighted sum (30/30/40); figures rounded to 2 decimals at presentation; grade from the
// rounded figures. Only the arithmetic differs: binary floating point, as researchers' SQL usually has it.
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import { loadRules, grade, toCsv } from './rules.mjs';

const [answers, oit, out] = process.argv.slice(2);
const rules = loadRules('2568');
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const q = s => `'${String(s).replaceAll("'", "''")}'`;
const values = rows => rows.join(',');

await c.run(`CREATE TABLE points AS SELECT * FROM (VALUES ${values(rules.points.map(p => `(${q(p.item)}, ${p.level}, ${p.points}, ${p.max})`))}) t(item, level, points, maxp)`);
await c.run(`CREATE TABLE items AS SELECT * FROM (VALUES ${values(rules.items.map(i => `(${q(i.code)}, ${i.indicator}, ${i.sub === null ? 'NULL' : q(i.sub)}, ${q(i.tool)})`))}) t(item, indicator, sub, tool)`);
await c.run(`CREATE TABLE weights AS SELECT * FROM (VALUES ${values(Object.entries(rules.weights).map(([t, w]) => `(${q(t)}, ${w})`))}) t(tool, weight)`);

const sql = `
WITH answers AS (
  SELECT unit, item, answer FROM read_csv(${q(answers)}, header = true,
    columns = {'unit': 'VARCHAR', 'tool': 'VARCHAR', 'respondent': 'VARCHAR', 'item': 'VARCHAR', 'part': 'VARCHAR', 'answer': 'INTEGER'})
  WHERE answer IS NOT NULL),
survey_items AS (
  SELECT a.unit, a.item, round(avg(p.points * 100.0 / p.maxp), 2) AS score
  FROM answers a JOIN points p ON p.item = a.item AND p.level = a.answer
  GROUP BY a.unit, a.item),
survey_indicators AS (
  SELECT s.unit, i.indicator, i.tool, avg(s.score) AS score
  FROM survey_items s JOIN items i USING (item) GROUP BY s.unit, i.indicator, i.tool),
oit_subs AS (
  SELECT o.unit, i.indicator, i.sub, avg(CASE WHEN o.disclosed IN ('1', 'true') THEN 100.0 ELSE 0.0 END) AS score
  FROM read_csv(${q(oit)}, header = true, columns = {'unit': 'VARCHAR', 'item': 'VARCHAR', 'disclosed': 'VARCHAR'}) o
  JOIN items i USING (item) GROUP BY o.unit, i.indicator, i.sub),
oit_indicators AS (
  SELECT unit, indicator, 'oit' AS tool, avg(score) AS score FROM oit_subs GROUP BY unit, indicator),
indicators AS (SELECT * FROM survey_indicators UNION ALL SELECT * FROM oit_indicators),
tools AS (SELECT unit, tool, avg(score) AS score FROM indicators GROUP BY unit, tool),
totals AS (SELECT t.unit, sum(t.score * w.weight) AS total FROM tools t JOIN weights w USING (tool) GROUP BY t.unit)
SELECT totals.unit, round(totals.total, 2) AS total,
  ${['iit', 'eit', 'oit'].map(t => `round((SELECT score FROM tools WHERE tools.unit = totals.unit AND tool = '${t}'), 2) AS ${t}`).join(', ')},
  ${rules.indicators.map(i => `round((SELECT score FROM indicators WHERE indicators.unit = totals.unit AND indicator = ${i.number}), 2) AS indicator${i.number}`).join(', ')}
FROM totals ORDER BY totals.unit`;

const reader = await c.runAndReadAll(sql);
const rows = reader.getRowObjects().map(r => ({ ...r, grade: grade(rules.levels, r.total, r.iit, r.eit, r.oit) }));
writeFileSync(out, toCsv(rows, rules.indicators));
console.error(`duckdb: ${rows.length} units → ${out}`);

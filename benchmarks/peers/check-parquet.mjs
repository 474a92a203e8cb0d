// Checks ita's Parquet output with an independent reader (DuckDB): every column of every row equals the CSV's.
// node check-parquet.mjs results.csv results.parquet [groups.csv groups.parquet …]
// Decimals are compared as decimal text (trailing zeros dropped), nulls as empty fields. Exits 1 on any difference.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const q = s => `'${String(s).replaceAll("'", "''")}'`;
let failures = 0;

function parseCsv(text) {
  const rows = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const fields = [];
    let i = 0;
    for (;;) {
      let v = '';
      if (line[i] === '"') {
        i++;
        for (;;) {
          if (line[i] === '"' && line[i + 1] === '"') { v += '"'; i += 2; } else if (line[i] === '"') { i++; break; } else { v += line[i++]; }
        }
      } else {
        const end = line.indexOf(',', i);
        v = line.slice(i, end < 0 ? line.length : end);
        i = end < 0 ? line.length : end;
      }
      fields.push(v);
      if (i >= line.length) break;
      i++;
    }
    rows.push(fields);
  }
  return rows;
}

const norm = v => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /^-?\d+\.\d+$/.test(s) ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
};

for (let a = 0; a < args.length; a += 2) {
  const [csvFile, parquetFile] = [args[a], args[a + 1]];
  const [header, ...rows] = parseCsv(readFileSync(csvFile, 'utf8'));
  const reader = await c.runAndReadAll(`SELECT * FROM read_parquet(${q(parquetFile)})`);
  const columns = reader.columnNames();
  const types = reader.columnTypes().map(t => t.toString());
  const pq = reader.getRowObjectsJson();
  let compared = 0;
  let differing = 0;
  if (columns.join(',') !== header.join(',')) { console.error(`${parquetFile}: columns differ from ${csvFile}`); failures++; }
  if (pq.length !== rows.length) { console.error(`${parquetFile}: ${pq.length} rows, ${csvFile}: ${rows.length}`); failures++; }
  rows.forEach((row, r) => header.forEach((col, k) => {
    const fromParquet = norm(pq[r]?.[col]);
    const fromCsv = norm(row[k]);
    // The national row's group value: null in Parquet, empty in CSV (its scope column tells it apart).
    compared++;
    if (fromParquet !== fromCsv) {
      differing++;
      if (failures++ < 10) console.error(`${parquetFile} row ${r + 1} ${col}: parquet '${fromParquet}' csv '${fromCsv}'`);
    }
  }));
  const typeList = [...new Set(columns.map((col, k) => `${types[k]}`))].join(', ');
  console.log(`${parquetFile}: ${pq.length} rows × ${columns.length} columns, ${compared - differing} of ${compared} values equal to ${csvFile}; types: ${typeList}`);
}
process.exit(failures ? 1 : 0);

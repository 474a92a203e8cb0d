// Compares a peer's per-unit figures with ita's: node compare.mjs ita-results.csv peer.csv [name]
// Prints one JSON line: units compared, units with any figure different, differences per figure, and examples.
import { readFileSync } from 'node:fs';

const [itaFile, peerFile, name = peerFile] = process.argv.slice(2);
const parse = file => {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const cols = header.split(',');
  return new Map(lines.map(l => {
    const f = l.split(','); // ita's unit ids and the compared figures have no commas or quotes
    const row = Object.fromEntries(cols.map((c, i) => [c, f[i]]));
    return [row.unit, row];
  }));
};
const ita = parse(itaFile);
const peer = parse(peerFile);
const figures = Object.keys(peer.values().next().value).filter(c => c !== 'unit');
const perFigure = Object.fromEntries(figures.map(f => [f, 0]));
const wrong = [];
for (const [unit, mine] of ita) {
  if (mine.status !== 'scored') continue;
  const theirs = peer.get(unit);
  const diff = figures.filter(f => !theirs || theirs[f] !== mine[f]);
  diff.forEach(f => perFigure[f]++);
  if (diff.length) wrong.push({ unit, figures: diff.map(f => `${f} ita ${mine[f]} ${name} ${theirs ? theirs[f] : 'missing'}`) });
}
const extra = [...peer.keys()].filter(u => !ita.has(u)).length;
console.log(JSON.stringify({ peer: name, units: ita.size, unitsWrong: wrong.length, extraUnits: extra, perFigure, examples: wrong.slice(0, 5) }));

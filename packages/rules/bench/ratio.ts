/**
 * Same-run ratio of classifyMessage to a bare `toLowerCase().includes()` scan over the synthetic
 * page of 20,000 text nodes. The three passes run interleaved, in rotating order, many rounds;
 * the ratio is taken per round and the median reported, so load from other processes on a
 * shared machine hits both sides alike. Run: npm run bench:ratio -w @supportlink/rules
 */
import { loadavg } from 'node:os';
import { classifyMessage, mayContainMessage } from '../src/index.js';
import { syntheticPage } from './page.js';

const PAGE = syntheticPage();
const NEEDLE = 'already associated';
const ROUNDS = Number(process.env.ROUNDS ?? 400);
const WARMUP = 60;

type Pass = () => number;
const passes: Record<string, Pass> = {
  baseline: () => {
    let n = 0;
    for (const text of PAGE) if (text.toLowerCase().includes(NEEDLE)) n++;
    return n;
  },
  classifyMessage: () => {
    let n = 0;
    for (const text of PAGE) if (classifyMessage(text)) n++;
    return n;
  },
  mayContainMessage: () => {
    let n = 0;
    for (const text of PAGE) if (mayContainMessage(text)) n++;
    return n;
  },
};

const names = Object.keys(passes);
const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
let sink = 0;
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length]!;
    const started = performance.now();
    sink += passes[name]!();
    if (round >= WARMUP) times[name]!.push(performance.now() - started);
  }
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
const ratios = (name: string) => times[name]!.map((t, i) => t / times.baseline![i]!);
const ms = (x: number) => `${x.toFixed(3)} ms`;

console.log(
  `date ${new Date().toISOString()}  node ${process.version}  load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`page: ${PAGE.length} text nodes, ${ROUNDS} rounds (+${WARMUP} warm-up), matches ${sink}`);
for (const name of names) {
  const t = times[name]!;
  const r = ratios(name);
  console.log(
    `${name.padEnd(18)} min ${ms(Math.min(...t))}  median ${ms(quantile(t, 0.5))}  p90 ${ms(quantile(t, 0.9))}` +
      (name === 'baseline'
        ? ''
        : `  ratio median ${quantile(r, 0.5).toFixed(2)}× (p25 ${quantile(r, 0.25).toFixed(2)}×, p75 ${quantile(r, 0.75).toFixed(2)}×), min/min ${(Math.min(...t) / Math.min(...times.baseline!)).toFixed(2)}×`),
  );
}

import { bench, describe } from 'vitest';
import { classifyMessage, mayContainMessage } from '../src/index.js';
import { syntheticPage } from './page.js';

// Run with: npm run bench -w @supportlink/rules
const MESSAGE =
  'Error: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID Learn more';
const MESSAGE_ZH = '此访问 ID 已与某个帐户关联。请与你的技术客户经理联系以获取新的访问 ID';
const UNRELATED = 'A resource group with that name already exists in this subscription.';
const PAGE = syntheticPage();
const NEEDLE = 'already associated';
/** Longer runs for the page cases: the minimum and p75 stay meaningful on a shared machine. */
const PAGE_RUN = { time: 3000, warmupTime: 500 };

// Results land in an object the engine cannot prove unused, so no work is optimised away.
const sink = { n: 0 };

describe('single message', () => {
  bench('classifyMessage: en "already associated" (match)', () => {
    if (classifyMessage(MESSAGE)) sink.n++;
  });
  bench('classifyMessage: zh-CN "already associated" (match)', () => {
    if (classifyMessage(MESSAGE_ZH)) sink.n++;
  });
  bench('classifyMessage: unrelated error sentence (no match)', () => {
    if (classifyMessage(UNRELATED)) sink.n++;
  });
  bench('baseline: String.prototype.includes on the same text', () => {
    if (MESSAGE.toLowerCase().includes(NEEDLE)) sink.n++;
  });
});

describe('page of 20,000 text nodes', () => {
  bench(
    'classifyMessage over every node',
    () => {
      for (const text of PAGE) if (classifyMessage(text)) sink.n++;
    },
    PAGE_RUN,
  );
  bench(
    'mayContainMessage prefilter over every node',
    () => {
      for (const text of PAGE) if (mayContainMessage(text)) sink.n++;
    },
    PAGE_RUN,
  );
  bench(
    'baseline: toLowerCase + includes over every node',
    () => {
      for (const text of PAGE) if (text.toLowerCase().includes(NEEDLE)) sink.n++;
    },
    PAGE_RUN,
  );
});

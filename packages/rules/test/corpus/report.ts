/**
 * Corpus counts per language for the README: positives (all messages / the ignorable error),
 * negatives (unrelated "already associated" notices, subject-less notices), and provenance
 * (catalogue rules documented by a Microsoft source vs our own renderings; positive samples
 * quoted from a source vs our own). Run: npm run corpus:report -w @supportlink/rules
 */
import { MESSAGE_LOCALES, PHRASES } from '../../src/index.js';
import { NEGATIVE } from './negative.js';
import { POSITIVE } from './positive.js';
import { ACCESS_ID_OTHER, SUBJECTLESS_NOTICES, UNRELATED_NOTICES } from './unrelated-notices.js';

const OWN = /^ours\b|own rendering/i;
const rows = MESSAGE_LOCALES.map((locale) => {
  const pos = POSITIVE.filter((p) => p.locale === locale);
  const rules = PHRASES.filter((r) => r.locale === locale);
  return [
    locale,
    pos.length,
    pos.filter((p) => p.id === 'access-id-already-associated').length,
    UNRELATED_NOTICES.filter((n) => n.locale === locale).length,
    SUBJECTLESS_NOTICES[locale]?.length ?? 0,
    ACCESS_ID_OTHER[locale].length,
    `${rules.filter((r) => r.provenance.confidence === 'documented').length} / ${rules.filter((r) => r.provenance.source === 'own').length}`,
    `${pos.filter((p) => !OWN.test(p.source)).length} / ${pos.filter((p) => OWN.test(p.source)).length}`,
  ];
});
const header = [
  'locale',
  'positives',
  'of which the ignorable error',
  'unrelated notices (own rendering)',
  'subject-less notices',
  'other Access ID errors',
  'rules documented / own rendering',
  'positive samples quoted / own',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const total = (i: number) => rows.reduce((sum, r) => sum + Number(r[i]), 0);
console.log(
  `| all | ${total(1)} | ${total(2)} | ${total(3)} | ${total(4)} | ${total(5)} | ${PHRASES.filter((r) => r.provenance.confidence === 'documented').length} / ${PHRASES.filter((r) => r.provenance.source === 'own').length} | |`,
);
console.log(`\nGeneral negatives (test/corpus/negative.ts, mixed languages): ${NEGATIVE.length}.`);

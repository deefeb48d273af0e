// npm run audit:demo: the issue-13 audit of the demo corpus (people, roles,
// owners null, contradicted owners, the listed merges, lone given names among
// the top 200 people), over what `parley extract` prints.
import { join } from 'node:path';
import { extractPaths, type ExtractRecord } from '../src/app/index.js';
import { auditDemo, EXPECTED_MERGES } from './audit/demo-audit.js';

const records: ExtractRecord[] = [];
for await (const record of extractPaths([join(import.meta.dirname, '..', 'demo', 'corpus')], { includeText: true })) records.push(record);
const audit = auditDemo(records);
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`documents ${records.length}; people ${audit.people}; people with a role ${audit.peopleWithRole}; role mentions ${audit.roleMentions}; owner null ${audit.ownerNull} (${((100 * audit.ownerNull) / Math.max(1, audit.roleMentions)).toFixed(1)}%)`);
out(`\nOne title, several owners (${audit.contradictions.length}):`);
for (const c of audit.contradictions) out(`  ${c.person} | ${c.title} | ${c.owners.join(' / ')}`);
out('\nListed variants and the ids their mentions got:');
for (const m of EXPECTED_MERGES) out(`  must be ${m.person}`);
for (const v of audit.variants) out(`  ${v.surface}: ${v.ids.join(', ') || '(no mention)'}`);
out(`\nLone given names in the top 200 people (${audit.loneGivenNamesInTop200.length}): ${audit.loneGivenNamesInTop200.join(', ')}`);

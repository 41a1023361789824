/** `npm run dataset:report`: counts, list coverage, gaps and things to re-check in the bundled packs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetReport, formatReport, type ListLedger } from '../lib/packs/dataset-report';
import { localToday } from '../lib/packs/designation-status';
import { loadPacks } from '../lib/packs/node/load-packs';

const LEDGERS = 'data/designation-lists';
const today = process.env.BACKSTORY_TODAY ?? localToday();
const ledgers: ListLedger[] = readdirSync(LEDGERS)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ file: join(LEDGERS, name), ...JSON.parse(readFileSync(join(LEDGERS, name), 'utf8')) }));
console.log(formatReport(datasetReport(loadPacks('assets/packs'), today, ledgers), today));

/** `npm run dataset:report`: counts, gaps and things to re-check in the bundled packs. */
import { datasetReport, formatReport } from '../lib/packs/dataset-report';
import { localToday } from '../lib/packs/designation-status';
import { loadPacks } from '../lib/packs/node/load-packs';

const today = process.env.BACKSTORY_TODAY ?? localToday();
console.log(formatReport(datasetReport(loadPacks('assets/packs'), today), today));

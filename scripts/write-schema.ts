/** `npm run schema`: writes the pack format as JSON Schema (docs/pack.schema.json) from the one zod definition. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { PackFile } from '../lib/packs/pack-schema';

const schema = {
  ...z.toJSONSchema(PackFile, { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://backstory.invalid/schema/pack.schema.json',
  title: 'Backstory source pack',
  description: 'A pack of reference entries for the Backstory browser extension. See docs/packs.md.',
};
writeFileSync('docs/pack.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('docs/pack.schema.json written');

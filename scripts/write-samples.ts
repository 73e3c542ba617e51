/** Writes public/samples/ from samples/build.ts and public/schemas/ from the engine (`npm run samples`). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sampleFiles } from '../samples/build.ts';
import { reportJsonSchema } from '../validators/report-schema.ts';

const root = 'public/samples';
await rm(root, { recursive: true, force: true });
for (const [path, content] of sampleFiles()) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}
console.log(`wrote ${sampleFiles().size} files to ${root}/`);

// The report's JSON Schema is published next to the samples, generated from the engine's own schema.
await mkdir('public/schemas', { recursive: true });
await writeFile('public/schemas/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('wrote public/schemas/report.schema.json');

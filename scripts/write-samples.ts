/** Writes public/samples/ from samples/build.ts (`npm run samples`). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sampleFiles } from '../samples/build.ts';

const root = 'public/samples';
await rm(root, { recursive: true, force: true });
for (const [path, content] of sampleFiles()) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}
console.log(`wrote ${sampleFiles().size} files to ${root}/`);

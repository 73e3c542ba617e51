/** Runs validate() on the documents it is handed, off the test's thread (see validate-in-worker.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { validate, type Context, type InputDocument } from '../../validators/index.ts';

const { documents, context } = workerData as { documents: InputDocument[]; context?: Context };
validate(documents, context);
parentPort?.postMessage('done');

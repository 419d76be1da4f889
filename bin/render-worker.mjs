// A worker thread of comparison-render --jobs N: renders the runs of files it is sent
// (bin/render-file.mjs) with its own renderer, built from the compiled module the main thread
// hands over.
//   in: { first, files: [{ file, problem?, temporary }] }   out: { first, outcomes: [...] }
import { parentPort, workerData } from 'node:worker_threads';
import createComparisonRenderer from '../dist/comparison-renderer.mjs';
import { renderFile } from './render-file.mjs';

const renderer = await createComparisonRenderer({ wasmModule: workerData.wasmModule });
parentPort.on('message', ({ first, files }) => {
  const outcomes = files.map(({ file, problem, temporary }) => {
    if (problem) return { problem };
    try {
      return renderFile(renderer, file, workerData.options, temporary);
    } catch (e) {
      return { problem: `the renderer failed: ${e && e.message ? e.message : e}` };
    }
  });
  parentPort.postMessage({ first, outcomes });
});
parentPort.postMessage({ ready: true });

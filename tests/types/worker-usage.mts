// comparison-renderer/worker as a user's code meets it (type-checked by tests/node/types.test.mjs).
import createComparisonWorker, { type WorkerRenderer } from '../../dist/comparison-worker.mjs';

const pool: WorkerRenderer = await createComparisonWorker({ workers: 2 });
const rendered = await pool.renderComparison('[]', { rawHtml: 'escape' });
const title: string | null = rendered.ok ? rendered.title : null;
const decoded = await pool.decodePayload('[1]', { format: 'devalue' });
const format: 'devalue' | 'json' | null = decoded.ok ? decoded.format : null;
const version: string = pool.version;
void [title, format, version];
await pool.terminate();
// @ts-expect-error -- the results are Promises
pool.renderMarkdown('x').html;
// @ts-expect-error -- workers is a number
await createComparisonWorker({ workers: '2' });
// @ts-expect-error -- a function cannot reach a worker: print is the renderer's override only
await createComparisonWorker({ print: () => {} });
const trapped: { ok: false } | undefined = await pool.trapForTests?.('stack-overflow');
void trapped;

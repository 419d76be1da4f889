// comparison-renderer/worker: the renderer in a Web Worker (browsers) or worker threads (Node).
import type {
  DecodedPayload, DecodeOptions, Failure, MarkdownOptions, ModuleOverrides, RenderedComparison,
  RenderedMarkdown, RenderOptions, TextOrBytes,
} from './comparison-renderer.mjs';

/**
 * Where the .wasm comes from, as for the renderer (ModuleOverrides' locateFile, wasmBinary,
 * wasmModule); its print, printErr and onAbort are not taken, as functions cannot reach a worker.
 */
export interface WorkerOptions extends Pick<ModuleOverrides, 'locateFile' | 'wasmBinary' | 'wasmModule'> {
  /** How many workers (1..64; default, or null: 1). Calls go to the one with the fewest waiting. */
  workers?: number | null;
  /** For the module's own tests: adds `trapForTests()` to the worker renderer. */
  testHooks?: boolean;
}

/** The Renderer's functions, with the same arguments and results, as Promises. */
export interface WorkerRenderer {
  renderComparison(payload: TextOrBytes, options?: RenderOptions): Promise<RenderedComparison | Failure>;
  /** Values arrive equal to the synchronous result: Maps, Sets, cycles, BigInt, Dates, typed arrays, -0, holes. */
  decodePayload(payload: TextOrBytes, options?: DecodeOptions): Promise<DecodedPayload | Failure>;
  renderMarkdown(markdown: TextOrBytes, options?: MarkdownOptions): Promise<RenderedMarkdown | Failure>;
  /** The module's version ("0.1.0"). */
  readonly version: string;
  /** How many workers the pool runs. */
  readonly workers: number;
  /** Stops every worker; calls still waiting reject. */
  terminate(): Promise<void>;
  /** Only with `testHooks: true`: the renderer's `trapForTests`, in a worker (which is then replaced). */
  trapForTests?(how?: boolean | 'abort' | 'damage' | 'stack-overflow'): Promise<Failure>;
}

/**
 * Starts the workers (the .wasm is compiled once, here, and handed to each). Rejects when the
 * module or a worker cannot load, naming the cause. A worker that traps is replaced.
 */
export default function createComparisonWorker(options?: WorkerOptions | null): Promise<WorkerRenderer>;
export { createComparisonWorker };

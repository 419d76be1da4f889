// The shipped module, as tests see it: dist/ (or $CR_DIST, for a build written elsewhere).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const dist = process.env.CR_DIST ? path.resolve(process.env.CR_DIST) : path.join(root, 'dist');

const { default: create } = await import(pathToFileURL(path.join(dist, 'comparison-renderer.mjs')).href);
export { create };
export const renderer = await create();

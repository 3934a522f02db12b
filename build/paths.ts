import path from 'path';

export const ROOT = path.resolve(__dirname, '..');
export const MANIFEST_PATH = path.join(ROOT, 'plugin.json');
export const MANIFEST_MODULE_PATH = path.join(ROOT, 'webapp/src/manifest.ts');
export const DIST_DIR = path.join(ROOT, 'dist');

// This file is generated from plugin.json by build/manifest.ts (npm run manifest). Do not edit.

const manifest = {
    "id": "token-manager",
    "name": "Token Manager",
    "version": "0.1.0",
    "min_server_version": "10.0.0"
} as const;

export default manifest;
export const id = manifest.id;
export const version = manifest.version;

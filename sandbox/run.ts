// `make demo`: serves the sandbox API, the host page and the built plugin on 127.0.0.1 (port 8065 unless
// PORT or --port says otherwise) and prints the URL and the logins. Ctrl-C stops it. Switches (flag or
// environment variable): --seed default|large|huge|empty (SEED), --feature-level classic|expiry|rotate
// (FEATURE_LEVEL), --tokens-disabled (TOKENS_DISABLED=1), --max-lifetime-days N (MAX_LIFETIME_DAYS),
// --latency-ms N (LATENCY_MS), --base-path /mattermost (BASE_PATH), --rate-limit (RATE_LIMIT=1) with
// --rate-limit-per-sec N (RATE_LIMIT_PER_SEC, default 10) and --rate-limit-burst N (RATE_LIMIT_BURST,
// default 100), --collapsed-threads disabled|default_on|default_off|always_on (COLLAPSED_THREADS).
import fs from 'fs';
import path from 'path';

import {COLLAPSED_THREADS, type CollapsedThreads, type FeatureLevel} from './server/model';
import {DEMO_LOGINS, SEED_NAMES, type SeedName} from './server/seed';
import {startSandbox} from './server/server';

const ROOT = path.resolve(__dirname, '..');

export function sandboxOptionsFromRepo() {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'plugin.json'), 'utf8'));
    return {
        hostDir: path.join(ROOT, 'sandbox/host/dist'),
        pluginDir: path.join(ROOT, path.dirname(manifest.webapp.bundle_path)),
        pluginManifest: manifest,
    };
}

function arg(name: string): string | undefined {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : undefined;
}

function flag(name: string, env: string): boolean {
    return process.argv.includes(`--${name}`) || process.env[env] === '1';
}

// A switch's value, refused (with the choices) when it is not one of them.
function choice<T extends string>(value: string, choices: readonly T[], what: string): T {
    if (!(choices as readonly string[]).includes(value)) {
        console.error(`Unknown ${what} "${value}": use one of ${choices.join(', ')}.`);
        process.exit(1);
    }
    return value as T;
}

async function main() {
    const options = sandboxOptionsFromRepo();
    for (const [what, file] of [
        ['host page', path.join(options.hostDir, 'host.js')],
        ['plugin bundle', path.join(options.pluginDir, 'main.js')],
    ]) {
        if (!fs.existsSync(file)) {
            console.error(
                `The ${what} is not built (${path.relative(ROOT, file)} is missing): run \`make demo\`, which builds it first.`,
            );
            process.exit(1);
        }
    }
    const port = Number(arg('port') ?? process.env.PORT ?? 8065);
    const seed = choice<SeedName>(arg('seed') ?? process.env.SEED ?? 'default', SEED_NAMES, 'seed');
    const started = Date.now();
    const running = await startSandbox({
        ...options,
        port,
        basePath: arg('base-path') ?? process.env.BASE_PATH ?? '',
        seed,
        featureLevel: choice<FeatureLevel>(
            arg('feature-level') ?? process.env.FEATURE_LEVEL ?? 'rotate',
            ['classic', 'expiry', 'rotate'],
            'feature level',
        ),
        config: {
            EnableUserAccessTokens: !flag('tokens-disabled', 'TOKENS_DISABLED'),
            MaximumPersonalAccessTokenLifetimeDays: Number(
                arg('max-lifetime-days') ?? process.env.MAX_LIFETIME_DAYS ?? 0,
            ),
            CollapsedThreads: choice<CollapsedThreads>(
                arg('collapsed-threads') ?? process.env.COLLAPSED_THREADS ?? 'default_on',
                COLLAPSED_THREADS,
                'CollapsedThreads value',
            ),
        },
        rateLimit: {
            enabled: flag('rate-limit', 'RATE_LIMIT'),
            perSec: Number(arg('rate-limit-per-sec') ?? process.env.RATE_LIMIT_PER_SEC ?? 10),
            burst: Number(arg('rate-limit-burst') ?? process.env.RATE_LIMIT_BURST ?? 100),
        },
    }).catch((err: NodeJS.ErrnoException) => {
        console.error(err.code === 'EADDRINUSE' ? `Port ${port} is in use: try \`make demo PORT=8066\`.` : err.message);
        process.exit(1);
    });
    running.sandbox.faults.latencyMs = Number(arg('latency-ms') ?? process.env.LATENCY_MS ?? 0);
    console.log(`Token Manager sandbox: ${running.siteUrl}/`);
    const limit = running.sandbox.rateLimitSettings;
    console.log(
        `Seed: ${seed} (${running.sandbox.store.tokens.size.toLocaleString('en')} tokens, ready in ${Date.now() - started} ms); server features: ${running.sandbox.featureLevel}; rate limit: ${limit.enabled ? `${limit.perSec}/s, burst ${limit.burst}` : 'off'}. Logins (password "password"):`,
    );
    for (const login of DEMO_LOGINS) {
        console.log(`  ${login.username.padEnd(8)} ${login.what}`);
    }
    console.log('In the channel, type /token help. Press Ctrl-C to stop.');
    const stop = async () => {
        await running.close();
        console.log('\nSandbox stopped.');
        process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

if (require.main === module) {
    main();
}

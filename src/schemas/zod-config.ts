/**
 * Zod compiles object parsers with `new Function` when it may; to find out, it tries `Function("")`
 * as each object schema is built. Under the app's Content-Security-Policy (no 'unsafe-eval',
 * src/lib/security-headers.ts) that probe is refused and reported as a violation in every browser
 * that runs a form. Interpreted parsing is fast enough for forms, so zod is told not to try.
 *
 * Set once, in src/instrumentation-client.ts, which Next runs in the browser before any of the app's
 * modules (so before any schema is built). Zod keeps its configuration in `globalThis.__zod_globalConfig`
 * (zod/v4/core/core.js: one object shared by every copy of zod on the page, which `z.config()` fills);
 * writing it there directly keeps zod's code out of pages without a form — importing even `config`
 * from zod/v4/core added 7 kB gzip to every page. tests/lib/zod-config.test.ts checks that zod reads it.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

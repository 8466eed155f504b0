import { config } from "zod/v4/core";

/**
 * Zod compiles object parsers with `new Function` when it may; to find out, it tries `Function("")`
 * as each object schema is built. Under the app's Content-Security-Policy (no 'unsafe-eval',
 * src/lib/security-headers.ts) that probe is refused and reported as a violation in every browser
 * that runs a form. Interpreted parsing is fast enough for forms, so zod is told not to try.
 *
 * Set once, in src/instrumentation-client.ts, which Next runs in the browser before any of the app's
 * modules (so before any schema is built). Only `config` of zod's core is imported: every page loads
 * this file, and the validator itself stays with the forms.
 */
config({ jitless: true });

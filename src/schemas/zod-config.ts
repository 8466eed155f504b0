import { z } from "zod";

/**
 * Zod compiles object parsers with `new Function` when it may; to find out, it tries `Function("")`
 * once. Under the app's Content-Security-Policy (no 'unsafe-eval', src/lib/security-headers.ts) that
 * probe is refused and reported as a violation in every browser that runs a form. Interpreted
 * parsing is fast enough for forms, so zod is told not to try. Imported by every module that builds
 * schemas for the browser (src/schemas/common.ts and the client forms that use zod directly).
 */
z.config({ jitless: true });

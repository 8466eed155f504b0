/**
 * Runs once when the server starts (`next start`, `next dev`; not during `next build`): the
 * configuration is validated here, so a server with a variable missing or wrong stops at once,
 * naming it, instead of announcing "Ready" and answering 500 to every request. Then, in the
 * Node.js runtime, the background worker starts (reminders and mail through pg-boss:
 * src/server/jobs/worker.ts).
 */
export async function register(): Promise<void> {
  const { env } = await import("./env");
  env();
  // Next's documented switch between its runtimes; not configuration, so not read through src/env.ts.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./server/jobs/worker")).startBackgroundWork();
}

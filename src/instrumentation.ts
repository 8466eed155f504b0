/**
 * Runs once when the server starts (`next start`, `next dev`; not during `next build`): the
 * configuration is validated here, so a server with a variable missing or wrong stops at once,
 * naming it, instead of announcing "Ready" and answering 500 to every request.
 */
export async function register(): Promise<void> {
  const { env } = await import("./env");
  env();
}

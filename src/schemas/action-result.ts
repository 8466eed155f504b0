/**
 * What every server action returns; forms show `error` on top and `fieldErrors` next to fields.
 * Here, not beside `actorAction` (server-only), because the client forms that read it may not
 * import a server-only module, not even for a type.
 */
export type ActionResult<T = null> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors: Record<string, string> };

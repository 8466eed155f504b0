/**
 * What every server action returns; forms show `error` on top and `fieldErrors` next to fields.
 * Here, not beside `actorAction` (server-only), because the client forms that read it may not
 * import a server-only module, not even for a type. `current` comes with a refused stale save: the
 * row as someone else left it, in the form's shape, and the version to save against now.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors: Record<string, string>;
      current?: { values: unknown; rowVersion: number | null };
    };

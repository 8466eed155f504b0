/** One message of a react-hook-form error tree, with the dotted path of the field it belongs to. */
export type FieldErrorEntry = { path: string; message: string };

/** Keys of an error node that are react-hook-form's bookkeeping, not nested fields. */
const META = new Set(["message", "type", "ref", "types", "root"]);

/**
 * Every message in a react-hook-form `errors` tree, in the order the tree holds them (the schema's
 * order), as dotted paths ("awardForms.0.name"). A list's own message ("at least one…") sits on the
 * list itself or on its `root` (when its items have errors too): both are reported at the list's path.
 */
export function listFieldErrors(errors: unknown, path = ""): FieldErrorEntry[] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  const out: FieldErrorEntry[] = [];
  if (typeof node.message === "string" && node.message) out.push({ path, message: node.message });
  const root = node.root as { message?: unknown } | undefined;
  if (root && typeof root.message === "string" && root.message) out.push({ path, message: root.message });
  for (const [key, child] of Object.entries(node)) {
    if (META.has(key) || child === undefined) continue;
    out.push(...listFieldErrors(child, path ? `${path}.${key}` : key));
  }
  return out;
}

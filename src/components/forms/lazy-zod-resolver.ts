import type { FieldValues, Resolver } from "react-hook-form";
import type { ZodType } from "zod";

/**
 * A react-hook-form resolver that fetches its zod schema — and with it zod and the schema's rules,
 * ~40 kB gzip on the plan form — when the form first checks its values (the first "Lưu", or a field
 * checked on change after that), not with the page: the page's first load stays smaller (issue 15,
 * point 4). Create it once, at module level, with a loader that imports the schema module:
 *
 *   const resolver = lazyZodResolver(() => import("@/schemas/plan").then((m) => m.ZPlanInput));
 *
 * The form's file must not import values from a zod module itself (types are fine: they are erased),
 * or zod comes with the page again; labels and choices live in zod-free modules (schemas/*-labels.ts).
 *
 * If the schema cannot be fetched (the connection dropped), the values go to the server unchecked:
 * the server action parses them with the same schema and its field errors land beside the fields
 * (useActionForm), so nothing typed is lost. The next check tries the fetch again.
 */
export function lazyZodResolver<Input extends FieldValues, Output = Input>(
  load: () => Promise<ZodType>,
): Resolver<Input, unknown, Output> {
  let resolver: Promise<Resolver<Input, unknown, Output>> | null = null;
  return async (values, context, options) => {
    resolver ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as Resolver<Input, unknown, Output>,
    );
    let resolve: Resolver<Input, unknown, Output>;
    try {
      resolve = await resolver;
    } catch {
      resolver = null;
      return { values: values as unknown as Output, errors: {} };
    }
    return resolve(values, context, options);
  };
}

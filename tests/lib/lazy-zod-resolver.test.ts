import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ResolverOptions } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

const ZName = z.object({ name: z.string().trim().min(1, "Nhập họ tên.") });
type Name = { name: string };
const options: ResolverOptions<Name> = { fields: {}, shouldUseNativeValidation: false };

describe("lazyZodResolver", () => {
  it("loads the schema on the first check and answers with its errors and parsed values", async () => {
    let loads = 0;
    const resolver = lazyZodResolver<Name>(async () => {
      loads += 1;
      return ZName;
    });
    expect(loads).toBe(0);
    const refused = await resolver({ name: "  " }, undefined, options);
    expect(refused.errors.name?.message).toBe("Nhập họ tên.");
    const accepted = await resolver({ name: " Lê Văn A " }, undefined, options);
    expect(accepted).toEqual({ values: { name: "Lê Văn A" }, errors: {} });
    expect(loads).toBe(1);
  });

  it("lets the values through to the server when the schema cannot be fetched, and tries again next time", async () => {
    let loads = 0;
    const resolver = lazyZodResolver<Name>(async () => {
      loads += 1;
      if (loads === 1) throw new Error("Failed to fetch dynamically imported module");
      return ZName;
    });
    expect(await resolver({ name: "" }, undefined, options)).toEqual({ values: { name: "" }, errors: {} });
    const second = await resolver({ name: "" }, undefined, options);
    expect(second.errors.name?.message).toBe("Nhập họ tên.");
    expect(loads).toBe(2);
  });
});

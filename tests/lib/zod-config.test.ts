import { expect, it } from "vitest";
import "@/schemas/zod-config";
import { z } from "zod";

it("zod reads the jitless setting src/schemas/zod-config.ts writes (its global configuration object)", () => {
  expect(z.config().jitless).toBe(true);
  // And an object schema built afterwards parses without compiling (the CSP would refuse `new Function`).
  const realFunction = globalThis.Function;
  globalThis.Function = new Proxy(realFunction, {
    construct() {
      throw new Error("new Function called");
    },
    apply() {
      throw new Error("Function called");
    },
  });
  try {
    const schema = z.object({ name: z.string(), age: z.number() });
    expect(schema.parse({ name: "An", age: 30 })).toEqual({ name: "An", age: 30 });
  } finally {
    globalThis.Function = realFunction;
  }
});

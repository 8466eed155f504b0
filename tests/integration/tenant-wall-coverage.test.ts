/**
 * The isolation suites find their own subjects. Every Prisma model with a `unitId` column and every
 * exported data function that takes the caller (`actor: Actor`) must be exercised by an isolation
 * suite (a file under tests/integration whose name contains "isolation"); a new model or function
 * that is not fails here, by name, until a suite tries it from another unit (or it is listed below
 * with the reason it needs none).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const DATA = path.join(ROOT, "src", "server", "data");

function filesUnder(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => path.join(e.parentPath, e.name));
}

const suites = fs
  .readdirSync(path.join(ROOT, "tests", "integration"))
  .filter((f) => f.includes("isolation") && f.endsWith(".test.ts"))
  .map((f) => fs.readFileSync(path.join(ROOT, "tests", "integration", f), "utf8"));
const suiteText = suites.join("\n");

/** Models whose rows carry the owning unit. */
function unitOwnedModels(): string[] {
  const schema = fs.readFileSync(path.join(ROOT, "prisma", "schema.prisma"), "utf8");
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
    .filter(([, , body]) => /^\s+unitId\s+String/m.test(body!))
    .map(([, name]) => name!);
}

/** `export [async] function[*] name(actor: Actor…` in the data layer (generators included), as `file:name`. */
function actorFunctions(): { file: string; name: string }[] {
  return filesUnder(DATA, ".ts")
    .filter((f) => !f.endsWith("scope.ts"))
    .flatMap((file) =>
      [
        ...fs
          .readFileSync(file, "utf8")
          .matchAll(/^export (?:async )?function\*? ?(\w+)(?:<[^>]*>)?\(\s*actor: Actor/gm),
      ].map(([, name]) => ({ file: path.relative(ROOT, file), name: name! })),
    );
}

/** Needs no isolation case, and why. */
const EXEMPT_FUNCTIONS: Record<string, string> = {
  recordAudit: "writes the actor's own audit entry inside another function's transaction",
  listMyUnits: "the account's own memberships, loaded by the session",
};
/** Models outside the matrix, and why. */
const EXEMPT_MODELS: Record<string, string> = {
  Membership: "covered as accounts (Membership is the matrix's account entity)",
};

describe("the isolation suites cover the tenant wall", () => {
  it("every model with a unit column is tried from another unit", () => {
    const models = unitOwnedModels();
    expect(models.length).toBeGreaterThan(10);
    const missing = models.filter((m) => !EXEMPT_MODELS[m] && !new RegExp(`\\b${m}\\b`).test(suiteText));
    expect(missing, `unit-owned models no isolation suite names: ${missing.join(", ")}`).toEqual([]);
  });

  it("every exported data function that takes the caller is called by an isolation suite", () => {
    const functions = actorFunctions();
    expect(functions.length).toBeGreaterThan(50);
    const missing = functions
      .filter(({ name }) => !EXEMPT_FUNCTIONS[name] && !new RegExp(`\\b${name}\\(`).test(suiteText))
      .map(({ file, name }) => `${file}:${name}`);
    expect(missing, `data functions no isolation suite calls:\n${missing.join("\n")}`).toEqual([]);
  });
});

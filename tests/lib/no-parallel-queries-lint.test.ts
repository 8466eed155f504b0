import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
// @ts-expect-error -- a plain-JS ESLint rule (scripts/lint), no type declarations
import rule from "../../scripts/lint/no-parallel-queries-in-transaction.js";

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2024, sourceType: "module" },
});
const error = (method = "all") => ({ messageId: "parallel", data: { method } });

tester.run("no-parallel-queries-in-transaction", rule, {
  valid: [
    // Outside a transaction, parallel reads on the pool are fine.
    "async function list() { return Promise.all([db().a.findMany(), db().a.count()]); }",
    // Inside one, one after the other.
    "db().$transaction(async (tx) => { const a = await tx.a.findMany(); const b = await tx.b.count(); return [a, b]; });",
    // The array form of $transaction is Prisma's sequential batch, not parallel queries.
    "db().$transaction([db().a.findMany(), db().a.count()]);",
  ],
  invalid: [
    {
      code: "db().$transaction(async (client) => Promise.all([client.a.findMany(), client.b.count()]));",
      errors: [error()],
    },
    { code: "async function f(tx: Tx) { await Promise.all([tx.a.count(), tx.b.count()]); }", errors: [error()] },
    {
      code: "async function f(t: Prisma.TransactionClient) { await Promise.allSettled([t.a.count()]); }",
      errors: [error("allSettled")],
    },
    // A callback nested in a function that holds the transaction client closes over it.
    {
      code: "async function f(tx) { const g = () => Promise.race([tx.a.count()]); await g(); }",
      errors: [error("race")],
    },
  ],
});

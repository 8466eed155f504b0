// Lint rules that keep the architecture honest (README: "Architecture in a few lines", "Where code lives").
// Each layer's import bans sit in one block per folder, because ESLint replaces (does not merge) a rule's
// options when two blocks match the same file.
import tseslint from "typescript-eslint";
import noServerOnlyInClient from "./scripts/lint/no-server-only-in-client.js";
import noParallelQueriesInTransaction from "./scripts/lint/no-parallel-queries-in-transaction.js";

const PRISMA = ["@/generated/*", "@/server/db/*", "@prisma/*"];
const prismaBan = { group: PRISMA, message: "Only src/server/data (scoped to the caller) reaches the database." };

/** `*.unit.id` / `*.unit.path`: the caller's unit, which only the tenant wall may turn into a condition. */
const unitConditionBan = ["id", "path"].map((property) => ({
  selector: `MemberExpression[property.name='${property}'][object.type='MemberExpression'][object.property.name='unit']`,
  message:
    "A unit condition is written only in src/server/data/scope.ts: use a named relation (ownedByMyUnit, readScope, isMyUnit, …).",
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      "src/generated/",
      "next-env.d.ts",
      "test-results/",
      "playwright-report/",
    ],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: {
      local: {
        rules: {
          "no-server-only-in-client": noServerOnlyInClient,
          "no-parallel-queries-in-transaction": noParallelQueriesInTransaction,
        },
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "local/no-server-only-in-client": "error",
      "local/no-parallel-queries-in-transaction": "error",
    },
  },
  {
    // Everything outside the data layer, the client itself and the unit import never reaches Prisma.
    files: ["src/**"],
    ignores: ["src/server/data/**", "src/server/db/**", "src/server/units/**", "src/domain/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaBan] }] },
  },
  {
    // Domain rules are pure: they import only other rules and src/lib (dates, file types).
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/(?!domain/|lib/)", message: "src/domain imports only src/domain and src/lib." },
            {
              group: ["next", "next/*", "react", "react/*", "@prisma/*", "node:*"],
              message: "src/domain is pure TypeScript: no framework, database or runtime.",
            },
          ],
        },
      ],
    },
  },
  {
    // The tenant wall: the caller's unit becomes a query condition in one module (and the audit writer
    // and session loader, which stamp and build it).
    files: ["src/**"],
    ignores: ["src/server/data/scope.ts", "src/server/data/audit.ts", "src/server/data/sessions.ts"],
    rules: { "no-restricted-syntax": ["error", ...unitConditionBan] },
  },
  {
    // Configuration is read in one place, validated.
    files: ["src/**"],
    ignores: ["src/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through src/env.ts." },
      ],
    },
  },
);

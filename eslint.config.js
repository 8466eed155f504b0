// Lint rules that keep the architecture honest (docs: architecture notes in README):
// no floating promises, no Prisma outside the data layer, environment read only in src/env.ts.
import tseslint from "typescript-eslint";

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
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Pages, actions, components and domain rules never reach the database directly.
    files: ["src/app/**", "src/domain/**", "src/components/**", "src/schemas/**", "src/lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/generated/*", "@/server/db/*", "@prisma/*"],
              message: "Go through src/server/data (scoped to the caller).",
            },
          ],
        },
      ],
    },
  },
  {
    // Domain rules are pure: no framework, no server code.
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "@/server/*", "@/generated/*", "@prisma/*"],
              message: "src/domain is pure TypeScript.",
            },
          ],
        },
      ],
    },
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

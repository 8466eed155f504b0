import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from the schema. `prisma generate` needs no
// database, so a missing DATABASE_URL is allowed (scripts/db sets it for migrate/seed).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

import { inject } from "vitest";

// Before any test module imports src/env.ts: point the app's data layer at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-not-for-production";

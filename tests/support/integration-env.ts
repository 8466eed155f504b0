import { inject } from "vitest";

// Before any test module imports src/env.ts: point the app's data layer at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-not-for-production";
// Hundreds of passwords are set here; their cost is not what the tests check (src/env.ts).
process.env.PASSWORD_HASH_COST ??= "4";

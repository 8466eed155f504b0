import type { TestProject } from "vitest/node";
import {
  createDatabase,
  dropDatabase,
  setDatabaseOption,
  startEmbeddedPostgres,
  withDatabase,
} from "../../scripts/db/embedded";
import { deployMigrations } from "../../scripts/db/migrate";

/**
 * A fresh database for this run, on DATABASE_URL's server or the embedded one, migrated with
 * the real migrations. Dropped at the end unless KEEP_TEST_DB=1.
 */
export default async function setup(project: TestProject) {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const base = process.env.DATABASE_URL ?? embedded!.url;
  const name = `thidua_test_${process.pid}_${Date.now()}`;
  await createDatabase(base, name);
  const url = withDatabase(base, name);
  // Speed over durability for a throw-away database: its commits do not wait for the disk.
  await setDatabaseOption(base, name, "synchronous_commit", "off");
  await deployMigrations(url);
  project.provide("databaseUrl", url);
  return async () => {
    if (process.env.KEEP_TEST_DB !== "1") await dropDatabase(base, name);
    await embedded?.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

import "server-only";
import path from "node:path";
import { env } from "@/env";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";
import type { FileStorage } from "./file-storage";

/**
 * Which store this installation uses: the contract both stores keep is in file-storage.ts (so
 * neither store imports this chooser, and the three files form no circle).
 */

/** The storage variables of src/env.ts (so `env()` itself can be passed). */
export type StorageConfig = Pick<
  ReturnType<typeof env>,
  | "FILES_DIR"
  | "S3_BUCKET"
  | "S3_ENDPOINT"
  | "S3_REGION"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_FORCE_PATH_STYLE"
>;

/** Default folder of the disk store: `<repo>/.data/files` (the app runs from the repository root). */
export function defaultFilesDir(): string {
  return path.join(process.cwd(), ".data", "files");
}

/** S3 when `S3_BUCKET` is set, else local disk under `FILES_DIR` (default `<repo>/.data/files`). */
export function createFileStorage(config: StorageConfig): FileStorage {
  if (config.S3_BUCKET) {
    const hasId = Boolean(config.S3_ACCESS_KEY_ID);
    const hasSecret = Boolean(config.S3_SECRET_ACCESS_KEY);
    if (hasId !== hasSecret) {
      throw new Error("S3_ACCESS_KEY_ID và S3_SECRET_ACCESS_KEY phải cùng được đặt (hoặc cùng để trống)");
    }
    return new S3Storage({
      bucket: config.S3_BUCKET,
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION || "us-east-1",
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
      forcePathStyle: config.S3_FORCE_PATH_STYLE === "1",
    });
  }
  return new LocalDiskStorage(config.FILES_DIR ? path.resolve(config.FILES_DIR) : defaultFilesDir());
}

let instance: FileStorage | undefined;

/** The process-wide store, chosen from configuration on first use (one S3 client, reused). */
export function fileStorage(): FileStorage {
  instance ??= createFileStorage(env());
  return instance;
}

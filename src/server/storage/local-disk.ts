import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { assertStorageKey, InvalidStorageKeyError, type FileStorage, type StoredObject } from "./file-storage";

function isStorageKey(key: string): boolean {
  try {
    assertStorageKey(key);
    return true;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/**
 * Files on local disk: key `a/b/c.pdf` is `<root>/a/b/c.pdf`. A write goes to a temporary file in
 * the same folder, is flushed, then renamed over the target, so a reader sees the old bytes or the
 * new ones, never half a file (rename is atomic within one file system). The content type is not
 * kept: callers record it in the database with the file's other facts.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The absolute path of a key; refuses keys that are not in the grammar or would leave the root. */
  pathOf(key: string): string {
    assertStorageKey(key);
    const full = path.resolve(this.root, ...key.split("/"));
    // The grammar already excludes this; kept as a second wall.
    if (!full.startsWith(this.root + path.sep)) throw new InvalidStorageKeyError(key, "ra ngoài thư mục lưu trữ");
    return full;
  }

  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true });
    // Keys never have a segment starting with ".", so this name cannot be another key.
    const temp = path.join(dir, `.${path.basename(target)}.${randomUUID()}.tmp`);
    try {
      const handle = await open(temp, "wx", 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    const target = this.pathOf(key);
    try {
      const buffer = await readFile(target);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      // ENOTDIR: a parent segment is a file; EISDIR: the key names a folder of other keys.
      const code = errorCode(error);
      if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return null;
      throw error;
    }
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    for await (const file of this.files()) {
      const key = path.relative(this.root, file).split(path.sep).join("/");
      if (!key.startsWith(prefix) || !isStorageKey(key)) continue; // temporary files, or not ours
      yield { key, modifiedAt: (await stat(file)).mtime };
    }
  }

  async removeLeftovers(before: Date): Promise<number> {
    let removed = 0;
    for await (const file of this.files()) {
      const name = path.basename(file);
      if (!(name.startsWith(".") && name.endsWith(".tmp"))) continue;
      const modified = await stat(file).then(
        (s) => s.mtime,
        () => null,
      ); // another sweep may be faster
      if (modified && modified < before) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** Every file under the root (none when the root does not exist yet). */
  private async *files(): AsyncIterable<string> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
      if (errorCode(error) === "ENOENT") return [];
      throw error;
    });
    for (const entry of entries) if (entry.isFile()) yield path.join(entry.parentPath, entry.name);
  }

  async delete(key: string): Promise<void> {
    const target = this.pathOf(key);
    try {
      await unlink(target);
    } catch (error) {
      // As in S3, deleting what is not a stored file (missing, or a folder of other keys) is a no-op.
      const code = errorCode(error);
      if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return;
      throw error;
    }
  }
}

import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "@/server/storage/local-disk";
import { S3Storage } from "@/server/storage/s3";
import { createFileStorage, defaultFilesDir, type StorageConfig } from "@/server/storage/storage";
import { InvalidStorageKeyError, type FileStorage } from "@/server/storage/file-storage";

const PDF = "application/pdf";
const bytesOf = (s: string) => new TextEncoder().encode(s);
const textOf = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));
let serial = 0;
/** A fresh key per test so the suites never see each other's objects. */
const freshKey = (name: string) => `dossiers/test-${process.pid}-${++serial}/${name}`;

/** The storage variables with none set (src/env.ts's defaults). */
const noStorageConfig: StorageConfig = {
  FILES_DIR: undefined,
  S3_BUCKET: undefined,
  S3_ENDPOINT: undefined,
  S3_REGION: undefined,
  S3_ACCESS_KEY_ID: undefined,
  S3_SECRET_ACCESS_KEY: undefined,
  S3_FORCE_PATH_STYLE: "0",
};

const BAD_KEYS = [
  "",
  "../escape.pdf",
  "dossiers/../../escape.pdf",
  "dossiers/..",
  "/etc/passwd",
  "dossiers\\..\\escape.pdf",
  "C:\\escape.pdf",
  "dossiers//a.pdf",
  "dossiers/a.pdf/",
  "./a.pdf",
  "dossiers/.hidden",
  "dossiers/tệp.pdf",
  "dossiers/a b.pdf",
  "dossiers/a\u0000.pdf",
];

/** The one contract every FileStorage keeps; run below against local disk and a real S3 server. */
function storageContract(name: string, make: () => FileStorage) {
  describe(`FileStorage contract: ${name}`, () => {
    let storage: FileStorage;
    beforeAll(() => {
      storage = make();
    });

    it("puts, gets and deletes a file", async () => {
      const key = freshKey("to-trinh.pdf");
      await storage.put(key, bytesOf("%PDF-1.7 tờ trình"), PDF);
      expect(textOf(await storage.get(key))).toBe("%PDF-1.7 tờ trình");
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
    });

    it("keeps binary content byte for byte (every byte value, 2 MB)", async () => {
      const key = freshKey("scan.png");
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const big = new Uint8Array(2 * 1024 * 1024 + 256);
      big.set(all, 0);
      big.set(randomBytes(2 * 1024 * 1024), 256);
      await storage.put(key, big, "image/png");
      const back = await storage.get(key);
      expect(back).toBeInstanceOf(Uint8Array);
      expect(back!.byteLength).toBe(big.byteLength);
      expect(Buffer.from(back!).equals(Buffer.from(big))).toBe(true);
    });

    it("stores a view into a larger buffer as just that view", async () => {
      const key = freshKey("slice.pdf");
      const whole = bytesOf("xxxx%PDF-slicexxxx");
      await storage.put(key, whole.subarray(4, 14), PDF);
      expect(textOf(await storage.get(key))).toBe("%PDF-slice");
    });

    it("stores an empty file", async () => {
      const key = freshKey("empty.pdf");
      await storage.put(key, new Uint8Array(0), PDF);
      expect(await storage.get(key)).toEqual(new Uint8Array(0));
    });

    it("returns null for a key never stored", async () => {
      expect(await storage.get(freshKey("missing.pdf"))).toBeNull();
    });

    it("overwrites: the second put wins, shorter or not", async () => {
      const key = freshKey("bao-cao.docx");
      await storage.put(key, bytesOf("first version, rather long"), PDF);
      await storage.put(key, bytesOf("second"), PDF);
      expect(textOf(await storage.get(key))).toBe("second");
    });

    it("deleting a missing key is a no-op", async () => {
      await expect(storage.delete(freshKey("never.pdf"))).resolves.toBeUndefined();
    });

    it("keeps keys apart: a prefix is not its longer sibling", async () => {
      const dir = freshKey("x");
      await storage.put(`${dir}/a.pdf`, bytesOf("A"), PDF);
      await storage.put(`${dir}/a.pdf.bak`, bytesOf("B"), PDF);
      expect(textOf(await storage.get(`${dir}/a.pdf`))).toBe("A");
      expect(await storage.get(dir)).toBeNull();
      await storage.delete(`${dir}/a.pdf`);
      expect(textOf(await storage.get(`${dir}/a.pdf.bak`))).toBe("B");
    });

    it.each(BAD_KEYS)("refuses the key %j on put, get and delete", async (key) => {
      await expect(storage.put(key, bytesOf("x"), PDF)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });
  });
}

// ---- local disk -------------------------------------------------------------------------------

let diskParent = "";
let diskRoot = "";
beforeAll(async () => {
  diskParent = await mkdtemp(path.join(tmpdir(), "thidua-storage-"));
  diskRoot = path.join(diskParent, "files");
});
afterAll(async () => {
  if (diskParent) await rm(diskParent, { recursive: true, force: true });
});

storageContract("local disk", () => new LocalDiskStorage(diskRoot));

describe("local disk specifics", () => {
  it("maps a key to a path under the root, creating folders", async () => {
    const disk = new LocalDiskStorage(diskRoot);
    const key = freshKey("nested/deeper/file.pdf");
    await disk.put(key, bytesOf("%PDF-"), PDF);
    expect(existsSync(path.join(diskRoot, ...key.split("/")))).toBe(true);
  });

  it("path traversal writes, reads and deletes nothing outside the root", async () => {
    const disk = new LocalDiskStorage(diskRoot);
    const outside = path.join(diskParent, "secret.txt");
    await writeFile(outside, "do not touch");
    for (const key of ["../secret.txt", "a/../../secret.txt", `${diskParent}/secret.txt`, "..\\secret.txt"]) {
      await expect(disk.put(key, bytesOf("overwritten"), PDF)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(disk.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(disk.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    expect(await readFile(outside, "utf8")).toBe("do not touch");
    expect((await readdir(diskParent)).sort()).toEqual(["files", "secret.txt"]);
  });

  it("writes atomically: concurrent puts of one key leave one whole version and no temporary files", async () => {
    const disk = new LocalDiskStorage(diskRoot);
    const key = freshKey("race.pdf");
    const versions = Array.from({ length: 8 }, (_, i) => new Uint8Array(256 * 1024).fill(i + 1));
    await Promise.all(versions.map((v) => disk.put(key, v, PDF)));
    const back = (await disk.get(key))!;
    expect(back.byteLength).toBe(256 * 1024);
    expect(back.every((b) => b === back[0])).toBe(true);
    expect(await readdir(path.dirname(disk.pathOf(key)))).toEqual(["race.pdf"]);
  });
});

// ---- S3 (a real S3-compatible server on loopback) ---------------------------------------------

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

/**
 * @20minutes/s3rver (devDependency): the maintained fork of s3rver, a real HTTP server speaking
 * the S3 REST API with SigV4 checks, on disk in a temp folder. CommonJS without types, hence
 * require. When it is not installed (e.g. `npm install --omit=dev`) the S3 suite is skipped.
 */
function loadS3rver(): S3rverClass | null {
  try {
    return createRequire(import.meta.url)("@20minutes/s3rver") as S3rverClass;
  } catch (error) {
    if ((error as { code?: string }).code === "MODULE_NOT_FOUND") return null;
    throw error;
  }
}

const S3rver = loadS3rver();
const BUCKET = "thidua-test";
const S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }; // s3rver's built-in account

describe.skipIf(!S3rver)(
  S3rver ? "S3" : "S3 — SKIPPED: @20minutes/s3rver is not installed (npm install without dev dependencies)",
  () => {
    let server: S3rverInstance;
    let endpoint = "";
    let serverDir = "";
    const opened: S3Storage[] = [];

    beforeAll(async () => {
      serverDir = await mkdtemp(path.join(tmpdir(), "thidua-s3rver-"));
      server = new S3rver!({
        address: "127.0.0.1",
        port: 0,
        silent: true,
        directory: serverDir,
        configureBuckets: [{ name: BUCKET }],
      });
      const { port } = await server.run();
      endpoint = `http://127.0.0.1:${port}`;
    });
    afterAll(async () => {
      for (const s of opened) s.destroy();
      await server?.close();
      if (serverDir) await rm(serverDir, { recursive: true, force: true });
    });

    const open = () => {
      const s = new S3Storage({
        bucket: BUCKET,
        endpoint,
        region: "us-east-1",
        credentials: S3_CREDENTIALS,
        forcePathStyle: true,
      });
      opened.push(s);
      return s;
    };

    storageContract("S3 (s3rver, path-style)", open);

    it("sends the content type with the object", async () => {
      const key = freshKey("anh.jpg");
      await open().put(key, Uint8Array.from([0xff, 0xd8, 0xff]), "image/jpeg");
      const raw = new S3Client({ endpoint, region: "us-east-1", credentials: S3_CREDENTIALS, forcePathStyle: true });
      try {
        const head = await raw.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
        expect(head.ContentType).toBe("image/jpeg");
        expect(head.ContentLength).toBe(3);
      } finally {
        raw.destroy();
      }
    });

    it("fails loudly (not null) on wrong credentials or a missing bucket", async () => {
      const wrongSecret = new S3Storage({
        bucket: BUCKET,
        endpoint,
        region: "us-east-1",
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "wrong" },
        forcePathStyle: true,
      });
      const noBucket = new S3Storage({
        bucket: "no-such-bucket",
        endpoint,
        region: "us-east-1",
        credentials: S3_CREDENTIALS,
        forcePathStyle: true,
      });
      opened.push(wrongSecret, noBucket);
      await expect(wrongSecret.get(freshKey("a.pdf"))).rejects.toThrow();
      await expect(wrongSecret.put(freshKey("a.pdf"), bytesOf("x"), PDF)).rejects.toThrow();
      await expect(noBucket.get(freshKey("a.pdf"))).rejects.toThrow();
    });

    it("createFileStorage builds this S3 store from the environment's variables", async () => {
      const storage = createFileStorage({
        ...noStorageConfig,
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: endpoint,
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_FORCE_PATH_STYLE: "1",
      });
      expect(storage).toBeInstanceOf(S3Storage);
      opened.push(storage as S3Storage);
      const key = freshKey("from-config.pdf");
      await storage.put(key, bytesOf("%PDF-cfg"), PDF);
      expect(textOf(await storage.get(key))).toBe("%PDF-cfg");
    });
  },
);

// ---- choosing the implementation ----------------------------------------------------------------

describe("createFileStorage: choosing the implementation", () => {
  it("local disk under <repo>/.data/files by default, FILES_DIR overriding it", () => {
    const byDefault = createFileStorage(noStorageConfig);
    expect(byDefault).toBeInstanceOf(LocalDiskStorage);
    expect((byDefault as LocalDiskStorage).root).toBe(defaultFilesDir());
    expect(defaultFilesDir()).toBe(path.join(process.cwd(), ".data", "files"));
    const custom = createFileStorage({ ...noStorageConfig, FILES_DIR: diskRoot });
    expect((custom as LocalDiskStorage).root).toBe(diskRoot);
  });

  it("S3 as soon as S3_BUCKET is set; refuses half a key pair", () => {
    const s3 = createFileStorage({ ...noStorageConfig, S3_BUCKET: "b", S3_REGION: "ap-southeast-1" });
    expect(s3).toBeInstanceOf(S3Storage);
    (s3 as S3Storage).destroy();
    expect(() => createFileStorage({ ...noStorageConfig, S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id" })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    );
  });
});

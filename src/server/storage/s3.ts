import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertStorageKey, type FileStorage, type StoredObject } from "./file-storage";

export interface S3StorageOptions {
  bucket: string;
  /** Endpoint of an S3-compatible store (MinIO, Ceph RGW, a cloud's S3 service); unset = AWS. */
  endpoint?: string;
  region: string;
  /** Unset: the AWS SDK's default chain (AWS_* variables, instance or container role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Path-style URLs (endpoint/bucket/key): MinIO and most self-hosted stores need them. */
  forcePathStyle: boolean;
}

/** The key is absent. Not any 404: a missing bucket (NoSuchBucket, also 404) is a configuration error. */
function isMissingKey(error: unknown): boolean {
  return error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === "NoSuchKey");
}

/** Files as objects of one bucket, key for key; the bucket must exist (it is not created here). */
export class S3Storage implements FileStorage {
  readonly bucket: string;
  private readonly client: S3Client;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // Since 2025 the SDK adds CRC32 checksums to every upload by default, which several
      // S3-compatible stores reject; for those, send checksums only where the API requires them.
      ...(options.endpoint
        ? ({ requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } as const)
        : {}),
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.byteLength,
      }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return new Uint8Array(0);
      return await object.Body.transformToByteArray();
    } catch (error) {
      if (isMissingKey(error)) return null;
      throw error;
    }
  }

  /** S3 deletes are idempotent: deleting a missing key succeeds. */
  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? [])
        if (object.Key) yield { key: object.Key, modifiedAt: object.LastModified ?? new Date(0) };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** PutObject writes whole objects or nothing: no leftovers to remove. */
  async removeLeftovers(_before: Date): Promise<number> {
    return 0;
  }

  /** Closes the client's sockets (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}

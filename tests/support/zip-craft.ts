/**
 * Hand-made ZIP archives for the upload tests: entries given as bytes or already deflated (a bomb
 * of 200 MiB is deflated as a stream, never held whole), with sizes that may lie.
 */
import { once } from "node:events";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export type Deflated = { bytes: Uint8Array; size: number; crc: number };
export type CraftEntry = {
  name: string;
  data?: Uint8Array;
  deflated?: Deflated;
  /** Written into both headers instead of the true size. */
  declaredSize?: number;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
};

/** `head`, then `repeat` copies of `chunk`, then `tail`, deflated as a stream. */
export async function deflateLarge(head: string, chunk: Uint8Array, repeat: number, tail: string): Promise<Deflated> {
  const out: Buffer[] = [];
  const deflate = createDeflateRaw({ level: 9 });
  deflate.on("data", (c: Buffer) => out.push(c));
  const ended = once(deflate, "end");
  let size = 0;
  let crc = 0;
  const parts = [Buffer.from(head), ...Array<Uint8Array>(repeat).fill(chunk), Buffer.from(tail)];
  for (const part of parts) {
    size += part.byteLength;
    crc = crc32(part, crc);
    if (!deflate.write(part)) await once(deflate, "drain");
  }
  deflate.end();
  await ended;
  return { bytes: Buffer.concat(out), size, crc };
}

export function craftZip(entries: CraftEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.deflated ?? {
      bytes: deflateRawSync(entry.data ?? new Uint8Array()),
      size: entry.data?.byteLength ?? 0,
      crc: crc32(entry.data ?? new Uint8Array()),
    };
    const size = entry.declaredSize ?? body.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.crc, 14);
    local.writeUInt32LE(body.bytes.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.crc, 16);
    central.writeUInt32LE(body.bytes.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body.bytes));
    centrals.push(central, name);
    offset += 30 + name.length + body.bytes.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

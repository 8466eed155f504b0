import { Document, Packer, Paragraph } from "docx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { DOCX_MIME, MAX_UPLOAD_BYTES, sniffFileType } from "@/server/storage/sniff";

const ascii = (s: string) => new TextEncoder().encode(s);

/** A complete one-page PDF 1.4 (header, objects, xref with real offsets, trailer). */
function minimalPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND). */
const PNG_1X1 = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

/** SOI, a JFIF APP0 segment, EOI: the start every JPEG camera or scanner writes. */
const JPEG_HEAD = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
  0x00, 0xff, 0xd9,
]);

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Tờ trình đề nghị khen thưởng")] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function realXlsx(): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile([[{ value: "Họ và tên" }], [{ value: "Nguyễn Văn A" }]]).toBuffer());
}

describe("sniffFileType: by content, not by name", () => {
  it("recognises a real PDF", () => {
    expect(sniffFileType(minimalPdf())).toEqual({ mime: "application/pdf", ext: "pdf" });
  });

  it("recognises a real PNG and a JPEG", () => {
    expect(sniffFileType(PNG_1X1)).toEqual({ mime: "image/png", ext: "png" });
    expect(sniffFileType(JPEG_HEAD)).toEqual({ mime: "image/jpeg", ext: "jpg" });
  });

  it("recognises a real .docx made by the docx library", async () => {
    const bytes = await realDocx();
    expect(sniffFileType(bytes)).toEqual({ mime: DOCX_MIME, ext: "docx" });
    // Works on a view into a larger buffer too (as a request body slice may be).
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    expect(sniffFileType(padded.subarray(8, 8 + bytes.length))).toEqual({ mime: DOCX_MIME, ext: "docx" });
  });

  it("rejects a real .xlsx renamed .docx (a ZIP, but no word/document.xml)", async () => {
    const xlsx = await realXlsx();
    expect([...xlsx.subarray(0, 2)]).toEqual([0x50, 0x4b]); // it does start with "PK"
    expect(sniffFileType(xlsx)).toBeNull();
  });

  it("rejects a macro-enabled .docm renamed .docx", async () => {
    const parts = unzipSync(await realDocx());
    expect(sniffFileType(zipSync(parts))?.ext).toBe("docx"); // re-zipped as is: still a .docx
    parts["word/vbaProject.bin"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]);
    expect(sniffFileType(zipSync(parts))).toBeNull();
  });

  it("reads entry names, not bytes: a ZIP merely containing the text word/document.xml is rejected", () => {
    const zip = zipSync(
      {
        "[Content_Types].xml": strToU8("<Types/>"),
        "note.txt": strToU8("see word/document.xml"),
      },
      { level: 0 },
    );
    expect(sniffFileType(zip)).toBeNull();
    const withPart = zipSync(
      {
        "[Content_Types].xml": strToU8("<Types/>"),
        "word/document.xml": strToU8("<w:document/>"),
      },
      { level: 0 },
    );
    expect(sniffFileType(withPart)?.ext).toBe("docx");
  });

  it("rejects a .docx cut short (no central directory) and a bare PK header", async () => {
    const docx = await realDocx();
    expect(sniffFileType(docx.subarray(0, Math.floor(docx.length / 2)))).toBeNull();
    expect(sniffFileType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toBeNull();
  });

  it("rejects text, empty input, and look-alikes", () => {
    expect(sniffFileType(ascii("Báo cáo thành tích\n"))).toBeNull();
    expect(sniffFileType(new Uint8Array(0))).toBeNull();
    expect(sniffFileType(ascii("%PD"))).toBeNull();
    expect(sniffFileType(ascii(" %PDF-1.7"))).toBeNull();
    expect(sniffFileType(PNG_1X1.subarray(0, 7))).toBeNull();
    expect(sniffFileType(ascii("<html><body>word/document.xml</body></html>"))).toBeNull();
  });

  it("caps uploads at 10 MB", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
  });
});

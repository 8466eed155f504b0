/**
 * Issue 14 point 6: risky uploads refused by content — PDFs that run something, files that are two
 * types at once, Office archives with macros (renamed or not), bombs and archives whose sizes lie —
 * each built here byte by byte, beside real files that must still pass.
 */
import { deflateSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkUpload, TYPE_MESSAGE } from "@/server/storage/sniff";
import { MACRO_MESSAGE } from "@/server/storage/office-package";
import { PDF_ACTIVE_MESSAGE, PDF_NOT_ENDED_MESSAGE } from "@/server/storage/pdf-inspect";
import { BROKEN_ARCHIVE } from "@/server/storage/zip-archive";
import { certificatePdf } from "@/server/documents/certificate-pdf";
import { craftZip, deflateLarge, type CraftEntry } from "../support/zip-craft";

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
const refusal = async (bytes: Uint8Array) => {
  const result = await checkUpload(bytes);
  return result.ok ? null : result.message;
};

/** A PDF of the given objects (1 is the catalogue), with a real xref table and trailer. */
function pdf(objects: string[], version = "1.4"): Uint8Array {
  let body = `%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}
const PAGES = ["<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
const plainPdf = () => pdf(["<< /Type /Catalog /Pages 2 0 R >>", ...PAGES]);

/** A stream object with the given dictionary entries and data (latin1). */
const stream = (dictionary: string, data: string) =>
  `<< ${dictionary} /Length ${data.length} >>\nstream\n${data}\nendstream`;

/** Seeded noise, like the compressed image data of a scan. */
function noise(length: number): string {
  let x = 2463534242;
  let out = "";
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += String.fromCharCode((x >>> 0) & 0xff);
  }
  return out;
}

async function realDocxParts(): Promise<Record<string, Uint8Array>> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Báo cáo thành tích")] }] });
  return unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
}
const zipOf = (parts: Record<string, Uint8Array>, extra: CraftEntry[] = []) =>
  craftZip([...Object.entries(parts).map(([name, data]) => ({ name, data })), ...extra]);
/** A compound file (the format of vbaProject.bin) holding a VBA project's directory entry. */
const VBA_PROJECT_BIN = new Uint8Array(
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from("_VBA_PROJECT", "utf16le"),
    Buffer.alloc(64),
  ]),
);

describe("PDF: nothing that runs, nothing after the end", () => {
  it("accepts a plain PDF, the app's own certificate (pdfkit, compressed streams) and a scan-like binary stream", async () => {
    expect(await refusal(plainPdf())).toBeNull();
    const certificate = await certificatePdf([
      {
        issuerTitle: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NHƯ QUỲNH",
        formTitle: "GIẤY KHEN",
        recipientName: "Bà Nguyễn Thị Hương",
        recipientDetail: "Công chức Văn phòng - Thống kê",
        reason: "đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
        decisionNumber: "12/QĐ-UBND",
        decisionDate: "2025-12-05",
        place: "Như Quỳnh",
        signerName: "Phạm Văn Định",
        registryNumber: "25",
      },
    ]);
    expect(await refusal(new Uint8Array(certificate))).toBeNull();
    const scan = pdf(["<< /Type /Catalog /Pages 2 0 R >>", ...PAGES, stream("/Filter /DCTDecode", noise(3_000_000))]);
    expect(await refusal(scan)).toBeNull();
  });

  it("refuses /OpenAction with /JavaScript, a /Launch, an embedded file, an /AA", async () => {
    const catalogs = [
      "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
      "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>",
      "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >> >>",
      "<< /Type /Catalog /Pages 2 0 R /AA << /WC << /S /URI /URI (http://x) >> >> >>",
    ];
    for (const catalog of catalogs) expect(await refusal(pdf([catalog, ...PAGES]))).toBe(PDF_ACTIVE_MESSAGE);
  });

  it("reads names as PDF does (#xx escapes) and inside compressed object streams", async () => {
    const escaped = "<< /Type /Catalog /Pages 2 0 R /Open#41ction << /S /J#61vaScript /J#53 (x) >> >>";
    expect(await refusal(pdf([escaped, ...PAGES]))).toBe(PDF_ACTIVE_MESSAGE);
    // PDF 1.5: the catalogue itself compressed in an object stream; nothing shows in the file's text.
    const hidden = "4 0 << /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (x) >> >>";
    const objStm = deflateSync(Buffer.from(hidden)).toString("latin1");
    const file = pdf([stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", objStm), ...PAGES], "1.5");
    expect(Buffer.from(file).toString("latin1")).not.toMatch(/OpenAction|JavaScript/);
    expect(await refusal(file)).toBe(PDF_ACTIVE_MESSAGE);
    // The same object stream without anything active passes.
    const clean = deflateSync(Buffer.from("4 0 << /Type /Catalog /Pages 2 0 R >>")).toString("latin1");
    const ok = pdf([stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", clean), ...PAGES], "1.5");
    expect(await refusal(ok)).toBeNull();
  });

  it("refuses a file that starts as a PDF and goes on as a web page, and one with bytes after %%EOF", async () => {
    const polyglot = latin1("%PDF-1.4\n<html><body><script>fetch('/tep')</script></body></html>\n");
    expect(await refusal(polyglot)).toMatch(/mã trang web/);
    expect(await refusal(latin1("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))).toBe(PDF_NOT_ENDED_MESSAGE);
    const withPage = new Uint8Array([...plainPdf(), ...latin1("<!DOCTYPE html><script>alert(1)</script>")]);
    expect(await refusal(withPage)).toMatch(/mã trang web/);
    const appended = new Uint8Array([...plainPdf(), ...latin1(noise(4096))]);
    expect(await refusal(appended)).toBe(PDF_NOT_ENDED_MESSAGE);
  });
});

describe("images: one type only", () => {
  const PNG = Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
      "base64",
    ),
  );
  it("accepts a PNG; refuses one with a page after its last chunk", async () => {
    expect(await refusal(PNG)).toBeNull();
    expect(await refusal(new Uint8Array([...PNG, ...latin1("<html><script>x</script>")]))).not.toBeNull();
  });
});

describe(".docx: archive checked before anyone opens it", () => {
  it("accepts a real .docx", async () => {
    expect(await refusal(zipOf(await realDocxParts()))).toBeNull();
  });

  it("refuses macros by name, by content type, by relationship, and a renamed macro project", async () => {
    const parts = await realDocxParts();
    // A .docm renamed .docx is not even a .docx by its parts (sniffFileType).
    expect(await refusal(zipOf({ ...parts, "word/vbaProject.bin": VBA_PROJECT_BIN }))).toBe(TYPE_MESSAGE);
    const types = new TextDecoder().decode(parts["[Content_Types].xml"]);
    const declared = types.replace(
      "</Types>",
      '<Override PartName="/word/media/logo.png" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    );
    expect(await refusal(zipOf({ ...parts, "[Content_Types].xml": strToU8(declared) }))).toBe(MACRO_MESSAGE);
    const docm = types.replace("document.main+xml", "document.macroEnabled.main+xml");
    expect(await refusal(zipOf({ ...parts, "[Content_Types].xml": strToU8(docm) }))).toBe(MACRO_MESSAGE);
    const rels = new TextDecoder().decode(parts["word/_rels/document.xml.rels"]);
    const related = rels.replace(
      "</Relationships>",
      '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="media/logo.png"/></Relationships>',
    );
    expect(await refusal(zipOf({ ...parts, "word/_rels/document.xml.rels": strToU8(related) }))).toBe(MACRO_MESSAGE);
    // Renamed and declared nowhere: recognised by what it is.
    expect(await refusal(zipOf({ ...parts, "word/media/logo.png": VBA_PROJECT_BIN }))).toBe(MACRO_MESSAGE);
  });

  it("refuses a 200 KB .docx that unpacks to 200 MB, fast, and the same bomb with sizes that lie", async () => {
    const parts = await realDocxParts();
    const bomb = await deflateLarge("", new Uint8Array(1024 * 1024), 200, "");
    const honest = zipOf(parts, [{ name: "word/media/image1.png", deflated: bomb }]);
    expect(honest.byteLength).toBeLessThan(400 * 1024);
    let started = performance.now();
    expect(await refusal(honest)).toMatch(/giải nén quá lớn \(\d+ MB; tối đa 100 MB\)/);
    expect(performance.now() - started).toBeLessThan(1000);
    const lying = zipOf(parts, [{ name: "word/media/image1.png", deflated: bomb, declaredSize: 1000 }]);
    started = performance.now();
    expect(await refusal(lying)).toBe(BROKEN_ARCHIVE);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses too many parts, an encrypted part, and a wrong checksum", async () => {
    const parts = await realDocxParts();
    const many = Array.from({ length: 2001 }, (_, i) => ({ name: `word/media/p${i}.xml`, data: strToU8("<a/>") }));
    expect(await refusal(zipOf(parts, many))).toMatch(/quá nhiều thành phần \(2\d{3}; tối đa 2000\)/);
    const secret = zipOf(parts, [{ name: "word/media/x.bin", data: strToU8("x"), flags: 1 }]);
    expect(await refusal(secret)).toMatch(/mật khẩu/);
    const tampered = zipOf(parts, [
      {
        name: "word/media/x.xml",
        deflated: { bytes: deflateSync(Buffer.from("abc")).subarray(2, -4), size: 3, crc: 1 },
      },
    ]);
    expect(await refusal(tampered)).toBe(BROKEN_ARCHIVE);
  });
});

import { SignPdf } from "@signpdf/signpdf";
import { P12Signer } from "@signpdf/signer-p12";
import forge from "node-forge";
import { makeCa, makeSigner, toP12 } from "../tests/support/test-certificates";

/**
 * A one-page PDF signed as a USB token's software signs one (a signature field, the byte range,
 * a detached CMS in /Contents), with a certificate from a test CA made here: what the office
 * uploads as "the signed decision" in e2e. Written by hand (the app's PDF kit is server-only).
 */

const PLACEHOLDER = "**********";
const CONTENTS = 16_384;

function unsignedPdf(signedAt: Date): Buffer {
  const stamp = signedAt.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>",
    "<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V 5 0 R /T (Signature1) /P 3 0 R /F 132 >>",
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 /${PLACEHOLDER} /${PLACEHOLDER} /${PLACEHOLDER}] /Contents <${"0".repeat(CONTENTS * 2)}> /M (D:${stamp}Z) >>`,
  ];
  let body = "%PDF-1.7\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) body += `${String(at).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/**
 * A PDF signed now by `signer` (its certificate issued by a fresh test CA), the signer's name, and
 * the CA's certificate as a .pem (for the operator's trust list) with the name the app shows for it.
 */
export async function signedPdf(signer = "Nguyễn Văn Chánh") {
  const ca = makeCa(`CA thử nghiệm e2e ${Date.now()}`);
  const p12 = toP12(makeSigner(ca, signer), ca, "e2e");
  const now = new Date();
  const bytes = await new SignPdf().sign(unsignedPdf(now), new P12Signer(p12, { passphrase: "e2e" }), now);
  return {
    bytes,
    signer: `${signer}, UBND xã Thử nghiệm`,
    caPem: Buffer.from(forge.pki.certificateToPem(ca.cert)),
    caName: `${ca.cert.subject.getField("CN").value as string}, Phòng thử nghiệm`,
  };
}

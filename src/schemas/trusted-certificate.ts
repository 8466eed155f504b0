import { z } from "zod";
import { TRUSTED_CERTIFICATE_MAX_BYTES, TRUSTED_CERTIFICATE_TOO_LARGE } from "./trusted-certificate-labels";

/**
 * The operator's upload of a CA certificate for the trust list: one file (.cer, .crt, .der or a
 * .pem bundle). What is in it is checked by services/trust-list.ts; here only that there is a
 * file and it is no bigger than a certificate bundle gets.
 */
export const ZTrustedCertificateUpload = z.object({
  file: z
    .instanceof(File, { error: "Chọn tệp chứng thư số." })
    // A form sent with nothing chosen carries a nameless empty file; a chosen file of 0 bytes has its name.
    .refine((f) => f.size > 0 || f.name !== "", { error: "Chọn tệp chứng thư số.", abort: true })
    .refine((f) => f.size > 0, "Tệp chứng thư số rỗng (0 byte): chọn đúng tệp .cer, .crt, .der hoặc .pem.")
    .refine((f) => f.size <= TRUSTED_CERTIFICATE_MAX_BYTES, TRUSTED_CERTIFICATE_TOO_LARGE),
});

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
    .refine((f) => f.size > 0, "Chọn tệp chứng thư số.")
    .refine((f) => f.size <= TRUSTED_CERTIFICATE_MAX_BYTES, TRUSTED_CERTIFICATE_TOO_LARGE),
});

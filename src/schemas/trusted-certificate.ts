import { z } from "zod";

/**
 * The operator's upload of a CA certificate for the trust list: one file (.cer, .crt, .der or a
 * .pem bundle). What is in it is checked by services/trust-list.ts; here only that there is a
 * file and it is no bigger than a certificate bundle gets.
 */
export const TRUSTED_CERTIFICATE_MAX_BYTES = 1024 * 1024;

export const ZTrustedCertificateUpload = z.object({
  file: z
    .instanceof(File, { error: "Chọn tệp chứng thư số." })
    .refine((f) => f.size > 0, "Chọn tệp chứng thư số.")
    .refine((f) => f.size <= TRUSTED_CERTIFICATE_MAX_BYTES, "Tệp quá lớn (tối đa 1 MB)."),
});

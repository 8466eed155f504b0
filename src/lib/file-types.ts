/** A generated file on its way to the browser; kept apart from the route helper so tests can build one without the auth stack. */
export type Download = { bytes: Uint8Array | Buffer; mime: string; fileName: string };

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF = "application/pdf";

/** Largest dossier file accepted (10 MB); the browser checks it before sending, the server again. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TOO_LARGE = `Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`;
/** Largest import sheet (.xlsx) accepted. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
export const SHEET_TOO_LARGE = `Tệp lớn hơn ${MAX_SHEET_BYTES / 1024 / 1024} MB.`;

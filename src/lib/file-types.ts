/** A generated file on its way to the browser; kept apart from the route helper so tests can build one without the auth stack. */
export type Download = { bytes: Uint8Array | Buffer; mime: string; fileName: string };

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF = "application/pdf";

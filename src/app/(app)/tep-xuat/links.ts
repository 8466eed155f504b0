/** Where a queued export sends its requester: the list, saying this file is being prepared. */
export const queuedExportPage = (exportId: string) => `/tep-xuat?moi=${encodeURIComponent(exportId)}`;

/** A ready background export's download. */
export const exportDownload = (exportId: string) => `/tep-xuat/${encodeURIComponent(exportId)}/tai-ve`;

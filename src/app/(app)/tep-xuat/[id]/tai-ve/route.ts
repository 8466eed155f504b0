import { download, XLSX } from "@/server/actions/download";
import { readyExportOfMine, recordExportDownload } from "@/server/data/export-files";
import { fileStorage } from "@/server/storage/storage";
import { StoredFileMissingError } from "@/server/storage/file-storage";

/**
 * A background export's file, to its requester alone, in the unit it was asked in, until it
 * expires (anyone else, or later: 404). The download is counted and audited once its bytes are found.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => {
    const file = await readyExportOfMine(actor, id);
    const bytes = await fileStorage().get(file.storageKey);
    if (!bytes) throw new StoredFileMissingError(file.storageKey);
    await recordExportDownload(actor, file.id);
    return { bytes, mime: XLSX, fileName: file.fileName };
  });
}

import Link from "next/link";
import type { RecordedAward } from "@/domain/awards/award-record";
import { dayMonthYear } from "@/domain/text/format";
import { buttonClass } from "@/components/ui/button";
import { AwardRecordView } from "./award-record-view";
import { PrintButton } from "./print-button";
import "./print.css";

/**
 * Quá trình khen thưởng laid out as a paper record: the unit and the national title at the top,
 * the title, who it is about, the awards and the totals, the date. On screen a bar offers to print
 * it, download it as .docx or go back; the bar and the app's menus do not print.
 */
export function AwardRecordDocument({
  unitName,
  subject,
  details,
  awards,
  today,
  backHref,
  docxHref,
}: {
  unitName: string;
  subject: string;
  details: string[];
  awards: readonly RecordedAward[];
  today: string;
  backHref: string;
  docxHref: string;
}) {
  return (
    <>
      <div className="mb-4 flex flex-wrap gap-2 print:hidden">
        <PrintButton label="In quá trình khen thưởng" />
        <a href={docxHref} className={buttonClass("secondary")}>
          Tải về (.docx)
        </a>
        <Link href={backHref} className={buttonClass("secondary")}>
          Quay lại
        </Link>
      </div>
      <article className="mx-auto max-w-4xl rounded-lg border border-slate-300 bg-white p-8 print:max-w-none print:rounded-none print:border-0 print:p-0">
        <header className="grid grid-cols-2 gap-4 text-center text-sm">
          <p className="font-semibold uppercase">{unitName}</p>
          <p>
            <span className="block font-semibold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span>
            <span className="block font-semibold">Độc lập - Tự do - Hạnh phúc</span>
          </p>
        </header>
        <h1 className="mt-8 text-center text-xl font-bold">QUÁ TRÌNH KHEN THƯỞNG</h1>
        <p className="text-center text-lg font-semibold">{subject}</p>
        <ul className="my-6 space-y-1 text-sm">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <AwardRecordView subject={subject} awards={awards} />
        <p className="mt-8 text-right text-sm italic">{dayMonthYear(today).replace(/^n/u, "N")}</p>
      </article>
    </>
  );
}

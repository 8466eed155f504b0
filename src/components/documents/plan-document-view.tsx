import { Fragment, type ReactNode } from "react";
import type { OutlineBlock, OutlineRun, PlanOutline } from "@/domain/plans/plan-outline";

/**
 * The plan as a page that reads like the paper: the same outline the .docx is built from, on a
 * white A4-like sheet in Times New Roman — two-column header, centred title, justified body with
 * first-line indents, Roman-numbered parts, recipients | signature. Server-renderable (no state).
 *
 * Printing: the sheet drops its card look and sets A4 with the ND 30 margins; the page hides
 * the app's chrome itself. One document per page (its heading ids are fixed); its headings start at
 * h2 because the page around it owns the h1.
 */

/** ND 30 margins: top/bottom 20 mm, left 30 mm, right 15 mm (as the .docx). */
const PAGE_CSS = "@page{size:A4;margin:20mm 15mm 20mm 30mm}";

/** Body paragraphs: first-line indent, justified where lines are long enough to justify well. */
const BODY = "indent-[1.27cm] text-left sm:text-justify print:text-justify mb-[0.4em] whitespace-pre-line";
/** Lines with deliberate blanks ("Số:        /KH-UBND", "ngày      tháng") keep their spaces. */
const KEEP_SPACES = "whitespace-pre-wrap";
/** A short rule under the issuing body and the motto (a border, so it prints without backgrounds). */
const RULE = "mx-auto mt-[0.15em] block border-t border-slate-900";

function Runs({ runs }: { runs: OutlineRun[] }) {
  return runs.map((r, i) => {
    let node: ReactNode = r.text;
    if (r.italics) node = <em className="italic">{node}</em>;
    if (r.bold) node = <strong className="font-bold">{node}</strong>;
    return <Fragment key={i}>{node}</Fragment>;
  });
}

function Block({ block }: { block: OutlineBlock }) {
  if (block.kind === "subheading") {
    const H = block.level === 1 ? "h4" : "h5";
    return (
      <H className={`${BODY} break-after-avoid font-normal`}>
        <Runs runs={block.runs} />
      </H>
    );
  }
  return (
    <p className={BODY}>
      <Runs runs={block.runs} />
    </p>
  );
}

export function PlanDocumentView({ outline }: { outline: PlanOutline }) {
  const { header: h, title, preamble, sections, recipients, signature } = outline;
  return (
    <article
      lang="vi"
      aria-labelledby="plan-document-title"
      className={[
        "mx-auto w-full max-w-3xl bg-white text-slate-900 font-['Times_New_Roman',Times,serif]",
        "text-[1.0625rem] leading-[1.45] px-5 py-8 shadow-sm ring-1 ring-slate-200 sm:px-12 sm:py-12 sm:rounded-sm",
        "print:m-0 print:max-w-none print:rounded-none print:p-0 print:text-[14pt] print:leading-[1.3] print:text-black print:shadow-none print:ring-0",
      ].join(" ")}
    >
      <style>{PAGE_CSS}</style>

      {/* Header: issuing body and number | national title and place-date. */}
      <header className="grid grid-cols-1 gap-x-4 gap-y-3 text-center text-[0.93em] leading-snug sm:grid-cols-[2fr_3fr] print:grid-cols-[2fr_3fr]">
        <div className="sm:col-start-1 sm:row-start-1 print:col-start-1 print:row-start-1">
          {h.parentLine && <p>{h.parentLine}</p>}
          {h.issuerLines.map((l, i) => (
            <p key={i} className="font-bold">
              {l}
            </p>
          ))}
          <span aria-hidden="true" className={`${RULE} w-16`} />
        </div>
        <p className={`${KEEP_SPACES} sm:col-start-1 sm:row-start-2 print:col-start-1 print:row-start-2`}>
          {h.numberLine}
        </p>
        <div className="sm:col-start-2 sm:row-start-1 print:col-start-2 print:row-start-1">
          <p className="text-[0.92em] font-bold">{h.nation}</p>
          <p className="font-bold">
            <span className="inline-block border-b border-slate-900 pb-[0.1em]">{h.motto}</span>
          </p>
        </div>
        <p
          className={`${KEEP_SPACES} text-[1.075em] italic sm:col-start-2 sm:row-start-2 print:col-start-2 print:row-start-2`}
        >
          {h.placeDate}
        </p>
      </header>

      {/* Title */}
      <h2 id="plan-document-title" className="mt-10 text-center font-bold leading-snug break-after-avoid">
        <span className="block">{title.type}</span>
        {title.lines.map((l, i) => (
          <span key={i} className="block">
            {l}
          </span>
        ))}
      </h2>
      <span aria-hidden="true" className={`${RULE} mb-6 w-1/4 min-w-20`} />

      {/* Bases and the issuing sentence */}
      {preamble.bases.map((b, i) => (
        <p key={i} className={BODY}>
          {b}
        </p>
      ))}
      <p className={BODY}>{preamble.enactment}</p>

      {/* Roman-numbered parts */}
      {sections.map((s) => (
        <section key={s.numeral} aria-labelledby={`plan-part-${s.numeral}`}>
          <h3 id={`plan-part-${s.numeral}`} className={`${BODY} break-after-avoid font-bold`}>
            {s.numeral}. {s.heading}
          </h3>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </section>
      ))}

      <p className={BODY}>{outline.closing}</p>

      {/* Recipients | signature */}
      <div className="mt-6 grid grid-cols-1 gap-x-4 gap-y-8 break-inside-avoid sm:grid-cols-2 print:grid-cols-2">
        <div className="text-left leading-snug">
          <p className="text-[0.86em] font-bold italic">{recipients.label}</p>
          <ul className="list-none text-[0.79em]">
            {recipients.lines.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </div>
        <div className="text-center leading-snug">
          {[...signature.authority, ...signature.title].map((l, i) => (
            <p key={i} className="font-bold">
              {l}
            </p>
          ))}
          {/* Room to sign and stamp. */}
          <div aria-hidden="true" className="h-24 print:h-[6.5em]" />
          <p className="font-bold">{signature.name}</p>
        </div>
      </div>
    </article>
  );
}

import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatViDate } from "@/lib/dates";
import { RATING_LABELS } from "@/domain/labels";
import { HOLD_KIND_LABELS, INITIATIVE_SCOPE_LABELS } from "@/schemas/achievement";
import { holdFormValues, type listPersonRecords } from "@/server/data/achievements";
import { DeleteButton } from "@/components/forms/delete-button";
import { deletePersonRecordAction } from "../actions";
import { HoldForm, InitiativeForm, ReviewForm } from "./record-forms";

type Records = Awaited<ReturnType<typeof listPersonRecords>>;

function Section({
  id,
  title,
  empty,
  children,
  form,
}: {
  id: string;
  title: string;
  empty: boolean;
  children: ReactNode;
  form: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {empty ? (
        <p className="text-sm text-slate-700">Chưa có.</p>
      ) : (
        <ScrollRegion label={title}>
          <table className="w-full text-left text-sm">{children}</table>
        </ScrollRegion>
      )}
      {form}
    </section>
  );
}

/**
 * What the eligibility rules read about a person (Luật TĐKT 2022 Điều 22–24; NĐ 152/2025 Điều 4):
 * yearly ratings, recognised initiatives and open complaints. The award history is the page's
 * "Quá trình khen thưởng" (AwardRecordView), where earlier awards are entered too.
 */
export function PersonRecords({
  personId,
  name,
  records,
  canEdit,
  canReadHolds,
  canWriteHolds,
}: {
  personId: string;
  name: string;
  records: Records;
  canEdit: boolean;
  canReadHolds: boolean;
  canWriteHolds: boolean;
}) {
  const del = (kind: "review" | "initiative", id: string, what: string) =>
    canEdit ? (
      <td>
        <DeleteButton
          action={deletePersonRecordAction.bind(null, kind, id)}
          confirmText={`Xoá ${what}?`}
          label={`Xoá ${what}`}
        />
      </td>
    ) : null;
  return (
    <>
      <Section
        id="xep-loai"
        title="Xếp loại chất lượng hằng năm"
        empty={records.reviews.length === 0}
        form={canEdit ? <ReviewForm personId={personId} /> : null}
      >
        <caption className="sr-only">Xếp loại của {name}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2">
              Năm
            </th>
            <th scope="col">Kết quả</th>
            {canEdit ? (
              <th scope="col">
                <span className="sr-only">Thao tác</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {records.reviews.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <td className="py-2">{r.year}</td>
              <td>{RATING_LABELS[r.rating]}</td>
              {del("review", r.id, `xếp loại năm ${r.year}`)}
            </tr>
          ))}
        </tbody>
      </Section>
      <Section
        id="sang-kien"
        title="Sáng kiến được công nhận"
        empty={records.initiatives.length === 0}
        form={canEdit ? <InitiativeForm personId={personId} /> : null}
      >
        <caption className="sr-only">Sáng kiến của {name}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2">
              Sáng kiến
            </th>
            <th scope="col">Phạm vi</th>
            <th scope="col">Công nhận</th>
            {canEdit ? (
              <th scope="col">
                <span className="sr-only">Thao tác</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {records.initiatives.map((i) => (
            <tr key={i.id} className="border-b border-slate-200">
              <td className="py-2">{i.title}</td>
              <td>{INITIATIVE_SCOPE_LABELS[i.scope]}</td>
              <td>
                {i.recognisedBy}, {formatViDate(i.recognisedOn)}
              </td>
              {del("initiative", i.id, `sáng kiến "${i.title}"`)}
            </tr>
          ))}
        </tbody>
      </Section>
      {canReadHolds ? (
        <Section
          id="don-thu"
          title="Đơn thư, thanh tra đang xác minh"
          empty={records.holds.length === 0}
          form={canWriteHolds ? <HoldForm subject={{ personId }} /> : null}
        >
          <HoldRows holds={records.holds} canWrite={canWriteHolds} subject={{ personId }} />
        </Section>
      ) : null}
    </>
  );
}

/** Holds as table rows; shared with a collective's page. */
export function HoldRows({
  holds,
  canWrite,
  subject,
}: {
  holds: Records["holds"];
  canWrite: boolean;
  subject: { personId: string } | { organisationId: string };
}) {
  return (
    <>
      <caption className="sr-only">Đơn thư, thanh tra</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2">
            Loại
          </th>
          <th scope="col">Nội dung</th>
          <th scope="col">Thời gian</th>
          {canWrite ? (
            <th scope="col">
              <span className="sr-only">Thao tác</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {holds.map((h) => (
          <tr key={h.id} className="border-b border-slate-200 align-top">
            <td className="py-2">{HOLD_KIND_LABELS[h.kind]}</td>
            <td>{h.note}</td>
            <td>
              {formatViDate(h.openedOn)} – {h.closedOn ? formatViDate(h.closedOn) : "đang xác minh"}
            </td>
            {canWrite ? (
              <td>
                <details>
                  <summary className="cursor-pointer text-blue-800 underline">Sửa</summary>
                  <HoldForm subject={subject} id={h.id} initial={holdFormValues(h)} rowVersion={h.rowVersion} />
                </details>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { findMeeting } from "@/server/data/meetings";
import { orNotFound } from "@/server/actions/page-guard";
import { MEETING_STATUS_LABELS, thresholdText } from "@/domain/council/rules";
import { basisPhrase } from "@/domain/council/effective-rules";
import { COUNCIL_ROLE_LABELS } from "@/schemas/council";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ActionButton } from "@/components/forms/action-button";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/domain/auth/permissions";
import { closeBallotAction, forwardMinutesAction, openBallotAction } from "../../actions";
import { AnswerObjectionForm, BallotForm, ObjectionForm, PaperBallotForm, WrittenOpinionForm } from "./meeting-forms";
import { AttendanceForm, PaperVotersForm } from "./attendance-forms";

export const metadata: Metadata = { title: "Phiên họp Hội đồng" };

const box = "mt-6 space-y-3 rounded-lg border border-slate-300 bg-white p-6";

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("council.read");
  const { meeting, items, seats, seat, present, paper, myBallot, isSecretary, canManage, upward } = await orNotFound(
    findMeeting(actor, id),
  );
  const seatLabel = (s: (typeof seats)[number]) => `${s.user.name} – ${COUNCIL_ROLE_LABELS[s.role]}`;
  const ballotOpen = meeting.status === "BALLOT_OPEN";
  const closed = meeting.status === "BALLOT_CLOSED";
  return (
    <>
      <PageHeader
        title={`Phiên họp ngày ${formatViDate(meeting.heldOn)}`}
        description={
          <>
            {meeting.council.name} · {upward ? "Đề nghị cấp trên: " : ""}
            {meeting.plan.title} · {meeting.startTime}, {meeting.location} ·{" "}
            <strong>{MEETING_STATUS_LABELS[meeting.status]}</strong>
          </>
        }
        actions={
          closed ? (
            <>
              <a className={buttonClass("secondary")} href={`/hoi-dong/phien-hop/${meeting.id}/bien-ban`}>
                Tải biên bản họp và kiểm phiếu (.docx)
              </a>
              {upward && can(actor.roles, "nomination.write") ? (
                <ActionButton
                  action={forwardMinutesAction.bind(null, meeting.id)}
                  label="Đính kèm biên bản vào tờ trình gửi cấp trên"
                  pendingLabel="Đang đính kèm…"
                />
              ) : null}
            </>
          ) : null
        }
      />
      {/* The member's ballot first: on a phone it used to start ~1,200 px down, under the attendance and the list. */}
      {ballotOpen && seat ? (
        <section aria-labelledby="phieu" className={box}>
          <h2 id="phieu" className="text-lg font-semibold">
            Phiếu bầu của {seat.user.name}
          </h2>
          {!present.has(seat.id) ? (
            <p className="text-sm">Bạn vắng mặt: thư ký ghi ý kiến bằng văn bản của bạn (nếu có).</p>
          ) : paper.has(seat.id) ? (
            <p className="text-sm" data-testid="ballot-on-paper">
              Bạn bỏ phiếu giấy tại phiên họp này: nộp phiếu cho thư ký, thư ký nhập vào hòm phiếu. Bạn không bỏ phiếu
              trực tuyến.
            </p>
          ) : myBallot.length ? (
            <BallotForm
              meetingId={meeting.id}
              items={myBallot.map((i) => ({ id: i.id, label: `${i.label} – ${i.formName}` }))}
            />
          ) : (
            <p className="text-sm text-green-800" data-testid="ballot-done">
              Đã gửi phiếu: bạn đã bỏ phiếu cho tất cả người, tập thể (hoặc không tham gia vì có liên quan).
            </p>
          )}
        </section>
      ) : null}

      {meeting.disclosureFrom ? (
        <section aria-labelledby="cong-khai" className={box}>
          <h2 id="cong-khai" className="text-lg font-semibold">
            Công khai danh sách
          </h2>
          <p className="text-sm">
            Từ {formatViDate(meeting.disclosureFrom)} đến hết {formatViDate(meeting.disclosureTo!)}. Ý kiến phản ánh
            phải được giải quyết trước khi bỏ phiếu.
          </p>
          <ul className="space-y-2 text-sm">
            {meeting.objections.map((o) => (
              <li key={o.id} className="rounded-md border border-slate-200 p-2">
                <p>
                  {formatViDate(o.receivedOn)}: {o.text}
                </p>
                {o.resolution ? (
                  <p className="text-green-800">Đã giải quyết: {o.resolution}</p>
                ) : canManage && !closed ? (
                  <AnswerObjectionForm meetingId={meeting.id} objectionId={o.id} />
                ) : (
                  <p className="text-red-800">Chưa giải quyết.</p>
                )}
              </li>
            ))}
          </ul>
          {canManage && !ballotOpen && !closed ? (
            <ObjectionForm meetingId={meeting.id} today={todayInVietnam()} />
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="thanh-phan" className={box}>
        <h2 id="thanh-phan" className="text-lg font-semibold">
          Thành phần
        </h2>
        {meeting.status === "SCHEDULED" ? (
          isSecretary ? (
            <AttendanceForm meetingId={meeting.id} seats={seats.map((s) => ({ id: s.id, label: seatLabel(s) }))} />
          ) : (
            <p className="text-sm">Thư ký Hội đồng điểm danh khi khai mạc.</p>
          )
        ) : (
          <>
            <p className="text-sm">
              Có mặt {present.size}/{meeting.memberCount} thành viên; cần ít nhất {meeting.quorumRequired} (
              {meeting.quorumRule}, {basisPhrase(meeting.quorumBasis)}).
            </p>
            <ul className="text-sm">
              {seats.map((s) => (
                <li key={s.id} data-testid="attendance">
                  {seatLabel(s)}:{" "}
                  {!present.has(s.id)
                    ? "vắng mặt"
                    : paper.has(s.id)
                      ? "có mặt, bỏ phiếu giấy (thư ký nhập phiếu)"
                      : "có mặt, bỏ phiếu trực tuyến"}
                </li>
              ))}
            </ul>
          </>
        )}
        {meeting.status === "IN_SESSION" && isSecretary ? (
          <>
            <PaperVotersForm
              meetingId={meeting.id}
              seats={seats.filter((s) => present.has(s.id)).map((s) => ({ id: s.id, label: seatLabel(s) }))}
              initial={[...paper]}
            />
            <ActionButton
              action={openBallotAction.bind(null, meeting.id)}
              label="Mở bỏ phiếu"
              pendingLabel="Đang mở…"
            />
          </>
        ) : null}
      </section>

      <section aria-labelledby="chuong-trinh" className={box}>
        <h2 id="chuong-trinh" className="text-lg font-semibold">
          Danh sách đề nghị ({items.length})
        </h2>
        <ScrollRegion label="Danh sách đề nghị">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Người, tập thể được đề nghị và kết quả bỏ phiếu</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2">
                  Người, tập thể
                </th>
                <th scope="col">Hình thức</th>
                <th scope="col">Tỷ lệ cần đạt</th>
                <th scope="col">{closed ? "Đồng ý / số thành viên" : "Đã bỏ phiếu"}</th>
                {closed ? <th scope="col">Kết quả</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-slate-200 align-top" data-testid="agenda-item">
                  <th scope="row" className="py-2 font-normal">
                    {i.label}
                    <span className="block text-xs text-slate-700">
                      {i.unitName}
                      {i.nominee ? (
                        <>
                          {" "}
                          ·{" "}
                          <Link className="text-blue-800 underline" href={`/de-nghi/${i.nominee.batch.id}`}>
                            hồ sơ
                          </Link>
                        </>
                      ) : (
                        " · đã rút khỏi tờ trình"
                      )}
                    </span>
                  </th>
                  <td>{i.formName}</td>
                  <td>
                    {thresholdText({ percent: i.thresholdPercent, strict: i.thresholdStrict })}
                    {i.thresholdBasis ? (
                      <span className="block text-xs text-slate-700" data-testid="threshold-basis">
                        {basisPhrase(i.thresholdBasis)}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {closed && i.tally
                      ? `${i.tally.agreeing}/${i.tally.seats} (${i.tally.sharePercent.toLocaleString("vi-VN")}%)${i.tally.recused ? `; ${i.tally.recused} thành viên không biểu quyết vì có liên quan` : ""}`
                      : `${i.voted}/${meeting.memberCount ?? seats.length}`}
                  </td>
                  {closed ? <td data-testid="result">{i.tally?.passed ? "Đạt" : "Không đạt"}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {ballotOpen && isSecretary ? (
        <section aria-labelledby="thu-ky" className={box}>
          <h2 id="thu-ky" className="text-lg font-semibold">
            Thư ký: phiếu giấy, ý kiến bằng văn bản, kết thúc bỏ phiếu
          </h2>
          {items.map((i) => {
            const paperFree = i.paperSeats.map((s) => ({ id: s.id, label: s.user.name }));
            const absentFree = i.writtenSeats.map((s) => ({ id: s.id, label: s.user.name }));
            if (!paperFree.length && !absentFree.length) return null;
            return (
              <details key={i.id} className="rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer text-sm font-medium">{i.label}</summary>
                <div className="mt-2 space-y-4">
                  {paperFree.length ? (
                    <PaperBallotForm meetingId={meeting.id} itemId={i.id} label={i.label} members={paperFree} />
                  ) : null}
                  {absentFree.length ? (
                    <WrittenOpinionForm meetingId={meeting.id} itemId={i.id} label={i.label} absent={absentFree} />
                  ) : null}
                </div>
              </details>
            );
          })}
          <ActionButton
            action={closeBallotAction.bind(null, meeting.id)}
            label="Kết thúc bỏ phiếu và kiểm phiếu"
            pendingLabel="Đang kiểm phiếu…"
            confirmText="Kết thúc bỏ phiếu? Thành viên chưa bỏ phiếu được tính là không đồng ý."
          />
        </section>
      ) : null}
    </>
  );
}

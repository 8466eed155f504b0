import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { conflict } from "@/domain/errors";
import { thresholdText } from "@/domain/council/rules";
import { COUNCIL_BASIS } from "@/domain/council/effective-rules";
import { placeName, unitNameInSentence } from "@/domain/units/hierarchy";
import { toIsoDate } from "@/lib/dates";
import { findMeeting } from "@/server/data/meetings";
import { councilMinutesDocx, type CouncilMinutesInput } from "@/server/documents/council-minutes-docx";
import { DOCX, type Download } from "@/lib/file-types";

/** The minutes and count record of a closed ballot, as .docx, built from what the meeting page shows. */
export async function meetingMinutes(actor: Actor, meetingId: string): Promise<Download> {
  const { meeting, items, seats, present, paper } = await findMeeting(actor, meetingId);
  if (meeting.status !== "BALLOT_CLOSED") throw conflict("Chỉ lập biên bản sau khi kiểm phiếu.");
  const written = new Set(
    items.flatMap((i) => i.receipts.filter((r) => r.method === "WRITTEN").map((r) => r.memberId)),
  );
  const name = (role: string) => seats.find((s) => s.role === role)?.user.name ?? "";
  const forms = new Map<string, CouncilMinutesInput["items"][number]>();
  for (const item of items) {
    const group = forms.get(item.formName) ?? {
      formName: item.formName,
      threshold: thresholdText({ percent: item.thresholdPercent, strict: item.thresholdStrict }),
      nominees: [],
    };
    const c = item.count!;
    const t = item.tally!;
    const by = (method: string) => item.receipts.filter((r) => r.method === method).length;
    // Totals only: every method in one count, and of paper ballots and written opinions how many
    // there were, never which way (one of either would otherwise be a member's choice in print).
    group.nominees.push({
      label: item.label,
      detail: item.unitName,
      agree: c.agree,
      disagree: c.disagree,
      // A recused member is one of the seats but could not vote: he is noted, not counted as not voting.
      notVoting: t.seats - t.recused - (c.agree + c.disagree),
      recused: c.recused,
      paper: by("PAPER"),
      written: by("WRITTEN"),
      sharePercent: t.sharePercent,
      passed: t.passed,
    });
    forms.set(item.formName, group);
  }
  const authorityName = `Ủy ban nhân dân ${unitNameInSentence(actor.unit.name)}`;
  const input: CouncilMinutesInput = {
    authorityName,
    parentAuthorityName: null,
    councilName: meeting.council.name,
    place: placeName(actor.unit.name),
    heldOn: toIsoDate(meeting.heldOn),
    startTime: meeting.startTime,
    location: meeting.location,
    chairName: name("CHU_TICH") || name("PHO_CHU_TICH"),
    secretaryName: name("THU_KY"),
    members: seats.map((s) => ({
      name: s.user.name,
      councilRole: s.role,
      present: present.has(s.id),
      paperBallot: paper.has(s.id),
      writtenOpinion: written.has(s.id),
    })),
    quorum: {
      present: present.size,
      total: meeting.memberCount ?? seats.length,
      required: meeting.quorumRequired ?? 0,
      met: present.size >= (meeting.quorumRequired ?? 0),
      rule: `ít nhất ${meeting.quorumRule ?? ""} (${meeting.quorumBasis ?? COUNCIL_BASIS})`,
    },
    items: [...forms.values()],
    // The quy chế names the vote; the app's ballot is sealed either way (ballot.ts).
    secretBallot: meeting.council.secretBallot,
  };
  return {
    bytes: await councilMinutesDocx(input),
    mime: DOCX,
    fileName: `bien-ban-hop-hoi-dong-${toIsoDate(meeting.heldOn)}.docx`,
  };
}

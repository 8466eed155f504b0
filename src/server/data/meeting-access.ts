import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { AppError, notFound } from "@/domain/errors";
import { toIsoDate } from "@/lib/dates";
import { writeScope } from "./scope";
import { lockMeeting } from "./locks";
import { NATIONAL_DEFAULTS } from "@/domain/council/effective-rules";
import { sessionRunnerProblem } from "@/domain/council/secretary";

/**
 * A council meeting loaded under the wall, and who sits in it: shared by the meeting's steps
 * (meetings.ts) and its secret ballot (ballot.ts).
 */

/**
 * What a meeting step reads. Of the ballot it holds each item's counts (written only at closing) and
 * its receipts (who took part, and how); never the ballot box, which only ballot-box.ts reads.
 */
const MEETING_INCLUDE = {
  plan: { select: { id: true, title: true, unitId: true } },
  council: {
    include: {
      members: {
        include: { user: { select: { name: true } } },
        orderBy: [{ role: "asc" }, { termFrom: "asc" }, { id: "asc" }],
      },
      thresholds: true,
    },
  },
  attendance: true,
  objections: { orderBy: { receivedOn: "asc" } },
  items: {
    orderBy: { position: "asc" },
    include: {
      nominee: {
        select: {
          id: true,
          label: true,
          kind: true,
          summary: true,
          personId: true,
          organisationId: true,
          batch: {
            select: {
              id: true,
              unit: { select: { name: true } },
              awardForm: {
                select: {
                  id: true,
                  name: true,
                  catalogueCode: true,
                  quota: true,
                  cashValue: true,
                  recipientKind: true,
                },
              },
            },
          },
        },
      },
      receipts: { select: { memberId: true, method: true } },
    },
  },
} satisfies Prisma.CouncilMeetingInclude;

/** A meeting of the actor's unit's council, locked for a secretary's step when `lock` is set. */
export async function meetingFor(tx: Tx, actor: Actor, meetingId: string, lock = false) {
  const scope = writeScope(actor, "council.read");
  if (lock) await lockMeeting(tx, meetingId, scope.unitId);
  const meeting = await tx.councilMeeting.findFirst({ where: { id: meetingId, ...scope }, include: MEETING_INCLUDE });
  if (!meeting) throw notFound();
  return meeting;
}

export type Meeting = Awaited<ReturnType<typeof meetingFor>>;
/** What the seat and rule helpers read of a meeting. */
export type MeetingRules = Pick<Meeting, "heldOn" | "council" | "countsWrittenOpinions">;
export type Seat = Meeting["council"]["members"][number];

/** Seats in office on the meeting's day. */
export function seatsOn(meeting: MeetingRules): Seat[] {
  const day = toIsoDate(meeting.heldOn);
  return meeting.council.members.filter(
    (m) => toIsoDate(m.termFrom) <= day && (!m.termTo || day <= toIsoDate(m.termTo)),
  );
}

/**
 * Whether written opinions count, as the rules stood when the session opened (fixed then from the
 * council's, its province's or the decree's rule); before that, the council's own or the decree's.
 */
export const writtenCount = (meeting: MeetingRules) =>
  meeting.countsWrittenOpinions ?? meeting.council.countsWrittenOpinions ?? NATIONAL_DEFAULTS.countsWrittenOpinions;

/** Seats marked present when the session opened. */
export function presentSeatIds(meeting: Pick<Meeting, "attendance">): Set<string> {
  return new Set(meeting.attendance.filter((a) => a.present).map((a) => a.memberId));
}

/** Present seats the secretary marked as voting on paper: he enters their ballots; they do not vote online. */
export function paperSeatIds(meeting: Pick<Meeting, "attendance">): Set<string> {
  return new Set(meeting.attendance.filter((a) => a.present && a.onPaper).map((a) => a.memberId));
}

/** The actor's seat in the meeting, if he holds one on its day. */
export function mySeat(meeting: MeetingRules, actor: Actor): Seat | null {
  return seatsOn(meeting).find((m) => m.userId === actor.userId) ?? null;
}

/**
 * Why the actor may not run the session (open it, open and close the ballot, enter paper), or null:
 * the secretary may, and — while no secretary is present — the stand-in the council's quy chế names
 * (src/domain/council/secretary.ts). `present`: the seats present, as recorded at the opening (or,
 * for the opening itself, as it is about to record them).
 */
export function sessionRunnerProblemOf(meeting: MeetingRules, actor: Actor, present: ReadonlySet<string>) {
  const seats = seatsOn(meeting);
  return sessionRunnerProblem({
    seat: seats.find((m) => m.userId === actor.userId) ?? null,
    secretarySeatIds: seats.filter((m) => m.role === "THU_KY").map((m) => m.id),
    present,
    rule: { standIn: meeting.council.secretaryStandIn, namedMemberId: meeting.council.secretaryStandInMemberId },
  });
}

/** Refuses, saying why, anyone but the secretary or the quy chế's stand-in for an absent secretary. */
export function requireSecretary(
  meeting: MeetingRules & Pick<Meeting, "attendance">,
  actor: Actor,
  present: ReadonlySet<string> = presentSeatIds(meeting),
) {
  const problem = sessionRunnerProblemOf(meeting, actor, present);
  if (problem) throw new AppError("forbidden", problem);
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZRowVersionOrNew } from "@/schemas/row-version";
import { actorAction } from "@/server/actions/result";
import {
  ZCouncilMember,
  ZCouncilRules,
  ZCouncilTermEnd,
  ZCouncilThreshold,
  ZMeetingInput,
  ZObjection,
  ZObjectionAnswer,
  ZPaperBallots,
  ZVote,
  ZWrittenOpinion,
} from "@/schemas/council";
import {
  addCouncilMember,
  deleteCouncilThreshold,
  endCouncilTerm,
  removeCouncilMember,
  saveCouncilRules,
  saveCouncilThreshold,
} from "@/server/data/councils";
import { forwardMinutes } from "@/server/services/forward-minutes";
import {
  answerObjection,
  markPaperVoters,
  openBallot,
  openSession,
  recordObjection,
  scheduleMeeting,
} from "@/server/data/meetings";
import { castVotes, closeBallot, enterPaperBallots, recordWrittenOpinion } from "@/server/data/ballot";

const council = () => revalidatePath("/hoi-dong");
const meeting = (id: string) => revalidatePath(`/hoi-dong/phien-hop/${id}`);

export async function saveCouncilRulesAction(input: unknown, rowVersion: number | null) {
  const schema = z.object({ rowVersion: ZRowVersionOrNew, data: ZCouncilRules });
  return actorAction(schema, { rowVersion, data: input }, async (actor, { rowVersion, data }) => {
    await saveCouncilRules(actor, data, rowVersion);
    council();
    return null;
  });
}

export async function addCouncilMemberAction(input: unknown) {
  return actorAction(ZCouncilMember, input, async (actor, data) => {
    await addCouncilMember(actor, data);
    council();
    return null;
  });
}

export async function removeCouncilMemberAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await removeCouncilMember(actor, id);
    council();
    return null;
  });
}

export async function endCouncilTermAction(memberId: string, input: unknown) {
  return actorAction(
    z.object({ memberId: ZId, data: ZCouncilTermEnd }),
    { memberId, data: input },
    async (actor, { memberId, data }) => {
      await endCouncilTerm(actor, memberId, data.termTo);
      council();
      return null;
    },
  );
}

export async function saveCouncilThresholdAction(input: unknown) {
  return actorAction(ZCouncilThreshold, input, async (actor, data) => {
    await saveCouncilThreshold(actor, data);
    council();
    return null;
  });
}

export async function deleteCouncilThresholdAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await deleteCouncilThreshold(actor, id);
    council();
    return null;
  });
}

export async function scheduleMeetingAction(input: unknown) {
  return actorAction(ZMeetingInput, input, async (actor, data) => {
    const row = await scheduleMeeting(actor, data);
    council();
    return { id: row.id };
  });
}

export async function recordObjectionAction(meetingId: string, input: unknown) {
  return actorAction(
    z.object({ meetingId: ZId, data: ZObjection }),
    { meetingId, data: input },
    async (actor, { meetingId, data }) => {
      await recordObjection(actor, meetingId, data);
      meeting(meetingId);
      return null;
    },
  );
}

export async function answerObjectionAction(meetingId: string, objectionId: string, input: unknown) {
  return actorAction(
    z.object({ objectionId: ZId, data: ZObjectionAnswer }),
    { objectionId, data: input },
    async (actor, { objectionId, data }) => {
      await answerObjection(actor, objectionId, data);
      meeting(meetingId);
      return null;
    },
  );
}

export async function openSessionAction(meetingId: string, input: unknown) {
  return actorAction(
    z.object({
      meetingId: ZId,
      data: z.object({ present: z.array(ZId).max(200), paper: z.array(ZId).max(200).default([]) }),
    }),
    { meetingId, data: input },
    async (actor, { meetingId, data }) => {
      await openSession(actor, meetingId, data.present, data.paper);
      meeting(meetingId);
      return null;
    },
  );
}

/** Before the ballot opens: which present members vote on paper. */
export async function markPaperVotersAction(meetingId: string, input: unknown) {
  return actorAction(
    z.object({ meetingId: ZId, data: z.object({ paper: z.array(ZId).max(200) }) }),
    { meetingId, data: input },
    async (actor, { meetingId, data }) => {
      await markPaperVoters(actor, meetingId, data.paper);
      meeting(meetingId);
      return null;
    },
  );
}

export async function openBallotAction(meetingId: string) {
  return actorAction(ZId, meetingId, async (actor, id) => {
    await openBallot(actor, id);
    meeting(id);
    return null;
  });
}

export async function closeBallotAction(meetingId: string) {
  return actorAction(ZId, meetingId, async (actor, id) => {
    await closeBallot(actor, id);
    meeting(id);
    return null;
  });
}

/** A member's ballot paper: every nominee he has not voted on, one choice each. */
export async function castVotesAction(meetingId: string, input: unknown) {
  const ZBallot = z.object({ meetingId: ZId, data: z.record(ZId, ZVote.shape.choice) });
  return actorAction(ZBallot, { meetingId, data: input }, async (actor, { meetingId, data }) => {
    const choices = Object.entries(data).map(([itemId, choice]) => ({ itemId, choice }));
    if (choices.length === 0) return null;
    await castVotes(actor, meetingId, choices);
    meeting(meetingId);
    return null;
  });
}

export async function enterPaperBallotsAction(meetingId: string, itemId: string, input: unknown) {
  return actorAction(
    z.object({ meetingId: ZId, itemId: ZId, data: ZPaperBallots }),
    { meetingId, itemId, data: input },
    async (actor, { meetingId, itemId, data }) => {
      await enterPaperBallots(actor, meetingId, itemId, data.memberIds, data.agree);
      meeting(meetingId);
      return null;
    },
  );
}

export async function recordWrittenOpinionAction(meetingId: string, itemId: string, input: unknown) {
  return actorAction(
    z.object({ meetingId: ZId, itemId: ZId, data: ZWrittenOpinion }),
    { meetingId, itemId, data: input },
    async (actor, { meetingId, itemId, data }) => {
      await recordWrittenOpinion(actor, meetingId, itemId, data.memberId, data.choice);
      meeting(meetingId);
      return null;
    },
  );
}

/** Files the closed meeting's minutes into the dossiers of the nominees it passed for a proposal upward. */
export async function forwardMinutesAction(meetingId: string) {
  return actorAction(ZId, meetingId, async (actor, id) => {
    const filed = await forwardMinutes(actor, id);
    meeting(id);
    revalidatePath("/de-nghi");
    return { filed };
  });
}

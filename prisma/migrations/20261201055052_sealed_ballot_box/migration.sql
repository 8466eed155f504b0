/*
  Warnings:

  - You are about to drop the column `paperAgree` on the `MeetingItem` table. All the data in the column will be lost.
  - You are about to drop the column `paperDisagree` on the `MeetingItem` table. All the data in the column will be lost.
  - You are about to drop the column `writtenAgree` on the `MeetingItem` table. All the data in the column will be lost.
  - You are about to drop the column `writtenDisagree` on the `MeetingItem` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "MeetingAttendance" ADD COLUMN     "onPaper" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written: a ballot open now has its votes in the old counters, which the sealed ballot box
-- cannot take over (its envelopes are sealed with a key the database never holds). Close it first.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "CouncilMeeting" WHERE "status" = 'BALLOT_OPEN') THEN
    RAISE EXCEPTION 'Kết thúc các phiên bỏ phiếu đang mở trước khi nâng cấp (a council ballot is open: close it, then migrate).';
  END IF;
END $$;

-- Hand-written: closed ballots keep their result; the counts per method become one count, written
-- opinions included where the meeting counted them (the only case they could be recorded).
UPDATE "MeetingItem" i
SET "agree" = i."agree" + i."paperAgree" + CASE WHEN m."countsWrittenOpinions" IS FALSE THEN 0 ELSE i."writtenAgree" END,
    "disagree" = i."disagree" + i."paperDisagree" + CASE WHEN m."countsWrittenOpinions" IS FALSE THEN 0 ELSE i."writtenDisagree" END
FROM "CouncilMeeting" m
WHERE m."id" = i."meetingId";

-- AlterTable
ALTER TABLE "MeetingItem" DROP COLUMN "paperAgree",
DROP COLUMN "paperDisagree",
DROP COLUMN "writtenAgree",
DROP COLUMN "writtenDisagree";

-- CreateTable
CREATE TABLE "BallotBox" (
    "meetingId" TEXT NOT NULL,
    "salt" BYTEA NOT NULL,

    CONSTRAINT "BallotBox_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "BallotEnvelope" (
    "id" UUID NOT NULL,
    "itemId" TEXT NOT NULL,
    "sealed" BYTEA NOT NULL,

    CONSTRAINT "BallotEnvelope_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BallotEnvelope_itemId_idx" ON "BallotEnvelope"("itemId");

-- AddForeignKey
ALTER TABLE "BallotBox" ADD CONSTRAINT "BallotBox_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotEnvelope" ADD CONSTRAINT "BallotEnvelope_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MeetingItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

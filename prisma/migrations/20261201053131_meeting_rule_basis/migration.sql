-- AlterTable
ALTER TABLE "CouncilMeeting" ADD COLUMN     "quorumBasis" TEXT;

-- AlterTable
ALTER TABLE "MeetingItem" ADD COLUMN     "thresholdBasis" TEXT;

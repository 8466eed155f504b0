-- CreateEnum
CREATE TYPE "SecretaryStandIn" AS ENUM ('NOBODY', 'CHAIR', 'CHAIR_OR_VICE', 'NAMED_MEMBER');

-- AlterTable
ALTER TABLE "Council" ADD COLUMN     "secretaryStandIn" "SecretaryStandIn" NOT NULL DEFAULT 'NOBODY',
ADD COLUMN     "secretaryStandInMemberId" TEXT;

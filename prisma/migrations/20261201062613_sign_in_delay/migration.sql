-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "throttled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "signInReleasedAt" TIMESTAMP(3);

/*
  Warnings:

  - You are about to drop the column `readAt` on the `Notification` table. All the data in the column will be lost.

*/
-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('PLAN_ISSUED', 'REGISTRATION_RETURNED', 'REGISTRATION_APPROVED', 'BATCH_RETURNED', 'BATCH_ACCEPTED', 'DEADLINE_EXTENDED', 'BALLOT_OPENED', 'BALLOT_CLOSED', 'DECISION_SIGNED', 'AWARD_REVOKED', 'DEADLINE_APPROACHING', 'ACCOUNT_INVITATION');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('REGISTRATION_DEADLINE', 'DOSSIER_DEADLINE', 'BALLOT_OPEN');

-- AlterTable (hand-edited: existing notices get their kind from the only four texts written so far;
-- the unit's shared read mark is dropped, as each account now reads on its own)
ALTER TABLE "Notification" ADD COLUMN "kind" "NotificationKind",
ADD COLUMN     "userId" TEXT;
UPDATE "Notification" SET "kind" = (CASE
  WHEN "text" LIKE 'Quyết định số%' THEN 'DECISION_SIGNED'
  WHEN "text" LIKE 'Được gia hạn%' THEN 'DEADLINE_EXTENDED'
  WHEN "text" LIKE '%bị trả lại%' THEN 'BATCH_RETURNED'
  ELSE 'BATCH_ACCEPTED' END)::"NotificationKind";
ALTER TABLE "Notification" ALTER COLUMN "kind" SET NOT NULL,
DROP COLUMN "readAt";

-- CreateTable
CREATE TABLE "NotificationRead" (
    "notificationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationRead_pkey" PRIMARY KEY ("notificationId","userId")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "email" BOOLEAN NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "unitId" TEXT,
    "kind" "NotificationKind" NOT NULL,
    "toEmail" TEXT NOT NULL,
    "toName" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "recipient" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NotificationRead_userId_idx" ON "NotificationRead"("userId");

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMail_unitId_createdAt_idx" ON "OutboxMail"("unitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_kind_subjectId_daysBefore_recipient_key" ON "ReminderSent"("kind", "subjectId", "daysBefore", "recipient");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRead" ADD CONSTRAINT "NotificationRead_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRead" ADD CONSTRAINT "NotificationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

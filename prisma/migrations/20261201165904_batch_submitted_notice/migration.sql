-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'BATCH_SUBMITTED';

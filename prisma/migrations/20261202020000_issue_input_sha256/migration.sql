-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "inputSha256" TEXT;

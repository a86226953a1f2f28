-- AlterTable
ALTER TABLE "Notice" ADD COLUMN "otherTitlesEn" JSONB;

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "featured" BOOLEAN NOT NULL DEFAULT false;

-- An observation discrepancy may join observations of different metrics (issue 13, audit 004-W2):
-- it is defined by its observations (Observation."discrepancyId"), no longer owned by one metric.

-- DropForeignKey
ALTER TABLE "ObservationDiscrepancy" DROP CONSTRAINT "ObservationDiscrepancy_metricId_fkey";

-- DropIndex
DROP INDEX "ObservationDiscrepancy_metricId_idx";

-- AlterTable
ALTER TABLE "ObservationDiscrepancy" DROP COLUMN "metricId";

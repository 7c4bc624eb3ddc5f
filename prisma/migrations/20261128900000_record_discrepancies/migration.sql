-- Issue 13: documents that disagree about a project, an agreement or an organisation (a stage, a
-- date, a name), each statement one of the records' own citations.

-- CreateEnum
CREATE TYPE "DiscrepancyAspect" AS ENUM ('STATUS', 'DATE', 'NAME', 'COUNT', 'SCOPE');

-- CreateTable
CREATE TABLE "RecordDiscrepancy" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "aspect" "DiscrepancyAspect" NOT NULL,
    "note" TEXT NOT NULL,
    "projectId" UUID,
    "agreementId" UUID,
    "organisationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordDiscrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordDiscrepancyStatement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "discrepancyId" UUID NOT NULL,
    "citationId" UUID NOT NULL,
    "reading" TEXT NOT NULL,
    "preferred" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RecordDiscrepancyStatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordDiscrepancy_projectId_idx" ON "RecordDiscrepancy"("projectId");

-- CreateIndex
CREATE INDEX "RecordDiscrepancy_agreementId_idx" ON "RecordDiscrepancy"("agreementId");

-- CreateIndex
CREATE INDEX "RecordDiscrepancy_organisationId_idx" ON "RecordDiscrepancy"("organisationId");

-- CreateIndex
CREATE INDEX "RecordDiscrepancyStatement_citationId_idx" ON "RecordDiscrepancyStatement"("citationId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordDiscrepancyStatement_discrepancyId_citationId_key" ON "RecordDiscrepancyStatement"("discrepancyId", "citationId");

-- AddForeignKey
ALTER TABLE "RecordDiscrepancy" ADD CONSTRAINT "RecordDiscrepancy_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordDiscrepancy" ADD CONSTRAINT "RecordDiscrepancy_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordDiscrepancy" ADD CONSTRAINT "RecordDiscrepancy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordDiscrepancyStatement" ADD CONSTRAINT "RecordDiscrepancyStatement_discrepancyId_fkey" FOREIGN KEY ("discrepancyId") REFERENCES "RecordDiscrepancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordDiscrepancyStatement" ADD CONSTRAINT "RecordDiscrepancyStatement_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

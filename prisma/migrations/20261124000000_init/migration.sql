-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'REVIEWER');

-- CreateEnum
CREATE TYPE "RecordStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ValueQualifier" AS ENUM ('EXACT', 'OVER', 'ABOUT', 'UNDER');

-- CreateEnum
CREATE TYPE "ValueBasis" AS ENUM ('REPORTED', 'EXPECTED', 'TARGET');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_ARTICLE', 'YEARBOOK_ENTRY', 'GOVERNMENT_REPORT', 'STATISTICAL_BULLETIN', 'WEB_PAGE', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('REGION', 'GOVERNMENT_BODY', 'PARTY_BODY', 'JUDICIAL_BODY', 'LEGISLATIVE_BODY', 'MASS_ORGANISATION', 'ENTERPRISE', 'FINANCIAL_INSTITUTION', 'SCHOOL', 'RESEARCH_INSTITUTE', 'HOSPITAL', 'ZONE', 'PLACE', 'OTHER');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('YEAR', 'YEAR_RANGE', 'HALF_YEAR', 'QUARTER', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "Vintage" AS ENUM ('PRELIMINARY', 'REVISED', 'FINAL');

-- CreateEnum
CREATE TYPE "StatementRank" AS ENUM ('PREFERRED', 'NORMAL', 'DEPRECATED');

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('INDUSTRIAL', 'INFRASTRUCTURE', 'URBAN_RENEWAL', 'ECOLOGY', 'COMMERCIAL', 'PUBLIC_SERVICE', 'RESEARCH_PLATFORM', 'PROGRAMME', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_USE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('PLANNED', 'SIGNED', 'STARTED', 'TOPPED_OUT', 'COMPLETED', 'OPENED', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectRole" AS ENUM ('OWNER', 'INVESTOR', 'DEVELOPER', 'OPERATOR', 'PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('FRAMEWORK', 'OVERALL', 'SPECIAL', 'FRIENDSHIP', 'MEMORANDUM', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementDomain" AS ENUM ('COMPREHENSIVE', 'ECONOMY_TRADE', 'INDUSTRY', 'FINANCE', 'EDUCATION', 'HEALTH', 'CULTURE_TOURISM', 'SCIENCE_TECHNOLOGY', 'HUMAN_RESOURCES', 'JUDICIAL', 'PARTY_BUILDING', 'GOVERNMENT_SERVICES', 'MARKET_REGULATION', 'ECOLOGY', 'TRANSPORT', 'AGRICULTURE', 'YOUTH_WOMEN', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementSide" AS ENUM ('JIANGBEI', 'PARTNER');

-- CreateEnum
CREATE TYPE "RecordType" AS ENUM ('TOPIC', 'ORGANISATION', 'METRIC', 'PROJECT', 'AGREEMENT', 'SOURCE_DOCUMENT');

-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE');

-- CreateEnum
CREATE TYPE "ChangeStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('APPROVED', 'CHANGES_REQUESTED', 'REJECTED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT NOT NULL,
    "passwordChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "emailKey" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "byline" TEXT,
    "publisher" TEXT,
    "originalUrl" TEXT,
    "statedDate" DATE,
    "statedDatePrecision" "DatePrecision",
    "datingNote" TEXT,
    "language" TEXT NOT NULL DEFAULT 'zh-CN',
    "currentVersionId" UUID,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "deletedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "documentId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "charCount" INTEGER NOT NULL,
    "importedById" UUID,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    CONSTRAINT "SourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "deletedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "aliases" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "kind" "OrganisationKind" NOT NULL,
    "region" TEXT,
    "parentId" UUID,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "deletedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "unit" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "topicId" UUID NOT NULL,
    "subjectId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "deletedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "metricId" UUID NOT NULL,
    "periodKind" "PeriodKind" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "qualifier" "ValueQualifier" NOT NULL DEFAULT 'EXACT',
    "basis" "ValueBasis" NOT NULL DEFAULT 'REPORTED',
    "isCumulative" BOOLEAN NOT NULL DEFAULT false,
    "growthRate" DECIMAL(12,4),
    "growthQualifier" "ValueQualifier",
    "rankStatement" TEXT,
    "note" TEXT,
    "vintage" "Vintage" NOT NULL DEFAULT 'FINAL',
    "supersedesId" UUID,
    "rank" "StatementRank" NOT NULL DEFAULT 'NORMAL',
    "rankReason" TEXT,
    "discrepancyId" UUID,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "deletedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObservationDiscrepancy" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "metricId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ObservationDiscrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProjectKind" NOT NULL,
    "projectStatus" "ProjectStatus" NOT NULL DEFAULT 'UNKNOWN',
    "location" TEXT,
    "placeId" UUID,
    "investmentAmount" DECIMAL(24,6),
    "investmentUnit" TEXT,
    "investmentQualifier" "ValueQualifier",
    "description" TEXT NOT NULL DEFAULT '',
    "topicId" UUID NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "deletedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMilestone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,
    "basis" "ValueBasis" NOT NULL DEFAULT 'REPORTED',
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProjectMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMeasure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "unit" TEXT NOT NULL,
    "qualifier" "ValueQualifier" NOT NULL DEFAULT 'EXACT',
    "basis" "ValueBasis" NOT NULL DEFAULT 'REPORTED',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProjectMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectParty" (
    "projectId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "ProjectRole" NOT NULL,
    CONSTRAINT "ProjectParty_pkey" PRIMARY KEY ("projectId","organisationId","role")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "domain" "AgreementDomain" NOT NULL,
    "partnerRegionId" UUID,
    "signedOn" DATE,
    "signedOnPrecision" "DatePrecision",
    "summary" TEXT NOT NULL DEFAULT '',
    "topicId" UUID NOT NULL,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "deletedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "side" "AgreementSide" NOT NULL,
    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","organisationId")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sourceVersionId" UUID NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "field" TEXT,
    "note" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "observationId" UUID,
    "metricId" UUID,
    "projectId" UUID,
    "projectMilestoneId" UUID,
    "projectMeasureId" UUID,
    "agreementId" UUID,
    "organisationId" UUID,
    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Change" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "recordType" "RecordType" NOT NULL,
    "recordId" UUID,
    "action" "ChangeAction" NOT NULL,
    "status" "ChangeStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "proposedData" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "baseVersion" INTEGER,
    "authorId" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRevision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "changeId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "proposedData" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "editorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChangeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "changeId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "outcome" "ReviewOutcome" NOT NULL,
    "contentHash" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "changeId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "fieldPath" TEXT,
    "citationKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "recordType" "RecordType" NOT NULL,
    "recordId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "changeId" UUID,
    "authorId" UUID,
    "reviewerId" UUID,
    "comment" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "recordType" "RecordType",
    "recordId" UUID,
    "changeId" UUID,
    "detail" JSONB,
    "address" TEXT,
    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_emailKey_at_idx" ON "SignInAttempt"("emailKey", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_at_idx" ON "SignInAttempt"("address", "at");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_slug_key" ON "SourceDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_currentVersionId_key" ON "SourceDocument"("currentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceVersion_sha256_key" ON "SourceVersion"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "SourceVersion_documentId_number_key" ON "SourceVersion"("documentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_nameZh_key" ON "Topic"("nameZh");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Metric_slug_key" ON "Metric"("slug");

-- CreateIndex
CREATE INDEX "Metric_topicId_idx" ON "Metric"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Metric_topicId_nameZh_key" ON "Metric"("topicId", "nameZh");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_supersedesId_key" ON "Observation"("supersedesId");

-- CreateIndex
CREATE INDEX "Observation_metricId_periodStart_idx" ON "Observation"("metricId", "periodStart");

-- CreateIndex
CREATE INDEX "Observation_discrepancyId_idx" ON "Observation"("discrepancyId");

-- CreateIndex
CREATE INDEX "ObservationDiscrepancy_metricId_idx" ON "ObservationDiscrepancy"("metricId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "Project_topicId_idx" ON "Project"("topicId");

-- CreateIndex
CREATE INDEX "ProjectMilestone_projectId_idx" ON "ProjectMilestone"("projectId");

-- CreateIndex
CREATE INDEX "ProjectMeasure_projectId_idx" ON "ProjectMeasure"("projectId");

-- CreateIndex
CREATE INDEX "ProjectParty_organisationId_idx" ON "ProjectParty"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "Agreement_topicId_idx" ON "Agreement"("topicId");

-- CreateIndex
CREATE INDEX "Agreement_partnerRegionId_idx" ON "Agreement"("partnerRegionId");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");

-- CreateIndex
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");

-- CreateIndex
CREATE INDEX "Citation_sourceVersionId_startOffset_idx" ON "Citation"("sourceVersionId", "startOffset");

-- CreateIndex
CREATE INDEX "Citation_observationId_idx" ON "Citation"("observationId");

-- CreateIndex
CREATE INDEX "Citation_metricId_idx" ON "Citation"("metricId");

-- CreateIndex
CREATE INDEX "Citation_projectId_idx" ON "Citation"("projectId");

-- CreateIndex
CREATE INDEX "Citation_projectMilestoneId_idx" ON "Citation"("projectMilestoneId");

-- CreateIndex
CREATE INDEX "Citation_projectMeasureId_idx" ON "Citation"("projectMeasureId");

-- CreateIndex
CREATE INDEX "Citation_agreementId_idx" ON "Citation"("agreementId");

-- CreateIndex
CREATE INDEX "Citation_organisationId_idx" ON "Citation"("organisationId");

-- CreateIndex
CREATE INDEX "Change_status_submittedAt_idx" ON "Change"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Change_authorId_status_idx" ON "Change"("authorId", "status");

-- CreateIndex
CREATE INDEX "Change_recordType_recordId_idx" ON "Change"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "ChangeRevision_editorId_idx" ON "ChangeRevision"("editorId");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeRevision_changeId_number_key" ON "ChangeRevision"("changeId", "number");

-- CreateIndex
CREATE INDEX "ReviewDecision_changeId_idx" ON "ReviewDecision"("changeId");

-- CreateIndex
CREATE INDEX "ReviewComment_changeId_createdAt_idx" ON "ReviewComment"("changeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_changeId_key" ON "Revision"("changeId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_recordType_recordId_version_key" ON "Revision"("recordType", "recordId", "version");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_recordType_recordId_idx" ON "AuditEntry"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "SourceVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Observation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_discrepancyId_fkey" FOREIGN KEY ("discrepancyId") REFERENCES "ObservationDiscrepancy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationDiscrepancy" ADD CONSTRAINT "ObservationDiscrepancy_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMilestone" ADD CONSTRAINT "ProjectMilestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMeasure" ADD CONSTRAINT "ProjectMeasure_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParty" ADD CONSTRAINT "ProjectParty_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParty" ADD CONSTRAINT "ProjectParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnerRegionId_fkey" FOREIGN KEY ("partnerRegionId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "Observation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_projectMilestoneId_fkey" FOREIGN KEY ("projectMilestoneId") REFERENCES "ProjectMilestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_projectMeasureId_fkey" FOREIGN KEY ("projectMeasureId") REFERENCES "ProjectMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Change" ADD CONSTRAINT "Change_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRevision" ADD CONSTRAINT "ChangeRevision_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "Change"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRevision" ADD CONSTRAINT "ChangeRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "Change"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "Change"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "Change"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────────────────────────────────────────────────────────────────────
-- Integrity rules that Prisma's schema language cannot express (hand-written).
-- ───────────────────────────────────────────────────────────────────────────

-- A citation supports exactly one record, and its offsets delimit a non-empty quote.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_target_check" CHECK (
    num_nonnulls("observationId", "metricId", "projectId", "projectMilestoneId", "projectMeasureId", "agreementId", "organisationId") = 1
);
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_offsets_check" CHECK ("startOffset" >= 0 AND "endOffset" > "startOffset");
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exact_not_empty_check" CHECK (char_length("exact") > 0);

-- A period ends on or after its start.
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_period_order_check" CHECK ("periodEnd" >= "periodStart");

-- A date and its precision come together.
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_signed_on_precision_check" CHECK (("signedOn" IS NULL) = ("signedOnPrecision" IS NULL));
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_stated_date_precision_check" CHECK (("statedDate" IS NULL) = ("statedDatePrecision" IS NULL));

-- Versions count from 1.
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_number_check" CHECK ("number" >= 1);
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_version_check" CHECK ("version" >= 1);

-- The audit log is append-only: no code path (nor a hand-typed query) updates or deletes it.
CREATE FUNCTION "audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditEntry is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEntry_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION "audit_entry_is_append_only"();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_is_append_only"();

-- The text of a stored source version never changes (citations are anchored to it).
CREATE FUNCTION "source_version_text_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."text" IS DISTINCT FROM OLD."text"
        OR NEW."sha256" IS DISTINCT FROM OLD."sha256"
        OR NEW."charCount" IS DISTINCT FROM OLD."charCount"
        OR NEW."documentId" IS DISTINCT FROM OLD."documentId"
        OR NEW."number" IS DISTINCT FROM OLD."number" THEN
        RAISE EXCEPTION 'SourceVersion text is immutable: import a new version instead';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER "SourceVersion_text_immutable" BEFORE UPDATE ON "SourceVersion"
    FOR EACH ROW EXECUTE FUNCTION "source_version_text_is_immutable"();

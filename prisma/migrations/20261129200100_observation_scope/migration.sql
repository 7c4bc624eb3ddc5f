-- Scope per observation (issue 13, audit 003-W2 / X16): a figure about a narrower subject than its
-- metric's (江北嘴金融核心区 in the district's series) says so, and charts keep it off the series' line.

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "scope" TEXT;

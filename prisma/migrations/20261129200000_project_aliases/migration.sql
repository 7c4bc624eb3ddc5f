-- Project aliases (issue 13, audit 000-W5, 002-W2, X19): the documents name one project in more
-- than one way (升级版远洋太古里 / 升级版太古里, 大九街 / 不夜九街 / 九街). Search indexes the aliases
-- with the project's other texts; the index expression must match lib/public/search.ts exactly.
-- Aliases are appended to the variadic array as the metric and organisation indexes do: array_to_string
-- is only STABLE, so it cannot appear in an index expression.

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "aliases" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

DROP INDEX "Project_search_idx";
CREATE INDEX "Project_search_idx" ON "Project" USING gin (cms_search_grams(VARIADIC ARRAY["name", "description", "location"] || "aliases"));

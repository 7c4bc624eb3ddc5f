-- Metric synonyms (issue 15): readers search for 地区生产总值 as "GDP" or 社零 for
-- 社会消费品零售总额. Editors record such names on the metric, and search indexes them with the
-- metric's names and description. The index expression must match lib/public/search.ts exactly.
-- Synonyms are appended to the variadic array as the organisation index does with its aliases:
-- array_to_string is only STABLE, so it cannot appear in an index expression.

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "synonyms" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

DROP INDEX "Metric_search_idx";
CREATE INDEX "Metric_search_idx" ON "Metric" USING gin (cms_search_grams(VARIADIC ARRAY["nameZh", "nameEn", "description"] || "synonyms"));

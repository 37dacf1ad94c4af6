package org.brieflens.jobs;

/**
 * The Spark SQL of the trend tables' counts, per grain and period, over the views that
 * {@link TrendTables} registers: {@code counted_mentions} and {@code counted_relations} (fact rows
 * of dated, first-copy documents, one row per grain with its {@code period_start}),
 * {@code company_roots} and {@code macro_members}.
 */
final class TrendQueries {
    /** Fact rows of counted documents, repeated for each grain with the period they fall in. */
    static final String WITH_PERIODS = """
            SELECT f.*, g.grain,
                   CASE g.grain WHEN 'day' THEN f.published_date ELSE trunc(f.published_date, g.grain) END AS period_start
            FROM %s f JOIN counted_documents c ON f.doc_id = c.doc_id AND f.batch = c.batch
            CROSS JOIN (SELECT explode(array('day', 'week', 'month')) AS grain) g""";

    static final String COMPANY_COUNTS = """
            SELECT grain, period_start, coalesce(entity_id, entity_name) AS company_id,
                   first(entity_name) AS company_name, first(parent_id) AS parent_id, entity_id IS NOT NULL AS resolved,
                   count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                   count_if(section = 'whats_next') AS mentions_whats_next,
                   count_if(section IN ('title', 'lead')) AS mentions_title
            FROM counted_mentions WHERE entity_type IN ('COMPANY', 'PRODUCT')
            GROUP BY grain, period_start, coalesce(entity_id, entity_name), entity_id IS NOT NULL""";

    /** Companies rolled up to their top-level parent (AWS and Amazon count as Amazon). */
    static final String PARENT_COUNTS = """
            SELECT grain, period_start, coalesce(r.root_id, m.entity_id, m.entity_name) AS parent_id,
                   first(coalesce(r.root_name, m.entity_name)) AS parent_name,
                   count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                   count(DISTINCT coalesce(m.entity_id, m.entity_name)) AS companies,
                   count_if(section = 'whats_next') AS mentions_whats_next,
                   count_if(section IN ('title', 'lead')) AS mentions_title
            FROM counted_mentions m LEFT JOIN company_roots r ON m.entity_id = r.company_id
            WHERE entity_type IN ('COMPANY', 'PRODUCT')
            GROUP BY grain, period_start, coalesce(r.root_id, m.entity_id, m.entity_name)""";

    /** Countries, and macro regions counting their own mentions plus their member countries'. */
    static final String REGION_COUNTS = """
            WITH regions AS (
              SELECT grain, period_start, doc_id, section, 'country' AS region_type, country_code AS region_id,
                     entity_name AS region_name, 1 AS direct
              FROM counted_mentions WHERE entity_type = 'REGION' AND country_code IS NOT NULL
              UNION ALL
              SELECT grain, period_start, doc_id, section, 'macro_region', entity_id, entity_name, 1
              FROM counted_mentions WHERE entity_type = 'REGION' AND resolved AND country_code IS NULL
              UNION ALL
              SELECT m.grain, m.period_start, m.doc_id, m.section, 'macro_region', g.macro_id, g.macro_name, 0
              FROM counted_mentions m JOIN macro_members g ON m.country_code = g.country_code
              WHERE m.entity_type = 'REGION' AND m.country_code IS NOT NULL)
            SELECT grain, period_start, region_type, region_id, first(region_name) AS region_name,
                   count(*) AS mentions, sum(direct) AS direct_mentions, count(DISTINCT doc_id) AS documents,
                   count_if(section = 'whats_next') AS mentions_whats_next,
                   count_if(section IN ('title', 'lead')) AS mentions_title
            FROM regions GROUP BY grain, period_start, region_type, region_id""";

    /** Companies and countries named in the same sentence. */
    static final String COMPANY_REGION_COUNTS = """
            WITH companies AS (
              SELECT DISTINCT grain, period_start, doc_id, batch, sentence_index,
                     coalesce(entity_id, entity_name) AS company_id, entity_name AS company_name
              FROM counted_mentions WHERE entity_type IN ('COMPANY', 'PRODUCT')),
            countries AS (
              SELECT DISTINCT grain, doc_id, batch, sentence_index, country_code
              FROM counted_mentions WHERE entity_type = 'REGION' AND country_code IS NOT NULL)
            SELECT c.grain, c.period_start, c.company_id, first(c.company_name) AS company_name, r.country_code,
                   count(*) AS mentions, count(DISTINCT c.doc_id) AS documents
            FROM companies c JOIN countries r ON c.grain = r.grain AND c.doc_id = r.doc_id AND c.batch = r.batch
              AND c.sentence_index = r.sentence_index
            GROUP BY c.grain, c.period_start, c.company_id, r.country_code""";

    /**
     * Relation pairs; first_seen is the pair's first date in the period, so that of its earliest
     * period is the first date it was asserted at all.
     */
    static final String RELATION_COUNTS = """
            SELECT grain, period_start, relation_type, company_a, company_b,
                   first(company_a_id) AS company_a_id, first(company_b_id) AS company_b_id,
                   count(*) AS mentions, count(DISTINCT doc_id) AS documents, min(published_date) AS first_seen,
                   min_by(doc_id, struct(published_date, doc_id)) AS evidence_doc_id
            FROM counted_relations GROUP BY grain, period_start, relation_type, company_a, company_b""";

    private TrendQueries() {
    }
}

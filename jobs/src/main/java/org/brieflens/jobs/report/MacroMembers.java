package org.brieflens.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.brieflens.resolve.RegionGazetteer;

/**
 * The view {@code report_macro_members}: each macro region of the packaged gazetteer with its
 * member countries, so a mention of a country counts as evidence for the macro regions it belongs
 * to, as it counts in {@code region_trends}.
 */
final class MacroMembers {
    private MacroMembers() {
    }

    static void register(SparkSession spark) {
        RegionGazetteer regions = RegionGazetteer.packaged();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> region : regions.macroRegionNames().entrySet()) {
            regions.memberCountries(region.getKey()).forEach(code -> rows.add(RowFactory.create(region.getKey(), code)));
        }
        StructType schema = new StructType().add("macro_id", DataTypes.StringType).add("country_code", DataTypes.StringType);
        spark.createDataFrame(rows, schema).createOrReplaceTempView("report_macro_members");
    }
}

package org.brieflens.jobs.report;

/**
 * What a chart is called and what its axes measure.
 *
 * @param key   the chart's {@code data-chart} attribute, unique on the page (tests count marks by it)
 * @param title shown above the chart and as its accessible name
 * @param xAxis title of the horizontal axis
 * @param yAxis title of the vertical axis
 */
record ChartText(String key, String title, String xAxis, String yAxis) {
}

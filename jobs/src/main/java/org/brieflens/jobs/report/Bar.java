package org.brieflens.jobs.report;

/** One bar of a bar chart. */
record Bar(String label, double value) {
}

package org.brieflens.jobs.report;

/** An undirected edge of the network chart between two named nodes, weighted (documents). */
record Edge(String a, String b, long weight) {
}

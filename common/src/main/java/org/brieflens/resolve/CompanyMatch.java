package org.brieflens.resolve;

import java.io.Serializable;

/**
 * A surface resolved to a company.
 *
 * @param product true when the surface names a product or brand of the company rather than the company
 * @param company the company, or the owner of the product
 * @param parent  the parent of that company, or null
 */
public record CompanyMatch(boolean product, Company company, Company parent) implements Serializable {
}

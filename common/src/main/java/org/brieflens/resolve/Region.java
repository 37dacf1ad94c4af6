package org.brieflens.resolve;

import java.io.Serializable;

/**
 * A surface resolved to a region: a country (through its name, an alias, a demonym, a city or a
 * subdivision) or a macro region.
 *
 * @param id          ISO alpha-2 code of the country, or the macro region id
 * @param name        canonical English name
 * @param countryCode ISO code for a country, null for a macro region
 * @param macroRegion true for a macro region
 * @param via         how the surface names it: name, alias, demonym, capital, city, subdivision, macro
 */
public record Region(String id, String name, String countryCode, boolean macroRegion, String via)
        implements Serializable {
}

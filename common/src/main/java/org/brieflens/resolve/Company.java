package org.brieflens.resolve;

import java.io.Serializable;
import java.util.List;

/**
 * A company of the gazetteer.
 *
 * @param id       stable id: a Wikidata QID where known, else a slug
 * @param parentId id of the parent company, or null
 * @param country  ISO 3166-1 alpha-2 code of the headquarters, or null
 */
public record Company(String id, String name, List<String> aliases, List<String> tickers, String country,
                      String parentId, String sector) implements Serializable {
    public Company {
        aliases = List.copyOf(aliases);
        tickers = List.copyOf(tickers);
    }
}

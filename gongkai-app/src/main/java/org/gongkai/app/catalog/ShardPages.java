package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.app.catalog.CatalogSearch.Hit;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/**
 * How the shards' ranked hits make one page ({@link CatalogSearch}, ADR 0009). Best match first, each shard ranks
 * its best {@code offset + 20} by id and score alone, and the page is shown by one more query for those ids (with
 * the few more that tie with its first or last score, whose dates decide the order): what an item shows is read
 * from the index for 20 items, not for 20 of every shard, and no date is read to rank (reading any stored field
 * reads the item's whole stored text). Newest first, each shard returns ids and dates, and for the first page
 * what its hits show.
 */
final class ShardPages {
    private ShardPages() {}

    /** Where a hit ranks, enough to merge the shards' lists, and on the first page by date the hit itself. */
    record Found(long id, float score, LocalDate publishedOn, Hit hit) {}

    private static final Comparator<Found> NEWEST_FIRST = Comparator.comparing(
                    Found::publishedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Comparator.comparingLong(Found::id).reversed());

    private static final Comparator<Found> BEST_FIRST =
            Comparator.comparingDouble(Found::score).reversed();

    /** What each shard returns of a hit to rank it; {@code shown} is what a hit shows. */
    static SearchProjection<Found> ranking(
            SearchProjectionFactory<?, ?> p, boolean byDate, int offset, SearchProjection<Hit> shown) {
        if (!byDate) {
            return p.composite()
                    .from(p.id(Long.class), p.score())
                    .as((id, score) -> new Found(id, score, null, null))
                    .toProjection();
        }
        if (offset == 0) {
            return p.composite()
                    .from(
                            p.id(Long.class).toProjection(),
                            p.field("publishedOn", LocalDate.class).toProjection(),
                            shown)
                    .asList(f -> new Found((Long) f.get(0), 0, (LocalDate) f.get(1), (Hit) f.get(2)))
                    .toProjection();
        }
        return p.composite()
                .from(p.id(Long.class), p.field("publishedOn", LocalDate.class))
                .as((id, date) -> new Found(id, 0, date, null))
                .toProjection();
    }

    /**
     * The page from {@code offset} of the shards' hits together ({@code ranked}, in any order), shown by {@code
     * shown} (what the items of these ids show, by id) where the shards did not return it already.
     */
    static List<Hit> page(List<Found> ranked, boolean byDate, int offset, Function<List<Long>, Map<Long, Hit>> shown) {
        List<Found> sorted = new ArrayList<>(ranked);
        sorted.sort(byDate ? NEWEST_FIRST : BEST_FIRST);
        if (sorted.size() <= offset) {
            return List.of();
        }
        return byDate ? byDate(sorted, offset, shown) : byScore(sorted, offset, shown);
    }

    private static List<Hit> byDate(List<Found> sorted, int offset, Function<List<Long>, Map<Long, Hit>> shown) {
        List<Found> page = sorted.subList(offset, Math.min(sorted.size(), offset + CatalogSearch.PAGE_SIZE));
        if (offset == 0) {
            return page.stream().map(Found::hit).toList();
        }
        List<Long> ids = page.stream().map(Found::id).toList();
        Map<Long, Hit> hits = shown.apply(ids);
        return ids.stream().map(hits::get).toList();
    }

    /** The items tying with the page's first or last score are shown too, and ordered by date (then id). */
    private static List<Hit> byScore(List<Found> sorted, int offset, Function<List<Long>, Map<Long, Hit>> shown) {
        float first = sorted.get(offset).score();
        float last = sorted.get(Math.min(sorted.size(), offset + CatalogSearch.PAGE_SIZE) - 1)
                .score();
        int before = 0;
        List<Found> candidates = new ArrayList<>();
        for (Found f : sorted) {
            if (f.score() > first) {
                before++;
            } else if (f.score() >= last) {
                candidates.add(f);
            }
        }
        Map<Long, Hit> hits = shown.apply(candidates.stream().map(Found::id).toList());
        return candidates.stream()
                .filter(f -> hits.containsKey(f.id()))
                .map(f -> new Found(f.id(), f.score(), hits.get(f.id()).publishedOn(), hits.get(f.id())))
                .sorted(BEST_FIRST.thenComparing(NEWEST_FIRST))
                .skip(offset - before)
                .limit(CatalogSearch.PAGE_SIZE)
                .map(Found::hit)
                .toList();
    }
}

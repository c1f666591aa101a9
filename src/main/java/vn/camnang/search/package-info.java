/**
 * Vietnamese search for a static site: {@link vn.camnang.search.SearchIndex} turns {@link
 * vn.camnang.search.SearchDoc}s into small index files that {@code assets/js/search.js} loads on
 * demand and ranks in the browser. Citizens type without tone marks ("chu ky so") and still find
 * "chữ ký số"; when they do type marks, pages with exactly those words come first ("đường" before
 * "dương").
 *
 * <h2>Text rules</h2>
 *
 * {@link vn.camnang.search.Folding} splits text into words (lower case, NFC) and folds them (NFD,
 * combining marks dropped, {@code đ} → {@code d}, a consonant + word-final {@code y} → {@code i}, so
 * {@code ký}, {@code kí}, {@code ky} and {@code ki} meet). search.js implements the same two functions; a
 * browser test compares them on a table of strings.
 *
 * <h2>Files</h2>
 *
 * All under {@code search/}. Each file is a script, {@code camnangSearch.put("<key>", <JSON>);}, so
 * that it also loads from {@code file://} (a site copied to a USB stick), where {@code fetch} is
 * refused. Keys sort, and the same input gives the same bytes.
 *
 * <dl>
 *   <dt>{@code search/meta.js}, key {@code "meta"} — loaded when the search box is first used
 *   <dd>{@code {"v":1, "id":"<hash of all files>", "n":<pages>, "chunk":32, "shards":["a","b",…],
 *       "topics":["VssID – …", …], "docs":[[url, title, topic index], …]}}. A page's number is its
 *       position in {@code docs}. search.js adds {@code ?v=<id>} to the other files' URLs so a
 *       cached shard of an older build is never mixed with a newer meta.
 *   <dt>{@code search/t/<prefix>.js}, key {@code "t/<prefix>"} — a shard of the word list
 *   <dd>{@code {"<folded>":{"<accented>":[gap, weight, gap, weight, …], …}, …}}: every folded word
 *       whose {@link vn.camnang.search.Folding#shardKey shard key} starts with the prefix, and under
 *       it each accented form met in the pages ({@code "duong":{"dương":[…],"đường":[…]}}). The
 *       postings are pairs: the page number as the gap from the previous one (the first from 0),
 *       and the word's weight in that page — title 12, heading 6, description or tag 3, topic 2,
 *       plus 1 per time in the body up to 3 — summed over the fields it occurs in. Shards start as
 *       one per first letter; one bigger than 48 KB is split by one more letter, words exactly as
 *       long as the prefix staying in it. A word's shard is the longest listed prefix of its key; a
 *       word being typed needs every shard that starts with it or that it starts with.
 *   <dt>{@code search/x/<n>.js}, key {@code "x/<n>"} — snippet text of pages {@code 32n … 32n+31}
 *   <dd>{@code [[description, first ~300 characters of the body, [headings…]], …]}, loaded only for
 *       the pages of a result list.
 * </dl>
 *
 * <h2>Ranking (search.js)</h2>
 *
 * Every query word must match, except question words such as {@code cách}, {@code làm sao},
 * {@code là gì}, which add to the score only; the last word, while being typed (no space after
 * it), also matches as a prefix ("dang k" finds "đăng ký"), at half weight. A page's score is the
 * sum over query words of {@code weight × log(1 + pages / pages with the word)}; an accented
 * form that lacks a mark the reader typed counts a quarter. Pages whose title holds the query words
 * in order count double. With three words or more and no page holding all, the pages holding the
 * most are shown, with a note.
 *
 * <h2>Size</h2>
 *
 * The bundled site (61 pages, ~600 words each) makes about 30 KB gzip in all, about 500 bytes per
 * page; one search loads meta (2.5 KB), a few shards of 1–3 KB and one excerpt file. At 10,000 pages
 * meta grows to about 180 KB gzip, shards split by more letters and stay under about 25 KB,
 * and a result list reads at most 20 excerpt files of ~6 KB ({@code SearchIndexTest} measures both).
 */
package vn.camnang.search;

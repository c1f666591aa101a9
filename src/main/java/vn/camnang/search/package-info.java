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
 * {@code ký}, {@code kí}, {@code ky} and {@code ki} meet). {@link vn.camnang.search.Folding#accents}
 * puts a word's tone mark in one fixed place, so the old and new placements meet ({@code hoà} =
 * {@code hòa}, {@code thuỷ} = {@code thủy}); the index keeps accented words in that form. search.js
 * implements the same three functions; a browser test compares them on a table of strings.
 *
 * <h2>Files</h2>
 *
 * All under {@code search/}. Each file is a script, {@code camnangSearch.put("<key>", <JSON>);}, so
 * that it also loads from {@code file://} (a site copied to a USB stick), where {@code fetch} is
 * refused. Keys sort, and the same input gives the same bytes.
 *
 * <dl>
 *   <dt>{@code search/meta.js}, key {@code "meta"} — loaded when the search box is first used
 *   <dd>{@code {"v":2, "id":"<hash of all files>", "n":<pages>, "chunk":32, "shards":["a","b",…],
 *       "topics":["VssID – …", …], "syn":[["giay phep lai xe","bang lai","gplx"], …],
 *       "docs":[[url, title, topic index(, guide)], …]}}. A page's number is its position in {@code
 *       docs}; {@code guide}, for a page made from a data item with a walkthrough (a service), is
 *       the number of the guide it ranks with. {@code syn}: the site's synonyms ({@link
 *       vn.camnang.search.Synonyms}, {@code data/tu-dong-nghia.yaml}) as groups of folded phrases,
 *       the guides' words first. search.js adds {@code ?v=<id>} to the other files' URLs so a
 *       cached shard of an older build is never mixed with a newer meta. A big index (word shards and
 *       excerpt files over 512 KB, where the service worker saves only meta at install) adds
 *       {@code "df":{"<folded>":pages, …}, "tw":{"<folded>":{"<accented>":[gap, value, …]}, …}}: the
 *       words of the titles, each with the postings of the pages whose title holds it (shard
 *       format) and the number of pages holding it anywhere. While a query's shards load,
 *       search.js ranks with these alone and shows that first list (pages whose title holds every
 *       word), then the full list.
 *   <dt>{@code search/t/<prefix>.js}, key {@code "t/<prefix>"} — a shard of the word list
 *   <dd>{@code {"<folded>":{"<accented>":[gap, weight, gap, weight, …], …}, …}}: every folded word
 *       whose {@link vn.camnang.search.Folding#shardKey shard key} starts with the prefix, and under
 *       it each accented form met in the pages ({@code "duong":{"dương":[…],"đường":[…]}}). The
 *       postings are pairs: the page number as the gap from the previous one (the first from 0),
 *       and a value: the times in the body (up to 3) + 4 × the fields it occurs in (flags: title 1,
 *       heading 2, description or tag 4, topic 8). The word's weight in the page is title 12,
 *       heading 6, description or tag 3, topic 2, plus the body count, summed over its fields. Shards start as
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
 * The query is read as terms: a phrase of a synonym group ("bằng lái") is one term that any phrase
 * of its group matches ("giấy phép lái xe", "gplx"); every other word is a term. Every term must
 * match, except question words such as {@code cách}, {@code làm sao}, {@code là gì}, which add to
 * the score only; the last word, while being typed (no space after it), also matches as a prefix
 * ("dang k" finds "đăng ký"), at half weight; a word of 4 letters or more that is in no page
 * matches the words one edit away in its shard (a typo), at half weight. A page's score is the sum
 * over terms of {@code weight × log(1 + pages / pages with the word)} (a phrase: its words summed,
 * the best phrase of the group); an accented form that lacks a mark the reader typed counts a
 * quarter. Pages are ordered by tier, then score: 4 the words in a row in the title, 3 all in the
 * title with two side by side, 2 all in the title, 1 all in headings, 0 elsewhere; in a tier a
 * title word must carry every mark the reader typed, so exact tones beat folded matches. A service
 * page and the guide it walks through rank as one group, at the better of the two, the guide first.
 * With three terms or more and no page holding all, the pages holding the most are shown, with a
 * note. {@code SearchRanker} (tests) is the same ranking in Java, so the query table runs in {@code
 * mvn verify} against the built index; the browser test checks both agree.
 *
 * <h2>Size</h2>
 *
 * The bundled site (81 pages) makes about 45 KB gzip in all, about 550 bytes per page (the synonyms
 * take 1.2 KB of it, in meta); one search loads meta (4 KB), a few shards of 1–4 KB and one excerpt
 * file. The service worker saves the whole index at install up to 512 KB, above that only meta,
 * and the shards and excerpt files as they are read. At 10,000 pages
 * meta grows to about 300 KB gzip (190 KB without the title words), shards split by more letters
 * and stay under about 25 KB,
 * and a result list reads at most 20 excerpt files of ~6 KB ({@code SearchIndexTest} measures both).
 */
package vn.camnang.search;

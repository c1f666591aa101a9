/**
 * Wires the stages: {@link vn.camnang.site.Site#load} (config, content, data) then {@link
 * vn.camnang.site.Site#build} as named, timed steps (assets, model, render, search, media, feeds,
 * offline, swap).
 * Resolves links between pages and files. Parses and renders nothing by itself, except reading
 * rendered pages back for the search index ({@code SearchPages}).
 */
package vn.camnang.site;

/**
 * Wires the stages: {@link vn.camnang.site.Site#load} (config, content, data) then {@link
 * vn.camnang.site.Site#build} as named, timed steps (assets, model, render, media, feeds, swap).
 * Resolves links between pages and files. Parses and renders nothing by itself.
 */
package vn.camnang.site;

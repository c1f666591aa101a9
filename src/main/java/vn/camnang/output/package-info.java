/**
 * Writing the site: everything goes into a fresh staging folder that replaces the output folder only
 * when the build succeeded; paths are checked to stay inside it.
 */
package vn.camnang.output;

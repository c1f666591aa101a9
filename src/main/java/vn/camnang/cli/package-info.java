/**
 * The command line (picocli): {@code build} now; {@code serve}, {@code check}, {@code new} later.
 * Maps results to exit codes (0 ok, 1 content errors, 2 usage, 3 internal) and holds the only
 * {@code System.exit}.
 */
package vn.camnang.cli;

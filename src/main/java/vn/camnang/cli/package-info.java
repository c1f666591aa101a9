/**
 * The command line (picocli): {@code build}, {@code serve}, {@code check} and {@code new}, each
 * with {@code --lang vi|en} for the language of its messages, and a one-line progress display on a
 * terminal. Thin: parses arguments, calls the library, prints diagnostics and maps the result to
 * exit codes (0 ok, 1 content errors, 2 usage, 3 internal); {@link vn.camnang.cli.Main} holds the
 * only {@code System.exit}.
 */
package vn.camnang.cli;

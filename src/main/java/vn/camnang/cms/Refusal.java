package vn.camnang.cms;

/** A request the local backend will not carry out; {@code status} is the HTTP status sent back. */
final class Refusal extends Exception {
  final int status;

  Refusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }
}

package vn.camnang.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers for content-hashed file names and cache keys. */
public final class Hashing {
  private Hashing() {}

  public static String sha256Hex(byte[] data) {
    return HexFormat.of().formatHex(digest().digest(data));
  }

  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The first {@code n} hex characters of the SHA-256 of {@code data}: enough for file names. */
  public static String shortHash(byte[] data, int n) {
    return sha256Hex(data).substring(0, n);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}

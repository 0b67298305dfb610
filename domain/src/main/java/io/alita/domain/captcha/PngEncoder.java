package io.alita.domain.captcha;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an image as an 8-bit RGB PNG with {@code java.util.zip} alone. The domain may depend on {@code java.*} only
 * (the architecture test), which leaves out {@code javax.imageio}; a PNG is just a few checksummed chunks around
 * deflated rows, each row here with the "Sub" filter, which compresses the flat background well.
 */
final class PngEncoder {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int BYTES_PER_PIXEL = 3;
  private static final int FILTER_SUB = 1;

  private PngEncoder() {}

  static byte[] encode(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(width);
      h.writeInt(height);
      h.writeByte(8); // bits per sample
      h.writeByte(2); // colour type: RGB
      h.writeByte(0); // compression: deflate
      h.writeByte(0); // filter method: adaptive (per row)
      h.writeByte(0); // no interlace
      chunk(out, "IHDR", header.toByteArray());
      chunk(out, "IDAT", rows(image, width, height));
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write a PNG in memory", e);
    }
  }

  private static byte[] rows(BufferedImage image, int width, int height) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] row = new byte[width * BYTES_PER_PIXEL];
      byte[] filtered = new byte[1 + row.length];
      filtered[0] = FILTER_SUB;
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          int rgb = image.getRGB(x, y);
          row[x * 3] = (byte) (rgb >> 16);
          row[x * 3 + 1] = (byte) (rgb >> 8);
          row[x * 3 + 2] = (byte) rgb;
        }
        for (int i = 0; i < row.length; i++) {
          int left = i >= BYTES_PER_PIXEL ? row[i - BYTES_PER_PIXEL] : 0;
          filtered[1 + i] = (byte) (row[i] - left);
        }
        z.write(filtered);
      }
    }
    return compressed.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    d.write(typeBytes);
    d.write(data);
    d.writeInt((int) crc.getValue());
  }
}

package io.alita.domain.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the encoder writes, the JDK's own PNG reader reads back pixel for pixel. */
class PngEncoderTest {

  @Test
  void everyPixelComesBackAsWritten() throws IOException {
    BufferedImage original = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(9);
    for (int y = 0; y < original.getHeight(); y++) {
      for (int x = 0; x < original.getWidth(); x++) {
        original.setRGB(x, y, random.nextInt(0x1000000));
      }
    }

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(original)));

    assertEquals(37, read.getWidth());
    assertEquals(11, read.getHeight());
    for (int y = 0; y < original.getHeight(); y++) {
      for (int x = 0; x < original.getWidth(); x++) {
        assertEquals(original.getRGB(x, y) & 0xffffff, read.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
      }
    }
  }
}

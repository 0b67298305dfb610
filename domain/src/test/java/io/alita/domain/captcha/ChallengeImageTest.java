package io.alita.domain.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Challenges drawn as PNGs decode back to pictures of the expected size with something drawn on them. */
class ChallengeImageTest {

  private final ChallengeImage images = new ChallengeImage(new Random(3));
  private final ChallengeGenerator generator = new ChallengeGenerator(new Random(5));

  private static BufferedImage decode(byte[] png) throws IOException {
    assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
        List.of(png[0], png[1], png[2], png[3]));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "ImageIO could not read the PNG");
    return image;
  }

  /** Pixels clearly darker than the background and the light noise: the strokes of the characters. */
  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (sum < 3 * 120) {
          dark++;
        }
      }
    }
    return dark;
  }

  @Test
  void aCodeIsDrawnAsAPngOfTheExpectedSize() throws IOException {
    Challenge code = generator.generate(CaptchaMode.TEXT);

    BufferedImage image = decode(images.render(code).orElseThrow());

    assertEquals(ChallengeImage.WIDTH, image.getWidth());
    assertEquals(ChallengeImage.HEIGHT, image.getHeight());
    assertTrue(darkPixels(image) > 500, "too little drawn: " + darkPixels(image));
  }

  @Test
  void aSumIsDrawnWithItsOperatorAndTheQuestionMark() throws IOException {
    for (String question : List.of("49 + 49", "12 − 7", "11 × 11")) {
      BufferedImage image = decode(images.png(question + " = ?"));

      assertEquals(ChallengeImage.WIDTH, image.getWidth());
      assertTrue(darkPixels(image) > 500);
    }
  }

  @Test
  void everyCharacterACodeOrSumCanHoldIsInTheFont() {
    images.png(ChallengeGenerator.CODE_ALPHABET);
    images.png("0123456789 +−×=?");
    assertThrows(IllegalArgumentException.class, () -> images.png("ö"));
  }

  @Test
  void moreTextDrawsMoreAndBlankTextDrawsNothingButNoise() throws IOException {
    int blank = darkPixels(decode(images.png("    ")));
    int code = darkPixels(decode(images.png("ab3d")));

    assertTrue(code > blank + 500, blank + " vs " + code);
  }

  @Test
  void theButtonChallengeHasNoPicture() {
    assertEquals(Optional.empty(), images.render(generator.generate(CaptchaMode.BUTTON)));
  }
}

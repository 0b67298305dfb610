package io.alita.domain.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Draws a challenge as a PNG: the code of a {@link CaptchaMode#TEXT} challenge, or the sum of a
 * {@link CaptchaMode#MATH} one followed by "= ?". Each character is tilted, shifted and coloured at random over noise
 * lines, so the text is easy for people and not trivially machine-read.
 *
 * <p>Drawn with {@code java.awt} (headless) and written by {@link PngEncoder}. The characters are drawn from a small stroke font defined here, not from a system font: servers (and slim
 * container images) often have no fonts at all, and headless AWT can still draw shapes there. The code is drawn in
 * capitals, so buttons offering a code should show it in capitals too.
 */
public final class ChallengeImage {

  public static final int WIDTH = 320;
  public static final int HEIGHT = 120;
  private static final int MARGIN = 16;
  private static final int MAX_CELL = 56;
  private static final int NOISE_LINES = 12;

  /**
   * Each character as strokes on a grid 4 wide and 6 high (y downwards): polylines of "x,y" points, separated by
   * '|'. Letters that could pass for digits (S and 5, Z and 2, B and 8) are drawn apart on purpose.
   */
  private static final Map<Character, String> GLYPHS = Map.ofEntries(
      Map.entry('0', "0,0 4,0 4,6 0,6 0,0|4,0 0,6"),
      Map.entry('1', "1,1 2,0 2,6|1,6 3,6"),
      Map.entry('2', "0,1 1,0 3,0 4,1 4,2 0,6 4,6"),
      Map.entry('3', "0,0 4,0 2,2 4,3 4,5 3,6 1,6 0,5"),
      Map.entry('4', "3,6 3,0 0,4 4,4"),
      Map.entry('5', "4,0 0,0 0,3 3,3 4,4 4,5 3,6 0,6"),
      Map.entry('6', "4,0 1,0 0,1 0,5 1,6 3,6 4,5 4,4 3,3 0,3"),
      Map.entry('7', "0,0 4,0 1,6"),
      Map.entry('8', "1,0 3,0 4,1 4,2 3,3 1,3 0,2 0,1 1,0|1,3 0,4 0,5 1,6 3,6 4,5 4,4 3,3"),
      Map.entry('9', "4,3 1,3 0,2 0,1 1,0 3,0 4,1 4,5 3,6 0,6"),
      Map.entry('A', "0,6 0,2 2,0 4,2 4,6|0,3 4,3"),
      Map.entry('B', "0,0 0,6 3,6 4,5 4,4 3,3 0,3|0,0 3,0 4,1 4,2 3,3"),
      Map.entry('C', "4,0 0,0 0,6 4,6"),
      Map.entry('D', "0,0 0,6 2,6 4,4 4,2 2,0 0,0"),
      Map.entry('E', "4,0 0,0 0,6 4,6|0,3 3,3"),
      Map.entry('F', "4,0 0,0 0,6|0,3 3,3"),
      Map.entry('G', "4,1 4,0 0,0 0,6 4,6 4,3 2,3"),
      Map.entry('H', "0,0 0,6|4,0 4,6|0,3 4,3"),
      Map.entry('J', "4,0 4,5 3,6 1,6 0,5"),
      Map.entry('K', "0,0 0,6|4,0 0,3 4,6"),
      Map.entry('M', "0,6 0,0 2,3 4,0 4,6"),
      Map.entry('N', "0,6 0,0 4,6 4,0"),
      Map.entry('P', "0,6 0,0 4,0 4,3 0,3"),
      Map.entry('Q', "0,0 4,0 4,5 3,6 0,6 0,0|2,4 4,6"),
      Map.entry('R', "0,6 0,0 4,0 4,3 0,3 4,6"),
      Map.entry('S', "4,1 3,0 1,0 0,1 0,2 4,4 4,5 3,6 1,6 0,5"),
      Map.entry('T', "0,0 4,0|2,0 2,6"),
      Map.entry('U', "0,0 0,6 4,6 4,0"),
      Map.entry('V', "0,0 2,6 4,0"),
      Map.entry('W', "0,0 1,6 2,3 3,6 4,0"),
      Map.entry('X', "0,0 4,6|4,0 0,6"),
      Map.entry('Y', "0,0 2,3 4,0|2,3 2,6"),
      Map.entry('Z', "0,0 4,0 0,6 4,6"),
      Map.entry('+', "0,3 4,3|2,1 2,5"),
      Map.entry('−', "0,3 4,3"),
      Map.entry('-', "0,3 4,3"),
      Map.entry('×', "0,1 4,5|4,1 0,5"),
      Map.entry('=', "0,2 4,2|0,4 4,4"),
      Map.entry('?', "0,1 1,0 3,0 4,1 4,2 2,3 2,4|2,6 2,6"));

  private final RandomGenerator random;

  /** @param random tilts, shifts, colours and noise; a {@link java.security.SecureRandom} in production */
  public ChallengeImage(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The picture of a challenge; empty for the button challenge, which shows none. */
  public Optional<byte[]> render(Challenge challenge) {
    return switch (challenge.mode()) {
      case BUTTON -> Optional.empty();
      case MATH -> Optional.of(png(challenge.question() + " = ?"));
      case TEXT -> Optional.of(png(challenge.question()));
    };
  }

  /**
   * {@code text} drawn as a {@value #WIDTH}×{@value #HEIGHT} PNG; spaces leave a gap.
   *
   * @throws IllegalArgumentException for a character the stroke font lacks
   */
  public byte[] png(String text) {
    String shown = text.toUpperCase(Locale.ROOT);
    for (char c : shown.toCharArray()) {
      if (c != ' ' && !GLYPHS.containsKey(c)) {
        throw new IllegalArgumentException("the captcha font has no '" + c + "'");
      }
    }
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(245, 245, 240));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      noise(g, 200, 235, 1.5f);
      drawText(g, shown);
      noise(g, 90, 160, 1f);
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }

  private void drawText(Graphics2D g, String text) {
    int cell = Math.min(MAX_CELL, (WIDTH - 2 * MARGIN) / Math.max(1, text.length()));
    double scale = Math.min(cell * 0.7 / 4, (HEIGHT - 2.0 * MARGIN) / 6);
    double glyphHeight = 6 * scale;
    int start = (WIDTH - cell * text.length()) / 2;
    for (int i = 0; i < text.length(); i++) {
      String strokes = GLYPHS.get(text.charAt(i));
      if (strokes == null) {
        continue;
      }
      AffineTransform saved = g.getTransform();
      double x = start + i * cell + (cell - 4 * scale) / 2 + jitter(cell * 0.08);
      double y = (HEIGHT - glyphHeight) / 2 + jitter(MARGIN * 0.6);
      g.translate(x + 2 * scale, y + 3 * scale);
      g.rotate(jitter(0.3));
      g.translate(-2 * scale, -3 * scale);
      g.setColor(new Color(random.nextInt(20, 110), random.nextInt(20, 110), random.nextInt(20, 110)));
      g.setStroke(new BasicStroke((float) (scale * 0.55), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(glyph(strokes, scale));
      g.setTransform(saved);
    }
  }

  private static Path2D glyph(String strokes, double scale) {
    Path2D path = new Path2D.Double();
    for (String stroke : strokes.split("\\|")) {
      String[] points = stroke.trim().split(" ");
      for (int p = 0; p < points.length; p++) {
        String[] xy = points[p].split(",");
        double px = Integer.parseInt(xy[0]) * scale;
        double py = Integer.parseInt(xy[1]) * scale;
        if (p == 0) {
          path.moveTo(px, py);
          if (points.length == 1) {
            path.lineTo(px, py);
          }
        } else {
          path.lineTo(px, py);
        }
      }
    }
    return path;
  }

  private void noise(Graphics2D g, int minShade, int maxShade, float width) {
    g.setStroke(new BasicStroke(width));
    for (int i = 0; i < NOISE_LINES; i++) {
      int shade = random.nextInt(minShade, maxShade);
      g.setColor(new Color(shade, shade, random.nextInt(minShade, maxShade)));
      g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
    }
  }

  private double jitter(double amount) {
    return (random.nextDouble() * 2 - 1) * amount;
  }
}

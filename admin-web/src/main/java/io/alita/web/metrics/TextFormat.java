package io.alita.web.metrics;

import java.util.regex.Pattern;

/** The small print of Prometheus's text format 0.0.4: names, escaping, numbers. */
final class TextFormat {

  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private TextFormat() {}

  static String metricName(String name) {
    if (name == null || !METRIC_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a Prometheus metric name: " + name);
    }
    return name;
  }

  static String labelName(String name) {
    if (name == null || !LABEL_NAME.matcher(name).matches() || name.startsWith("__")) {
      throw new IllegalArgumentException("not a Prometheus label name: " + name);
    }
    return name;
  }

  /** HELP text: backslash and line feed escaped. */
  static String help(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n");
  }

  /** A label value inside double quotes: backslash, double quote and line feed escaped. */
  static String labelValue(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Whole numbers without a fraction ({@code 12}, not {@code 12.0}); NaN and infinities as Prometheus spells them. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}

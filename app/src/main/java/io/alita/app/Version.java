package io.alita.app;

/** The program's version, from the jar's manifest ("dev" when run from classes). */
final class Version {

  private Version() {}

  static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

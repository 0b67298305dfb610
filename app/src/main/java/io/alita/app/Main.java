package io.alita.app;

public final class Main {
  public static void main(String[] args) {
    System.out.println("alita");
  }
}
